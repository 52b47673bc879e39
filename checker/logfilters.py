"""Errors logged once, short, and at a bounded rate.

One malformed request used to write 68 KB of chained tracebacks to the error log; a few
hundred filled megabytes. ``ShortErrors`` keeps, for a record with a traceback, the last
frames of the exception that was raised and one line per exception it was chained to, and
``RateLimitedLog`` lets at most ``per_minute`` lines a minute through per process, then says
how many it left out. No Django import, so gunicorn's master process can use it too.
"""

import logging
import threading
import time
import traceback

#: Frames of the final exception kept in a logged traceback.
KEEP_FRAMES = 3
#: At most this many characters of a traceback reach the log.
MAX_TRACEBACK_CHARS = 2000


def short_traceback(error: BaseException) -> str:
    """The error, its last frames, and one line for each exception behind it."""
    frames = traceback.format_tb(error.__traceback__)[-KEEP_FRAMES:]
    lines = ["Traceback (last frames):\n", *frames,
             f"{type(error).__name__}: {str(error)[:300]}\n"]
    seen = {id(error)}
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        lines.append(f"  after {type(cause).__name__}: {str(cause)[:200]}\n")
        cause = cause.__cause__ or cause.__context__
    return "".join(lines)[:MAX_TRACEBACK_CHARS]


class _Budget:
    """A per-process budget of log lines per minute (thread-safe)."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.lock = threading.Lock()
        self.minute = 0
        self.used = 0
        self.dropped = 0

    def take(self) -> tuple[bool, int]:
        """(may this line be logged, how many were left out before it)."""
        now = int(time.monotonic() // 60)
        with self.lock:
            if now != self.minute:
                self.minute, self.used = now, 0
            if self.used >= self.per_minute:
                self.dropped += 1
                return False, 0
            self.used += 1
            dropped, self.dropped = self.dropped, 0
            return True, dropped


class ShortErrors(logging.Filter):
    """Short tracebacks, and at most ``per_minute`` records with one, a minute per process."""

    def __init__(self, per_minute: int = 20):
        super().__init__()
        self.budget = _Budget(per_minute)

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.exc_info or record.exc_info[1] is None:
            return True
        allowed, dropped = self.budget.take()
        if not allowed:
            return False
        # A refused request (a bad Host header, a body too big) is the client's doing: its
        # message says it all.
        client_error = record.name.startswith("django.security")
        record.exc_text = "" if client_error else short_traceback(record.exc_info[1])
        record.exc_info = None
        if dropped:
            record.msg = f"{record.getMessage()} ({dropped} similar errors left out)"
            record.args = ()
        return True


class RateLimitedLog:
    """A logger's warnings, at most ``per_minute`` a minute per process."""

    def __init__(self, logger: logging.Logger, per_minute: int = 20):
        self.logger = logger
        self.budget = _Budget(per_minute)

    def warning(self, message: str, *args: object) -> None:
        allowed, dropped = self.budget.take()
        if allowed:
            suffix = f" ({dropped} similar lines left out)" if dropped else ""
            self.logger.warning(message + suffix, *args)
