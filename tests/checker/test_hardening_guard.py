"""The WSGI guard in front of Django (issue 22, M3), and errors logged short and rarely.

The probe's charset matrix (5 routes x 6 content-type forms x 29 charsets x GET and POST)
and malformed multipart bodies go through the guard and Django in this process; the same
matrix against gunicorn is benchmarks/fuzz.py.
"""

import io
import logging
import sys
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.core.signals import request_started
from django.db import close_old_connections

from checker import guard
from checker.logfilters import MAX_TRACEBACK_CHARS, RateLimitedLog, ShortErrors

from ..conftest import Journey

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "benchmarks"))
import fuzz  # noqa: E402

SECURITY_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                    "Permissions-Policy", "Cache-Control", "Referrer-Policy")


class Untouchable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


class Watched(dict):
    """A WSGI environ that records which keys were read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read: set[str] = set()

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


def _environ(method="GET", path="/", content_type="", body=b"", query="", **extra):
    environ: dict = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                     "CONTENT_TYPE": content_type, "CONTENT_LENGTH": str(len(body)),
                     "wsgi.input": io.BytesIO(body), "HTTP_HOST": "testserver",
                     "REMOTE_ADDR": "127.0.0.1", **extra}
    setup_testing_defaults(environ)
    return environ


def _call(app, environ):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    # As Django's test client does: a request must not close the test's database connection
    # (on PostgreSQL, the test's transaction makes close_old_connections close it).
    request_started.disconnect(close_old_connections)
    try:
        body = b"".join(app(environ, start_response))
    finally:
        request_started.connect(close_old_connections)
    return seen["status"], seen["headers"], body


def _never_called(environ, start_response):
    raise AssertionError("Django was reached")


REFUSED = [
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=utf-8; charset=latin-1",
    "application/x-www-form-urlencoded; charset*=utf-8''latin-1",
    "application/x-www-form-urlencoded; charset*0=utf; charset*1=-8",
    "text/plain; charset=base64",
    "text/plain; charset=rot13",
    'application/json; charset="zlib"',
    "multipart/form-data; boundary=x; charset=punycode",
    "image/png; charset=idna",
    "text/plain; CHARSET = uu_codec",
    "text/plain; charset=",
]


@pytest.mark.parametrize("content_type", REFUSED)
@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "OPTIONS"])
def test_a_charset_other_than_utf8_is_refused_without_reading_body_or_host(content_type,
                                                                          method):
    environ = Watched(_environ(method, "/static/css/x.css", content_type, query="a=%FF"))
    environ["wsgi.input"] = Untouchable()
    status, headers, body = _call(guard.RequestGuard(_never_called), environ)
    assert status == 400
    assert body == guard.BAD_REQUEST_BODY
    for name in SECURITY_HEADERS:
        assert name in headers, name
    assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers[
        "Content-Security-Policy"]
    assert "HTTP_HOST" not in environ.read and "SERVER_NAME" not in environ.read


@pytest.mark.parametrize("content_type", [
    "", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
    'text/plain; charset="utf-8"', "application/json; charset=us-ascii", "text/html; q=1"])
def test_utf8_ascii_or_no_charset_reach_django(content_type):
    reached = []

    def app(environ, start_response):
        reached.append(environ["wsgi.input"].read())
        start_response("200 OK", [])
        return [b"ok"]

    status, _headers, _body = _call(guard.RequestGuard(app),
                                    _environ("POST", "/", content_type, b"a=1"))
    assert status == 200 and reached == [b"a=1"]


GOOD_MULTIPART = (b"--b\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n7KQ4\r\n"
                  b"--b--\r\n")


def _reads_the_form(environ, start_response):
    request = WSGIRequest(environ)
    request.POST, request.FILES  # noqa: B018  (raises on a body Django cannot read)
    start_response("200 OK", [])
    return [b""]


@pytest.mark.parametrize("body", fuzz.MULTIPART_BODIES)
@pytest.mark.parametrize("content_type", fuzz.MULTIPART_TYPES)
def test_a_multipart_body_django_cannot_read_never_reaches_it(content_type, body):
    status, headers, _body = _call(guard.RequestGuard(_reads_the_form),
                                   _environ("POST", "/no-such-page/", content_type, body))
    assert status in (200, 400)
    if status == 400:
        assert "Content-Security-Policy" in headers


@pytest.mark.parametrize("index", [4, 7])
def test_a_file_or_a_part_with_thousands_of_headers_is_refused(index):
    # Django's parser reads most broken bodies as forms with fewer fields; these two it
    # refuses (no form takes a file; a part's headers are limited), so the guard does first.
    status, _h, _b = _call(guard.RequestGuard(_never_called),
                           _environ("POST", "/", fuzz.MULTIPART_TYPES[0],
                                    fuzz.MULTIPART_BODIES[index]))
    assert status == 400


def test_a_good_multipart_body_reaches_django_whole():
    reached = []

    def app(environ, start_response):
        reached.append(environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"])))
        start_response("200 OK", [])
        return [b""]

    status, _h, _b = _call(guard.RequestGuard(app),
                           _environ("POST", "/", "multipart/form-data; boundary=b",
                                    GOOD_MULTIPART))
    assert status == 200 and reached == [GOOD_MULTIPART]


def test_a_multipart_body_over_the_limit_is_refused_unread(settings):
    environ = _environ("POST", "/", "multipart/form-data; boundary=b",
                       b"x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 20000))
    environ["wsgi.input"] = Untouchable()
    assert _call(guard.RequestGuard(_never_called), environ)[0] == 400


def test_a_decoding_error_that_escapes_django_is_a_400_not_a_bare_500():
    def app(environ, start_response):
        b"\xff".decode("utf-8")

    status, headers, _body = _call(guard.RequestGuard(app), _environ())
    assert status == 400 and "Content-Security-Policy" in headers


def test_refusals_are_logged_one_short_line_at_a_bounded_rate(caplog):
    log = RateLimitedLog(logging.getLogger("checker.guard.test"), per_minute=3)
    with caplog.at_level(logging.WARNING, "checker.guard.test"):
        for _ in range(50):
            log.warning("Request refused before Django: %s", "charset")
    assert len(caplog.records) == 3
    assert all("\n" not in r.getMessage() for r in caplog.records)


def test_a_chained_traceback_is_cut_short_and_errors_are_rate_limited():
    def chained():
        try:
            try:
                raise LookupError("x" * 5000)
            except LookupError as inner:
                raise UnicodeDecodeError("base64", b"\xff" * 3000, 0, 1, "bad") from inner
        except UnicodeError as middle:
            raise ValueError("y" * 5000) from middle

    try:
        chained()
    except ValueError:
        exc_info = sys.exc_info()
    filter_ = ShortErrors(per_minute=2)
    records = [logging.LogRecord("django.request", logging.ERROR, __file__, 1,
                                 "Internal Server Error: /", (), exc_info) for _ in range(5)]
    kept = [r for r in records if filter_.filter(r)]
    assert len(kept) == 2
    text = logging.Formatter().format(kept[0])
    assert len(text) < MAX_TRACEBACK_CHARS + 200
    assert "after UnicodeDecodeError" in text and "after LookupError" in text


# --- the probe's matrix, in this process through the guard and Django ---------------------------

@pytest.mark.django_db
def test_the_charset_matrix_and_multipart_bodies_never_get_a_500():
    journey = Journey(__import__("django.test").test.Client())
    cookie = f"sessionid={journey.client.cookies['sessionid'].value}"
    app = guard.RequestGuard(WSGIHandler())
    routes = ["/", "/resume/", journey.first_url, "/static/css/report.css", "/no-such-page/"]
    statuses: dict[int, int] = {}
    for kind, method, target, headers, body in fuzz.matrix(routes, cookie):
        path, _sep, query = target.partition("?")
        host = headers.get("Host", "testserver")
        environ = _environ(method, path, headers.get("Content-Type", ""), body or b"", query,
                           HTTP_COOKIE=headers.get("Cookie", ""), HTTP_HOST=host)
        status, got, _body = _call(app, environ)
        statuses[status] = statuses.get(status, 0) + 1
        assert status < 500, (kind, method, target, headers)
        if status == 400:
            assert "Content-Security-Policy" in got and "X-Frame-Options" in got, (kind, headers)
    assert sum(statuses.values()) == 5 * 6 * 29 * 2 + 5 * 5 * 10 + 5 * 5 * 3
