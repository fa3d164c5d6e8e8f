"""PostgreSQL: the search index keyed by each entry's block of ids (id / 16,384) beside its
words, so that a search of the newest entries reads the words' posting lists for those blocks
only (community/search.py, BLOCK and PG_INDEX). Replaces the GIN index of the vector alone,
which the new one serves as well. The new index is built before the old one is dropped, so
searches keep an index while it builds (writes to the table wait for it). SQLite: nothing."""

from django.db import migrations

POSTGRES_UP = [
    "SET LOCAL maintenance_work_mem = '256MB'",  # the build sorts in memory
    "CREATE INDEX IF NOT EXISTS community_search_block_gin ON community_searchentry"
    " USING GIN ((ARRAY[id / 16384]), search_vector)",
    "DROP INDEX IF EXISTS community_search_gin",
]
POSTGRES_DOWN = [
    "CREATE INDEX IF NOT EXISTS community_search_gin ON community_searchentry"
    " USING GIN (search_vector)",
    "DROP INDEX IF EXISTS community_search_block_gin",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_UP:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_DOWN:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("community", "0015_moderation_tools")]

    operations = [migrations.RunPython(forward, backward)]
