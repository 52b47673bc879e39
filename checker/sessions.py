"""Django's database sessions, read with one prepared SQL statement instead of the ORM.

Every patient page reads the session (it says which questionnaires this browser holds).
Building the ORM query for it cost about ten times the query itself, so ``load`` reads the
same row with the same conditions (this key, not expired) in plain SQL. Everything else,
writing, cycling keys, expiry, is Django's ``db`` backend unchanged (SESSION_ENGINE).
"""

from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        key = self.session_key
        model = self.model
        connection = connections[router.db_for_read(model)]
        table = connection.ops.quote_name(model._meta.db_table)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT session_data FROM {table} "  # noqa: S608  (no input)
                           "WHERE session_key = %s AND expire_date > %s",
                           [key, now])
            row = cursor.fetchone()
        if row is None or key is None:
            # As Django does: a key that names no live session is dropped, so saving makes
            # a new one rather than adopting a key the browser made up.
            self._session_key = None
            return None
        return model(session_key=key, session_data=row[0])
