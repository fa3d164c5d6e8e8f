"""The database cache, with an `incr` that two processes cannot interleave.

Django's DatabaseCache increments by reading and then writing the value, so two workers
counting the same rate limit at once can both read 4 and both write 5. Here the read and the
write happen in one transaction holding the row: SQLite's IMMEDIATE transactions take the write
lock up front, PostgreSQL locks the row with SELECT … FOR UPDATE.
"""

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction


class AtomicDatabaseCache(DatabaseCache):
    def incr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)  # type: ignore[attr-defined]  # set by BaseDatabaseCache; absent from django-stubs
        cache_key = self.make_and_validate_key(key, version=version)
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT cache_key FROM {table} WHERE cache_key = %s FOR UPDATE",  # noqa: S608 - quoted table name
                        [cache_key],
                    )
            return super().incr(key, delta, version)
