"""Response headers Django has no setting for, and requests refused before any view."""

import csp.middleware as _csp
from django.conf import settings

from .errors import bad_request, too_many_requests
from .ratelimit import RateLimited

# Features this site never uses: a page that asks for none of them cannot be made to (by an
# injected frame or a compromised dependency) and the browser never prompts the patient.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "encrypted-media", "fullscreen", "geolocation", "gyroscope", "magnetometer",
        "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
)

#: Static files (CSS, fonts, images) need nothing from the page that loads them, and are
#: never framed: settings.WHITENOISE_ADD_HEADERS_FUNCTION adds these to every one.
STATIC_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'none'",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Resource-Policy": "same-origin",
}


def static_headers(headers: dict[str, str], path: str, url: str) -> None:
    for name, value in STATIC_HEADERS.items():
        headers[name] = value


def privacy_headers(get_response):
    """Permissions-Policy on every response, and no caching unless a view allows it.

    Pages show or follow from health answers, so no browser, proxy or shared computer keeps a
    copy by default; a view that serves something public may set its own Cache-Control.
    Static files never get here (WhiteNoise answers them first, with long caching, and adds
    ``STATIC_HEADERS``).
    """

    def middleware(request):
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

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from .guard import unreadable_charset

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

    def process_exception(self, request, exception):
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

    _built: tuple = (None, None, "", "")

    def _policies(self) -> tuple[str, str]:
        config = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        config_ro = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        built = CSPMiddleware._built
        if built[0] is not config or built[1] is not config_ro or config is None:
            built = (config, config_ro, _csp.build_policy(),
                     _csp.build_policy(report_only=True))
            CSPMiddleware._built = built
        return built[2], built[3]

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
                getattr(response, name, None) is not None for name in _PER_RESPONSE_POLICY):
            return super().process_response(request, response)
        if response.status_code in (500, 404) and settings.DEBUG:
            return response
        csp, csp_ro = self._policies()
        for header, value, exempt, setting in (
                (_csp.HEADER, csp, "_csp_exempt", "CONTENT_SECURITY_POLICY"),
                (_csp.HEADER_REPORT_ONLY, csp_ro, "_csp_exempt_ro",
                 "CONTENT_SECURITY_POLICY_REPORT_ONLY")):
            if not value or header in response or getattr(response, exempt, False) is not False:
                continue
            prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES")
            if not request.path_info.startswith(tuple(prefixes or ())):
                response[header] = value
        # As django-csp: a nonce asked for after the header is written is an error.
        request.csp_nonce = _csp.CheckableLazyObject(self._csp_nonce_post_response)
        return response
