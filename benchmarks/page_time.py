"""In-process milliseconds per request of the start page and each question page, through the
site's whole WSGI application (guards, middleware, view, template), beside a bare Django view.

No server and no sockets: each request is one call of the WSGI application in this process,
with production settings (DJANGO_DEBUG=0) on a throw-away SQLite database, so the figures
are the Python work a gunicorn worker does per page. The question pages are those of one
patient who has answered every page (the answers of tests/answers.py), asked with the
patient's session cookie; "with an error" is the page posted empty (answered 400).
``--profile PAGE`` prints where that page's time goes (cProfile, by cumulative time).

    .venv/bin/python benchmarks/page_time.py [--requests 300] [--profile provider]
    .venv/bin/python benchmarks/page_time.py --quick      # smoke test: few requests
"""

import argparse
import cProfile
import io
import logging
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import print_table, set_up_site, use_temporary_database  # noqa: E402

use_temporary_database()
os.environ["DJANGO_DEBUG"] = "0"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tests.answers import page_posts  # noqa: E402

BARE = "/__bare__/"


def _environ(method: str, path: str, cookie: str, body: bytes = b"") -> dict[str, object]:
    return {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1:8000", "HTTP_COOKIE": cookie,
        "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
        "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
    }


def _call(application, method: str, path: str, cookie: str, body: bytes = b"") -> str:
    status = []

    def start_response(line, headers, exc_info=None):
        status.append(line)

    result = application(_environ(method, path, cookie, body), start_response)
    b"".join(result)
    if hasattr(result, "close"):
        result.close()
    return status[0]


def patients() -> dict[str, tuple[str, str]]:
    """The pages to ask (name: path, or "POST path", and the session cookie to ask it with):
    those of a patient who answered every page, and a new patient's first two."""
    client = Client()
    url = client.get("/check/")["Location"]
    base = url.rsplit("/", 2)[0]
    posts = page_posts()
    while not url.rstrip("/").endswith("answers"):
        slug = url.rstrip("/").rsplit("/", 1)[1]
        response = client.post(url, posts[slug])
        assert response.status_code == 302, (slug, response.status_code)
        url = response["Location"]
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    # A second patient, on the first page still: the pages as a new patient sees them.
    fresh = Client()
    first = fresh.get("/check/")["Location"]
    new_cookie = "; ".join(f"{k}={v.value}" for k, v in fresh.cookies.items())
    return {
        "bare Django view": (BARE, cookie),
        "start page /": ("/", cookie),
        "offer_kind, new patient": (first, new_cookie),
        "provider, new patient": (first.replace("/offer_kind/", "/provider/"), new_cookie),
        "offer_kind": (f"{base}/offer_kind/", cookie),
        "provider (country select)": (f"{base}/provider/", cookie),
        "cell_type (text typed)": (f"{base}/cell_type/", cookie),
        "told": (f"{base}/told/", cookie),
        "follow_up (number typed)": (f"{base}/follow_up/", cookie),
        "warning_signs": (f"{base}/warning_signs/", cookie),
        "offer_kind, with an error": (f"POST {base}/offer_kind/", cookie),
        "provider, with an error": (f"POST {base}/provider/", cookie),
    }


def _request(application, target: str, cookie: str) -> str:
    if target.startswith("POST "):
        # No answer: the page is shown again with its errors (the CSRF token in the body).
        path = target[5:]
        return _call(application, "POST", path, cookie, _TOKEN_BODY[0])
    return _call(application, "GET", target, cookie)


_TOKEN_BODY = [b""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="per page")
    parser.add_argument("--profile", default="", help="profile the first page whose name "
                        "contains this, and print the top of its profile")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (tottime...)")
    parser.add_argument("--callees", default="", help="and what functions matching this call")
    parser.add_argument("--quick", action="store_true", help="a smoke test: 5 requests a page")
    args = parser.parse_args()
    if args.quick:
        args.requests = 5
    set_up_site()
    from bare_wsgi import application  # noqa: PLC0415  (Django must be set up first)

    # A page shown again with its errors is logged as a bad request: not wanted here (after
    # the import above, which sets up logging again).
    logging.getLogger("django.request").setLevel(logging.ERROR)

    targets = patients()
    # A CSRF cookie and its token, so the empty posts pass CSRF and reach the form.
    client = Client()
    client.get("/")
    token = client.cookies["csrftoken"].value
    targets = {name: (target, f"{cookie}; csrftoken={token}")
               for name, (target, cookie) in targets.items()}
    _TOKEN_BODY[0] = f"csrfmiddlewaretoken={token}".encode()
    rows = []
    queries = {}
    for name, (target, cookie) in targets.items():
        for _ in range(min(args.requests, 20)):  # warm: templates, translations
            status = _request(application, target, cookie)
        assert status[:3] in ("200", "400"), (name, status)
        with CaptureQueriesContext(connection) as captured:
            _request(application, target, cookie)
        queries[name] = len(captured.captured_queries)
        times = []
        for _ in range(args.requests):
            t0 = time.process_time()
            _request(application, target, cookie)
            times.append((time.process_time() - t0) * 1000)
        rows.append((f"{name} [{queries[name]} queries]", times))
    print_table(f"In-process CPU time of this process, whole WSGI application, "
                f"{args.requests} requests per page", rows)
    if args.profile:
        name, (target, cookie) = next((n, t) for n, t in targets.items() if args.profile in n)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            _request(application, target, cookie)
        profile.disable()
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).sort_stats(args.sort)
        stats.print_stats(60)
        if args.callees:
            stats.print_callees(args.callees)
        print(f"\nProfile of {name}, {args.requests} requests")
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
