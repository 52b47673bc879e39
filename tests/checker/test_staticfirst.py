"""Static files served before Django (checker/staticfirst.py) answer exactly as Django's
WhiteNoise middleware and security headers do, and leave everything else to Django."""

import io
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings

from checker.staticfirst import StaticFirst

CSS = "/static/css/site.css"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    # Django's handler would close the test's database connection, as the test client avoids.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _environ(path, method="GET", scheme="http", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
               "wsgi.input": io.BytesIO(b""), "HTTP_HOST": "testserver",
               "wsgi.url_scheme": scheme, **headers}
    setup_testing_defaults(environ)
    return environ


def _call(app, environ):
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, headers

    result = app(environ, start_response)
    body = b"".join(result)
    if hasattr(result, "close"):
        result.close()
    return started["status"], sorted((k.lower(), v) for k, v in started["headers"]), body


def _both(environ_args, **headers):
    django = WSGIHandler()
    fast = StaticFirst(django)
    return (_call(fast, _environ(*environ_args, **headers)),
            _call(django, _environ(*environ_args, **headers)))


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("headers", [{}, {"HTTP_ACCEPT_ENCODING": "gzip"},
                                     {"HTTP_RANGE": "bytes=0-9"}])
def test_a_static_file_is_the_same_response_as_through_django(method, headers):
    fast, django = _both((CSS, method), **headers)
    assert fast == django
    assert fast[0].startswith(("200", "206"))
    names = {name for name, _ in fast[1]}
    assert {"content-security-policy", "x-content-type-options", "referrer-policy",
            "cross-origin-opener-policy", "x-frame-options", "cache-control"} <= names


def test_not_modified_is_the_same_response_as_through_django():
    etag = dict(_both((CSS,))[0][1])["etag"]
    fast, django = _both((CSS,), HTTP_IF_NONE_MATCH=etag)
    assert fast == django
    assert fast[0].startswith("304")


def test_a_post_to_a_static_file_is_the_same_refusal():
    fast, django = _both((CSS, "POST"))
    assert fast == django
    assert fast[0].startswith("405")


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=3600)
def test_over_https_hsts_is_added_and_plain_http_is_left_to_django_to_redirect():
    fast, django = _both((CSS, "GET", "https"))
    assert fast == django
    assert ("strict-transport-security", "max-age=3600") in fast[1]
    fast, django = _both((CSS, "GET", "http"))
    assert fast == django
    assert fast[0].startswith("301")


@pytest.mark.parametrize("path", ["/static/css/no-such.css", "/", "/static/css/s\u00e9.css"])
def test_anything_else_goes_to_django(path):
    reached = []

    def app(environ, start_response):
        reached.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b""]

    _call(StaticFirst(app), _environ(path))
    assert reached == [path]
