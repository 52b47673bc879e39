"""A temporary folder per server process, and the folders of dead processes removed.

WeasyPrint copies our fonts into a temporary folder per process and removes it when the
process exits normally; a worker killed mid-render (gunicorn's timeout, the OOM killer)
leaves it behind, and a few hundred such kills fill /tmp. So each server process uses its own
folder, ``<tmp>/checker-<uid>/<pid>``, and every process that starts removes the folders of
processes that no longer run: gunicorn starts a replacement for each killed worker, so what a
kill leaves is gone within seconds. The folders hold only copies of our static fonts.
"""

import os
import shutil
import tempfile
from pathlib import Path

_BASE: Path | None = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another account's process with that number: not ours to judge
    return True


def sweep(base: Path) -> list[str]:
    """Remove the folders of processes that are gone; the names removed."""
    removed = []
    for folder in base.iterdir():
        if folder.name.isdigit() and not _alive(int(folder.name)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def use_own_temp_folder() -> Path:
    """Point this process's temporary files at a folder of its own, after a sweep."""
    global _BASE
    if _BASE is None:
        _BASE = Path(tempfile.gettempdir()) / f"checker-{os.getuid()}"
    _BASE.mkdir(mode=0o700, exist_ok=True)
    sweep(_BASE)
    mine = _BASE / str(os.getpid())
    mine.mkdir(mode=0o700, exist_ok=True)
    tempfile.tempdir = str(mine)
    return mine


def install() -> None:
    """For this process now, and for every process forked from it (gunicorn's workers when
    the application is loaded before the fork)."""
    use_own_temp_folder()
    os.register_at_fork(after_in_child=use_own_temp_folder)
