"""Django's migrate, which first creates the SQLite database's folder (the data dir).

Settings create no folder when they are imported; the database file is the first thing
that needs one, and SQLite cannot create a file in a folder that does not exist.
"""

from pathlib import Path

from django.core.management.commands import migrate
from django.db import connections


class Command(migrate.Command):
    def execute(self, *args, **options):
        # Before the system checks, which open the database already.
        database = connections[options.get("database") or "default"].settings_dict
        name = str(database.get("NAME") or "")
        if database["ENGINE"].endswith("sqlite3") and name and not name.startswith(
                ("file:", ":memory:")):
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        return super().execute(*args, **options)
