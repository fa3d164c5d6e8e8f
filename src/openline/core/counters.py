"""Generation counters: bump in the transaction that changes something, read to key caches."""

from django.db import connection
from django.db.models import F

from .models import Counter

_BUMP_SQL = f"UPDATE {Counter._meta.db_table} SET value = value + 1 WHERE name = %s"  # noqa: S608

# A counter's value in plain SQL, one parameter (its name), for a page that reads it in one
# query with its own rows (community.selectors.list_page_state). No row: the counter is 0.
READ_SQL = f"SELECT value FROM {Counter._meta.db_table} WHERE name = %s"  # noqa: S608


def bump(name: str) -> None:
    """Plain SQL: every inbox change and every ingested webhook bumps a counter."""
    with connection.cursor() as cursor:
        cursor.execute(_BUMP_SQL, [name])
        if cursor.rowcount:
            return
    Counter.objects.get_or_create(name=name)
    Counter.objects.filter(name=name).update(value=F("value") + 1)


def read(name: str) -> int:
    """Skips the ORM's query building: this runs on every anonymous list view."""
    with connection.cursor() as cursor:
        cursor.execute(READ_SQL, [name])
        row = cursor.fetchone()
    return row[0] if row else 0


def read_many(*names: str) -> tuple[int, ...]:
    """Several counters in one query (0 for a counter never bumped), in the order asked."""
    marks = ", ".join(["%s"] * len(names))
    sql = f"SELECT name, value FROM {Counter._meta.db_table} WHERE name IN ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, list(names))
        values = dict(cursor.fetchall())
    return tuple(values.get(name, 0) for name in names)
