"""Fixed-window rate limits, counted in the database shared by every worker and server.

Each attempt is counted before it is judged, per client address and per browser session, by
an atomic ``UPDATE ... SET hits = hits + 1`` on the window's row (``RateLimitWindow``): 30
requests in parallel get 30 different counts, so exactly ``limit`` of them go through. A
window keeps the expiry it was opened with (unlike Django's cache ``incr``, which re-sets the
timeout), nothing resets it (a right resume code included), and when the count cannot be
written the limiter fails closed: the request is refused as if over the limit.

Limits live in settings.RATE_LIMITS as ``scope: (max_hits, window_seconds)``. Keys are keyed
hashes (HMAC with SECRET_KEY), so no address or session key is stored in clear. IPv6 clients
are counted by their /64 network (checker/clientaddr.py), and also by their /56 and /48 when
``scope_56`` and ``scope_48`` have limits of their own (one line is often given a /56 or a
/48, and could otherwise try from thousands of /64s). A request without a session cookie is
counted by address only: it has no session to count. ``check_site`` and ``count_site`` keep
one budget for the whole site (wrong resume codes from everyone together).

Over the limit, ``RateLimited`` is raised; the ``rate_limited`` middleware answers it with
``errors.too_many_requests`` and a Retry-After of the seconds left in the window.
"""

import hashlib
import hmac
import logging
import math
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from .clientaddr import client_address, wider_networks
from .models import RateLimitWindow

logger = logging.getLogger(__name__)


class RateLimited(Exception):  # noqa: N818  (a refusal, not an error of ours)
    """Over a limit (or the limit could not be counted): wait ``retry_after`` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = max(1, int(retry_after))


def _hash(kind: str, value: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256)
    return digest.hexdigest()[:40]


def _keys(scope: str, request: HttpRequest, by_address: bool = True) -> list[str]:
    keys = [f"{scope}:a:{_hash('address', client_address(request))}"] if by_address else []
    session = getattr(request, "session", None)
    session_key = session.session_key if session is not None else None
    if session_key:
        keys.append(f"{scope}:s:{_hash('session', session_key)}")
    return keys


def _hit(key: str, window: int, now: datetime) -> tuple[int, Any]:
    """Count one hit on ``key``: (hits so far in its window, when the window ends)."""
    for _attempt in range(3):
        with transaction.atomic():
            live = RateLimitWindow.objects.filter(key=key, expires_at__gt=now)
            if live.update(hits=F("hits") + 1):
                # The row stays locked until commit, so this reads our own count.
                return live.values_list("hits", "expires_at").get()
            # No open window: the expired one (if any) makes way for a new one.
            RateLimitWindow.objects.filter(key=key, expires_at__lte=now).delete()
            expires = now + timedelta(seconds=window)
            try:
                with transaction.atomic():
                    RateLimitWindow.objects.create(key=key, hits=1, expires_at=expires)
            except IntegrityError:
                continue  # another request opened it first: count on that one
            return 1, expires
    raise DatabaseError("the rate-limit window kept changing")


def _refuse_if(results: Iterable[tuple[int, datetime]], limit: int, now: datetime,
               over: Callable[[int, int], bool]) -> None:
    waits = [(expires - now).total_seconds() for hits, expires in results if over(hits, limit)]
    if waits:
        raise RateLimited(math.ceil(max(waits)))


def _scoped_keys(scope: str, request: HttpRequest, by_address: bool) -> list[tuple[str, str]]:
    """(key, scope of its limit): the session and address keys, and for an IPv6 client the
    wider networks that have a limit of their own (``scope_56``, ``scope_48``)."""
    scoped = [(key, scope) for key in _keys(scope, request, by_address)]
    if by_address:
        for prefix, network in wider_networks(client_address(request)).items():
            wider = f"{scope}_{prefix}"
            if wider in settings.RATE_LIMITS:
                scoped.append((f"{wider}:a:{_hash('address', network)}", wider))
    return scoped


def attempt(scope: str, request: HttpRequest, *, by_address: bool = True) -> tuple[int, int]:
    """Count one attempt in ``scope``; raise RateLimited when it is past the limit.

    Returns (attempts left before a wait, seconds that wait would last). ``by_address=False``
    counts per session only (for work a whole clinic behind one address may rightly ask for
    often)."""
    now = timezone.now()
    results = []
    try:
        for key, key_scope in _scoped_keys(scope, request, by_address):
            limit, window = settings.RATE_LIMITS[key_scope]
            hits, expires = _hit(key, window, now)
            results.append((limit - hits, math.ceil((expires - now).total_seconds())))
    except DatabaseError:
        logger.warning("Rate limit %r could not be counted; the request is refused", scope)
        raise RateLimited(settings.RATE_LIMITS[scope][1]) from None
    over = [wait for left, wait in results if left < 0]
    if over:
        raise RateLimited(max(over))
    if not results:
        return settings.RATE_LIMITS[scope][0], settings.RATE_LIMITS[scope][1]
    return min(results)


def check(scope: str, request: HttpRequest) -> None:
    """Raise RateLimited if ``scope``'s allowance is used up, without counting anything."""
    limit, window = settings.RATE_LIMITS[scope]
    now = timezone.now()
    try:
        results = list(RateLimitWindow.objects.filter(key__in=_keys(scope, request),
                                                      expires_at__gt=now)
                       .values_list("hits", "expires_at"))
    except DatabaseError:
        logger.warning("Rate limit %r could not be read; the request is refused", scope)
        raise RateLimited(window) from None
    _refuse_if(results, limit, now, lambda hits, lim: hits >= lim)


def count(scope: str, request: HttpRequest) -> None:
    """Count one miss in ``scope`` (for limits that count failures, checked with ``check``)."""
    _limit, window = settings.RATE_LIMITS[scope]
    now = timezone.now()
    try:
        for key in _keys(scope, request):
            _hit(key, window, now)
    except DatabaseError:
        logger.warning("Rate limit %r could not be counted; the request is refused", scope)
        raise RateLimited(window) from None



SITE_KEY = "site:all"


def check_site(scope: str) -> None:
    """Raise RateLimited while ``scope``'s site-wide budget (one count for every client) is
    used up."""
    limit, window = settings.RATE_LIMITS[scope]
    now = timezone.now()
    try:
        row = (RateLimitWindow.objects.filter(key=f"{scope}:{SITE_KEY}", expires_at__gt=now)
               .values_list("hits", "expires_at").first())
    except DatabaseError:
        logger.warning("Rate limit %r could not be read; the request is refused", scope)
        raise RateLimited(window) from None
    if row and row[0] >= limit:
        raise RateLimited(math.ceil((row[1] - now).total_seconds()))


def count_site(scope: str) -> None:
    """Count one miss in ``scope``'s site-wide budget; warn once when it is used up."""
    limit, window = settings.RATE_LIMITS[scope]
    try:
        hits, _expires = _hit(f"{scope}:{SITE_KEY}", window, timezone.now())
    except DatabaseError:
        logger.warning("Rate limit %r could not be counted", scope)
        return
    if hits == limit:
        logger.warning("Site-wide limit %r reached (%d in %d minutes): every such request is "
                       "refused until the window ends", scope, limit, window // 60)
