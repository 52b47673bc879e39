"""A WSGI guard in front of Django: requests Django would misread are refused before it runs.

Django decodes a request by the ``charset`` of its Content-Type, whatever the content type:
the query string of a GET, a form body, the names in a multipart body. It reads the last
``charset=`` and RFC 2231's ``charset*=utf-8''latin-1`` too, and accepts any codec Python
knows (base64, rot13, zlib, punycode ...), some of which fail with errors no handler expects,
before any middleware runs. Our pages send UTF-8 only, so the guard refuses, for every
method, content type and URL (static files included):

* a Content-Type whose charset is given more than once, in RFC 2231 form, or as anything but
  UTF-8 or ASCII;
* a multipart body Django's own parser cannot read, or bigger than the form limit (the body is
  read once, at most DATA_UPLOAD_MAX_MEMORY_SIZE and a little, and handed on unchanged).

The refusal is one static 400 page with our security headers: it reads neither the Host
header nor (for a charset) the body, and renders nothing. Each refusal, and any error that
escapes Django, is logged as one short line, at most ``LOG_PER_MINUTE`` a minute per process
(checker/logfilters.py). ``checker.middleware.RequestGuard`` stays as a second line.
"""

import io
import logging
from collections.abc import Iterable
from typing import Any
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from django.conf import settings
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.http.multipartparser import MultiPartParser
from django.utils.http import parse_header_parameters

from .headers import STATIC_HEADERS
from .logfilters import RateLimitedLog

logger = logging.getLogger("checker.guard")
_log = RateLimitedLog(logger)

READABLE_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
#: Multipart headers and boundaries add a little to what the fields themselves may hold.
_MULTIPART_SLACK = 16 * 1024

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>{title}</h1><p>{text}</p><p><a href="/">{home}</a></p>
<hr><p lang="es">{text_es}</p><p lang="es"><a href="/">{home_es}</a></p>
</main></body></html>
"""
BAD_REQUEST_BODY = _PAGE.format(
    title="We could not read what was sent",
    text="Your browser sent something this site cannot use. Nothing you saved before has "
         "changed. Go back, reload the page and try again.",
    home="Go to the start page",
    text_es="Su navegador ha enviado algo que este sitio no puede usar. Nada de lo que guardó "
            "ha cambiado. Vuelva atrás, recargue la página e inténtelo de nuevo.",
    home_es="Ir a la página de inicio",
).encode()


def _headers(length: int) -> list[tuple[str, str]]:
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(length)),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        *STATIC_HEADERS.items(),
    ]
    if settings.SECURE_HSTS_SECONDS:
        headers.append(("Strict-Transport-Security",
                        f"max-age={settings.SECURE_HSTS_SECONDS}; includeSubDomains"
                        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS
                        else f"max-age={settings.SECURE_HSTS_SECONDS}"))
    return headers


def unreadable_charset(content_type: str) -> bool:
    """True when Django could decode the request in anything but UTF-8 or ASCII."""
    charsets = []
    for parameter in content_type.split(";")[1:]:
        name = parameter.partition("=")[0].strip().lower()
        if name.startswith("charset"):
            if name != "charset":  # charset*, charset*0, charset*0*: RFC 2231 forms
                return True
            charsets.append(parameter.partition("=")[2].strip().strip('"').strip().lower())
    if len(charsets) > 1 or any(c not in READABLE_CHARSETS for c in charsets):
        return True
    try:
        _type, params = parse_header_parameters(content_type)
    except Exception:  # whatever Django cannot parse, it must not be asked to
        return True
    charset = params.get("charset")
    return charset is not None and charset.strip().lower() not in READABLE_CHARSETS


def _content_length(environ: WSGIEnvironment) -> int:
    try:
        return max(0, int(environ.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def read_multipart(environ: WSGIEnvironment) -> str:
    """Check a multipart body with Django's parser and put it back for Django to read:
    the reason it cannot be used, or "" when it can."""
    length = _content_length(environ)
    if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE + _MULTIPART_SLACK:
        return "multipart body over the form limit"
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    meta = {**environ, "CONTENT_LENGTH": str(len(body))}
    try:
        MultiPartParser(meta, io.BytesIO(body), [MemoryFileUploadHandler()], "utf-8").parse()
    except Exception as error:  # noqa: BLE001  (every way to fail is a bad body)
        return f"unreadable multipart body ({type(error).__name__})"
    return ""


def refusal(environ: WSGIEnvironment) -> str:
    """Why the request must not reach Django ("" when it may)."""
    content_type = environ.get("CONTENT_TYPE", "")
    if content_type and unreadable_charset(content_type):
        return "charset other than UTF-8 in Content-Type"
    if content_type.split(";")[0].strip().lower().startswith("multipart/"):
        return read_multipart(environ)
    return ""


class RequestGuard:
    """WSGI middleware: ``application = RequestGuard(get_wsgi_application())``."""

    def __init__(self, application: WSGIApplication) -> None:
        self.application = application

    def refuse(self, start_response: StartResponse, reason: str) -> Iterable[bytes]:
        _log.warning("Request refused before Django: %s", reason)
        start_response("400 Bad Request", _headers(len(BAD_REQUEST_BODY)))
        return [BAD_REQUEST_BODY]

    def __call__(self, environ: WSGIEnvironment,
                 start_response: StartResponse) -> Iterable[bytes]:
        reason = refusal(environ)
        if reason:
            return self.refuse(start_response, reason)
        started: list[bool] = []

        def recording_start_response(*args: Any, **kwargs: Any) -> Any:
            started.append(True)
            return start_response(*args, **kwargs)

        try:
            return self.application(environ, recording_start_response)
        except (UnicodeError, LookupError, ValueError) as error:
            # Something Django could not decode slipped past the checks above: still no
            # bare 500 and no page of tracebacks.
            if started:
                raise
            return self.refuse(start_response, f"undecodable request ({type(error).__name__})")
