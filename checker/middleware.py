"""Response headers Django has no setting for."""

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


def privacy_headers(get_response):
    """Permissions-Policy on every response, and no caching unless a view allows it.

    Pages show or follow from health answers, so no browser, proxy or shared computer keeps a
    copy by default; a view that serves something public may set its own Cache-Control.
    Static files never get here (WhiteNoise answers them first, with long caching).
    """

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware
