"""The headers of static files and of every page that Django has no setting for: plain
constants, imported by the middleware, the WSGI guard and the settings (WhiteNoise)."""

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
