"""Fixed-window rate limits counted in the shared cache.

Clients are keyed by a keyed hash of their address, so no address is stored in clear.
Limits live in settings.RATE_LIMITS as ``scope: (max_hits, window_seconds)``.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

from .clientaddr import client_address


def _client(request) -> str:
    address = client_address(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:24]


def _key(scope: str, request) -> str:
    return f"rl:{scope}:{_client(request)}"


def is_limited(scope: str, request) -> bool:
    """True when this client has used up its allowance for ``scope``."""
    limit, _window = settings.RATE_LIMITS[scope]
    return (cache.get(_key(scope, request)) or 0) >= limit


def count(scope: str, request) -> None:
    """Record one hit for this client in ``scope``'s current window."""
    _limit, window = settings.RATE_LIMITS[scope]
    key = _key(scope, request)
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)


def reset(scope: str, request) -> None:
    cache.delete(_key(scope, request))
