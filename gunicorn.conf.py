"""gunicorn settings for production: ``gunicorn checker.wsgi`` from this directory.

Every value can be changed from the environment (GUNICORN_*, WEB_CONCURRENCY) or gunicorn's
own GUNICORN_CMD_ARGS. See README.md, "Production".
"""

import multiprocessing
import os
import sys
from pathlib import Path

import gunicorn.http.wsgi
from gunicorn.glogging import Logger

# gunicorn reads this file before it changes into the app directory.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from checker.redact import RedactFilter  # noqa: E402

wsgi_app = "checker.wsgi:application"
# The Server header names no software or version (gunicorn's default is "gunicorn"): it only
# helps someone looking for a known weakness. Response objects read this when created.
gunicorn.http.wsgi.SERVER = "checker"
# Loopback: a reverse proxy terminates TLS in front. GUNICORN_BIND=unix:/run/checker.sock
# for a socket.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
# Pre-fork workers, one request each: WeasyPrint is CPU-bound and not thread-safe. Every
# worker talks to the same database, so add workers (or machines) freely.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = 1
# A PDF for a slow machine takes a few seconds; anything near a minute is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Load the app once in the master and warm the PDF renderer there (when_ready below), then
# fork: every worker, the first ones and each replacement, starts warm for the price of a
# fork, and shares the master's memory copy-on-write. No database connection is open at the
# fork (when_ready closes any the warm-up opened). The flip side: `kill -HUP` no longer loads
# changed code; restart the service to deploy.
preload_app = True
# Recycle workers now and then, so memory a long-running WeasyPrint gathers is given back;
# the jitter keeps them from all restarting at once. A replacement is a fork of the warm
# master, so this costs little.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10
# Small request lines and headers: our URLs are short and carry nothing in query strings.
limit_request_line = 2048
limit_request_fields = 50
limit_request_field_size = 8190
# Trust X-Forwarded-Proto only from a proxy on this machine (gunicorn's default, made
# explicit); set FORWARDED_ALLOW_IPS to the proxy's address when it runs elsewhere.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The access log is off unless GUNICORN_ACCESS_LOG names a file ("-" for standard output).
# When on, it has no client address and no query string, ids, references and codes in paths
# are redacted like Django's own logs, and control characters (a decoded %0A or NUL in a
# path) are written as escapes, so no request can forge a log line (checker/redact.py).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def when_ready(server):
    """In the master, once the app is loaded: warm the PDF renderer before any fork."""
    if server.cfg.preload_app:
        _warm_up(server.log)


def post_worker_init(worker):
    """Without preloading (preload_app = False), each worker warms its own renderer."""
    if not worker.cfg.preload_app:
        _warm_up(worker.log)


def _warm_up(log):
    """Pay the renderer's and the templates' one-off costs now, so a report's (or a page's)
    first patient does not wait."""
    from django.db import connections

    from checker.report.pdf import warm_up
    from checker.templatefold import warm
    from rules.scan import warm_up as warm_scanner

    # The advert scanner's table, checked and compiled (half a second). Not caught: a table
    # that fails its check must stop the server, as it did when it was checked at import.
    warm_scanner()
    try:
        warm_up()
    except Exception:  # a cold renderer still works; a server that cannot boot does not
        log.exception("PDF warm-up failed")
    try:
        warm()  # the page templates, compiled and folded, and each language's messages
    except Exception:
        log.exception("Template warm-up failed")
    # A connection made before a fork would be shared by every worker: close any the
    # warm-up opened, so each worker opens its own.
    connections.close_all()


class RedactingLogger(Logger):
    """gunicorn's logger, with the redaction filter on its access and error logs."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.access_log, self.error_log):
            if not any(isinstance(f, RedactFilter) for f in log.filters):
                log.addFilter(RedactFilter())


logger_class = RedactingLogger
