"""Sessions in the database, read in plain SQL (SESSION_ENGINE without Redis; issue 19).

Django's database engine reads a session through the ORM on every signed-in request; building
that query cost more than running it. This is the same table, the same expiry test and the same
answer for an unknown or expired key (a new, empty session); writes stay Django's.
"""

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.db import connections, router
from django.utils import timezone


class _Row:
    __slots__ = ("session_data",)

    def __init__(self, session_data: str) -> None:
        self.session_data = session_data


class SessionStore(DatabaseStore):
    def _get_session_from_db(self) -> Any:
        key = self.session_key
        if key is None:  # not a valid key: nothing to read
            self._session_key = None
            return None
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        sql = (
            f"SELECT session_data FROM {connection.ops.quote_name(self.model._meta.db_table)} "  # noqa: S608 - a table name
            "WHERE session_key = %s AND expire_date > %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [key, now])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return _Row(row[0])
