"""Static files answered before Django builds a request: WhiteNoise's own WSGI path.

WhiteNoiseMiddleware already answers static files before any other middleware, but only
after Django has made a request object, sent its signals and walked the middleware chain
back out; that is most of what a static file costs. ``StaticFirst`` serves the same files
with the same WhiteNoise configuration one layer earlier, and adds the headers Django's
SecurityMiddleware would have added on the way out (nosniff, Referrer-Policy,
Cross-Origin-Opener-Policy, HSTS on HTTPS), so a response is the same either way
(tests/checker/test_staticfirst.py compares them). Anything it does not answer goes to
Django unchanged: a path that is not a static file, a request Django would redirect to
HTTPS, development (autorefresh) and any path that is not plain ASCII.
"""

from collections.abc import Iterable, Iterator
from typing import BinaryIO, cast
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse
from django.middleware.security import SecurityMiddleware
from whitenoise.middleware import WhiteNoiseMiddleware

_SECURITY_HEADERS: dict[bool, list[tuple[str, str]]] = {}


def security_headers(secure: bool) -> list[tuple[str, str]]:
    """What SecurityMiddleware adds to a response of a secure (or plain) request."""
    if secure not in _SECURITY_HEADERS:
        request = cast(HttpRequest, _Request(secure))
        response = SecurityMiddleware(lambda r: HttpResponse()).process_response(
            request, HttpResponse())
        added = {k: v for k, v in response.items() if k.lower() != "content-type"}
        _SECURITY_HEADERS[secure] = list(added.items())
    return _SECURITY_HEADERS[secure]


class _Request:
    def __init__(self, secure: bool) -> None:
        self.secure = secure

    def is_secure(self) -> bool:
        return self.secure


def _forget(**kwargs: object) -> None:
    _SECURITY_HEADERS.clear()


setting_changed.connect(_forget)


class StaticFirst:
    """WSGI middleware: ``StaticFirst(django_application)``."""

    def __init__(self, application: WSGIApplication) -> None:
        self.application = application
        self.whitenoise = WhiteNoiseMiddleware(get_response=None)
        self.prefix = self.whitenoise.static_prefix

    def __call__(self, environ: WSGIEnvironment,
                 start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if (not path.startswith(self.prefix) or self.whitenoise.autorefresh
                or not path.isascii()):
            return self.application(environ, start_response)
        static_file = self.whitenoise.files.get(path)
        if static_file is None:
            return self.application(environ, start_response)
        secure = _is_secure(environ)
        if settings.SECURE_SSL_REDIRECT and not secure:
            return self.application(environ, start_response)  # Django redirects it
        response = static_file.get_response(environ["REQUEST_METHOD"], environ)
        headers = list(response.headers)
        names = {name.lower() for name, _ in headers}
        headers += [(k, v) for k, v in security_headers(secure) if k.lower() not in names]
        start_response(f"{response.status} {response.status.phrase}", headers)
        if response.file is None:
            return []
        wrapper = environ.get("wsgi.file_wrapper")
        if wrapper is None:
            return _chunks(response.file)
        wrapped: Iterable[bytes] = wrapper(response.file)
        return wrapped


def _chunks(file: BinaryIO, size: int = 8192) -> Iterator[bytes]:
    try:
        while chunk := file.read(size):
            yield chunk
    finally:
        file.close()


def _is_secure(environ: WSGIEnvironment) -> bool:
    if not settings.SECURE_PROXY_SSL_HEADER:
        return environ.get("wsgi.url_scheme") == "https"
    return WSGIRequest(environ).is_secure()  # Django's own reading of the proxy's header
