"""The address of the client behind any trusted reverse proxies, for rate limits only.

Behind a proxy every request comes from the proxy's address, so limits keyed on
REMOTE_ADDR would throttle every patient together. With CHECKER_TRUSTED_PROXIES=N (the
number of proxies in front of the app, each appending to X-Forwarded-For), the client is
the N-th address from the right of that header; anything further left was written by the
client and is not trusted. The address is never stored or logged, only hashed.
"""

from django.conf import settings


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXIES
    if not hops:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                 if part.strip()]
    if len(forwarded) < hops:
        return remote
    return forwarded[-hops]
