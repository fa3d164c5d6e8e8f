"""The full-text index of SearchEntry, in the database's own engine (see community/search.py)."""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE community_search_fts USING fts5(
        title, body, content='community_searchentry', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER community_search_ai AFTER INSERT ON community_searchentry BEGIN
        INSERT INTO community_search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER community_search_ad AFTER DELETE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER community_search_au AFTER UPDATE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO community_search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS community_search_au",
    "DROP TRIGGER IF EXISTS community_search_ad",
    "DROP TRIGGER IF EXISTS community_search_ai",
    "DROP TABLE IF EXISTS community_search_fts",
]
POSTGRES_UP = [
    """CREATE INDEX community_search_gin ON community_searchentry USING GIN (
        (setweight(to_tsvector('english', title), 'A') ||
         setweight(to_tsvector('english', body), 'B')))""",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS community_search_gin"]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
