"""Database-specific helpers: the rest of the code asks these instead of testing vendors."""

from django.db import connection


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def is_sqlite() -> bool:
    return connection.vendor == "sqlite"
