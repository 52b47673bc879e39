"""Response headers Django has no setting for, and requests refused before any view."""

from collections.abc import Callable

import csp.middleware as _csp
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from .errors import bad_request, too_many_requests
from .guard import unreadable_charset
from .headers import PERMISSIONS_POLICY
from .ratelimit import RateLimited


def privacy_headers(get_response: Callable[[HttpRequest], HttpResponse]
                    ) -> Callable[[HttpRequest], HttpResponse]:
    """Permissions-Policy on every response, and no caching unless a view allows it.

    Pages show or follow from health answers, so no browser, proxy or shared computer keeps a
    copy by default; a view that serves something public may set its own Cache-Control.
    Static files never get here (WhiteNoise answers them first, with long caching, and adds
    ``STATIC_HEADERS``).
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cache-Control", "no-store")
        # Django's own 400 for a bad Host header is made before XFrameOptionsMiddleware runs.
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    return middleware


class RequestGuard:
    """Last in MIDDLEWARE, so it runs before any view (and CSRF's look at the body) and its
    answers still pass back through every other middleware, security headers included.

    * A request whose Content-Type names any charset but UTF-8 or ASCII (repeated, RFC 2231
      or any codec) is refused with a plain 400: our pages send UTF-8 only. The WSGI guard
      (checker/guard.py) refuses these before Django runs; this is the second line, for a
      server that loads the application without it.
    * HEAD is answered wherever GET is, with the same headers and no body.
    * ``ratelimit.RateLimited`` raised by a view becomes the one 429 page, with Retry-After.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if unreadable_charset(request.META.get("CONTENT_TYPE", "")):
            return bad_request(request)
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response

    def process_exception(self, request: HttpRequest,
                          exception: Exception) -> HttpResponse | None:
        if isinstance(exception, RateLimited):
            return too_many_requests(request, exception.retry_after)
        return None


#: Where django-csp's decorators leave a per-response policy: such a response, or a request
#: that asked for a nonce, gets the policy built afresh by django-csp itself.
_PER_RESPONSE_POLICY = ("_csp_config", "_csp_update", "_csp_replace",
                        "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro")


class CSPMiddleware(_csp.CSPMiddleware):
    """django-csp's middleware, with the site's policy built once instead of per response.

    Building the header from the settings took a third of all the middleware's time on every
    page. Nothing here sets a per-response policy or a nonce; were one to, that response takes
    django-csp's own path. The cache holds the settings' policy objects it was built from, so
    a changed setting (a test's override_settings) builds it again.
    """

    _built: tuple[object, object, str, str] = (None, None, "", "")

    def _policies(self) -> tuple[str, str]:
        config = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        config_ro = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        built = CSPMiddleware._built
        if built[0] is not config or built[1] is not config_ro or config is None:
            built = (config, config_ro, build_policy(),
                     build_policy(report_only=True))
            CSPMiddleware._built = built
        return built[2], built[3]

    def process_response(self, request: HttpRequest,
                         response: HttpResponseBase) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(
                getattr(response, name, None) is not None for name in _PER_RESPONSE_POLICY):
            return super().process_response(request, response)
        if response.status_code in (500, 404) and settings.DEBUG:
            return response
        csp, csp_ro = self._policies()
        for header, value, exempt, setting in (
                (HEADER, csp, "_csp_exempt", "CONTENT_SECURITY_POLICY"),
                (HEADER_REPORT_ONLY, csp_ro, "_csp_exempt_ro",
                 "CONTENT_SECURITY_POLICY_REPORT_ONLY")):
            if not value or header in response or getattr(response, exempt, False) is not False:
                continue
            prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES")
            if not request.path_info.startswith(tuple(prefixes or ())):
                response[header] = value
        # As django-csp: a nonce asked for after the header is written is an error.
        setattr(request, "csp_nonce",  # noqa: B010  (as django-csp; not a declared attribute)
                _csp.CheckableLazyObject(self._csp_nonce_post_response))
        return response
