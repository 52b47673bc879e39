"""Django's migrate, which first creates the SQLite database's folder (the data dir), and
keeps the database readable by its owner only.

Settings create no folder when they are imported; the database file is the first thing
that needs one, and SQLite cannot create a file in a folder that does not exist. With the
usual umask, the folder and the file would be readable by every account on the machine: the
file holds health answers, so it is made (or made again) 0600, and its folder 0711 (others
may pass through it to the collected static files, but not list it). SQLite gives its -wal
and -shm files the database file's mode.
"""

import os
import stat
from pathlib import Path
from typing import Any

from django.core.management.commands import migrate
from django.db import connections

FILE_MODE, FOLDER_MODE = 0o600, 0o711


def keep_private(name: str) -> None:
    """Create the SQLite file's folder and the file itself with owner-only modes, and take
    group and other permissions off them (and the -wal and -shm files) when they exist."""
    path = Path(name)
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if stat.S_IMODE(path.parent.stat().st_mode) & 0o066:
        path.parent.chmod(stat.S_IMODE(path.parent.stat().st_mode) & ~0o066)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists() and stat.S_IMODE(file.stat().st_mode) & 0o077:
            file.chmod(FILE_MODE)


class Command(migrate.Command):
    def execute(self, *args: Any, **options: Any) -> Any:
        # Before the system checks, which open the database already.
        database = connections[options.get("database") or "default"].settings_dict
        name = str(database.get("NAME") or "")
        if database["ENGINE"].endswith("sqlite3") and name and not name.startswith(
                ("file:", ":memory:")) and "mode=memory" not in name:
            keep_private(name)
        return super().execute(*args, **options)
