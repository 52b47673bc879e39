"""At most ``settings.RENDER_SLOTS`` PDFs rendered at once on one machine, by all processes.

A render holds a gunicorn worker for a quarter of a second to a second of CPU; with a worker
per request, enough PDF requests at once would hold every worker, and the other pages would
wait behind them. So each render first takes one of N slots: N lock files in one folder,
each held with ``flock`` for the length of the render. The kernel lets go of a lock when its
process ends, so a worker killed mid-render (timeout, OOM, restart) never leaves a slot taken,
which a counter in the database or the cache could; and unlike a limit inside each process, it
holds across every worker of the machine whatever their number. Several machines each have
their own N, which is what is wanted: the point is to keep workers free on each.

When no slot frees within ``WAIT_SECONDS`` (a render or two), the request is answered 429
with a short Retry-After (``ratelimit.RateLimited``) rather than queued behind the others.
"""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from .ratelimit import RateLimited

#: How long a request waits for a slot before it is told to come back.
WAIT_SECONDS = 1.0
_POLL_SECONDS = 0.05
#: The Retry-After of a request that found every slot taken.
BUSY_RETRY_SECONDS = 10


def _try_slots(folder: Path) -> int | None:
    for number in range(max(1, settings.RENDER_SLOTS)):
        fd = os.open(folder / f"slot-{number}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue
        return fd
    return None


@contextmanager
def render_slot() -> Iterator[None]:
    """Hold one render slot for the ``with`` block; RateLimited when none frees in time."""
    folder = settings.RENDER_SLOTS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    deadline = time.monotonic() + WAIT_SECONDS
    fd = _try_slots(folder)
    while fd is None:
        if time.monotonic() >= deadline:
            raise RateLimited(BUSY_RETRY_SECONDS)
        time.sleep(_POLL_SECONDS)
        fd = _try_slots(folder)
    try:
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock
