"""Failed sign-ins slow down, then lock out, a username and a client address.

Counts live in the database (``SignInFailures``), so every app process and server sees the
same numbers. After ``free_failures`` failures each further attempt must wait a doubling
delay (1, 2, 4 ... seconds, at most ``max_delay_seconds``); at ``lock_after`` failures the
key is locked for ``lock_seconds``. A key forgets its failures ``lock_seconds`` after the
last one. Attempts refused while waiting are not checked at all, so the right password
does not get in during a lock-out.

Each attempt is counted as a failure before its password is checked (``claim``), under a row
lock, and a right password then clears the username's count: checking first and counting
after let 8 sign-ins sent at once all be checked before any was counted.
"""

import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from ..clientaddr import client_address
from .models import SignInFailures

_USER, _CLIENT = "user", "client"


def _policy() -> dict[str, Any]:
    return settings.STAFF_SIGN_IN_THROTTLE


def _hash(kind: str, value: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256)
    return f"{kind}:{digest.hexdigest()[:40]}"


def _keys(request: HttpRequest, username: str) -> list[tuple[str, int]]:
    """(key, failures that lock it) for the username and, when known, the client."""
    policy = _policy()
    keys = [(_hash(_USER, username.strip().casefold()), policy["lock_after"])]
    address = client_address(request) if request is not None else ""
    if address:
        keys.append((_hash(_CLIENT, address), policy["client_lock_after"]))
    return keys


def _wait(row: SignInFailures, lock_after: int, now: datetime) -> int:
    policy = _policy()
    elapsed = (now - row.last_failure).total_seconds()
    if elapsed >= policy["lock_seconds"]:
        return 0
    if row.failures >= lock_after:
        hold = policy["lock_seconds"]
    elif row.failures >= policy["free_failures"]:
        hold = min(2 ** (row.failures - policy["free_failures"]), policy["max_delay_seconds"])
    else:
        return 0
    return max(0, int(hold - elapsed + 0.999))


def wait_seconds(request: HttpRequest, username: str) -> int:
    """How long this username or client must wait before its next attempt (0: go ahead)."""
    now = timezone.now()
    keys = dict(_keys(request, username))
    rows = SignInFailures.objects.filter(key__in=keys)
    return max((_wait(row, keys[row.key], now) for row in rows), default=0)


def claim(request: HttpRequest, username: str) -> bool:
    """Count this attempt as a failure before the password is checked: False (and nothing
    counted) while the username or client must wait."""
    now = timezone.now()
    forget_before = now - timedelta(seconds=_policy()["lock_seconds"])
    with transaction.atomic():
        SignInFailures.objects.filter(last_failure__lt=forget_before).delete()
        rows = []
        for key, lock_after in _keys(request, username):
            row, _created = SignInFailures.objects.select_for_update().get_or_create(
                key=key, defaults={"failures": 0, "last_failure": now})
            rows.append((row, lock_after))
        if any(_wait(row, lock_after, now) for row, lock_after in rows):
            return False
        for row, _lock_after in rows:
            row.failures += 1
            row.last_failure = now
            row.save(update_fields=["failures", "last_failure"])
    return True


def record_failure(request: HttpRequest, username: str) -> None:
    now = timezone.now()
    forget_before = now - timedelta(seconds=_policy()["lock_seconds"])
    with transaction.atomic():
        # Old rows would otherwise pile up from every mistyped name.
        SignInFailures.objects.filter(last_failure__lt=forget_before).delete()
        for key, _lock_after in _keys(request, username):
            row, created = SignInFailures.objects.select_for_update().get_or_create(
                key=key, defaults={"failures": 1, "last_failure": now})
            if not created:
                row.failures += 1
                row.last_failure = now
                row.save(update_fields=["failures", "last_failure"])


def clear_username(username: str) -> int:
    """Forget the username's failures; how many there were."""
    rows = SignInFailures.objects.filter(key=_hash(_USER, username.strip().casefold()))
    failures = sum(rows.values_list("failures", flat=True))
    rows.delete()
    return failures


def record_success(request: HttpRequest, username: str) -> None:
    # The username's count is cleared; the client's only loses the try ``claim`` counted, so
    # a shared clinic address keeps its own record and one valid account cannot be used to
    # wipe the record of guesses at others.
    clear_username(username)
    for key, _lock_after in _keys(request, username)[1:]:
        SignInFailures.objects.filter(key=key, failures__gt=0).update(failures=F("failures") - 1)
