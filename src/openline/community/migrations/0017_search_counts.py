"""PostgreSQL: how many search entries hold each word (lexeme) of the index, and each phrase
registered for counting, kept by triggers on community_searchentry, so that search reads a
number instead of counting entries through the GIN index (community/searchcounts.py).

- `community_searchcount`: (key, entries) rows, several per key: each write to the entries adds
  a row per key it changes (+ or - the entries), without updating a shared row (no lock held by
  one post's transaction against the next); `openline worker` folds them into one row per key
  (searchcounts.fold). A key is a one-lexeme tsquery as PostgreSQL prints it (`'heat'`) or a
  registered phrase's (`'re' <-> 'set'`); the count of a key is the sum of its rows.
- `community_searchphrase`: the phrases counted beside the lexemes (registered by search when
  counting one through the index would read many entries: searchcounts.register).
- Statement-level triggers (transition tables) on INSERT, UPDATE and DELETE add the rows; one on
  TRUNCATE drops every count. Each write takes a shared advisory lock to the end of its
  transaction, against which a phrase is registered (searchcounts.register). The counts are filled here from the entries already indexed
  (ts_stat: one pass over the vectors).

SQLite: nothing (its FTS5 index counts a phrase from its own position lists)."""

from django.db import migrations

KEY_SQL = """
CREATE FUNCTION community_search_key(lexeme text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT chr(39) || replace(replace(lexeme, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39))
           || chr(39)
$$
"""
# As a one-lexeme tsquery prints: quoted, quotes and backslashes doubled.

CHANGE_SQL = """
CREATE FUNCTION community_searchcount_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Held to the end of the transaction; a phrase is registered only under the exclusive
    -- lock (searchcounts.register), so a write sees the registry as of its own count.
    PERFORM pg_advisory_xact_lock_shared(hashtext('community_searchphrase'));
    IF TG_OP = 'INSERT' THEN
        INSERT INTO community_searchcount (key, entries)
        SELECT key, count(*) FROM (
            SELECT community_search_key(u.lexeme) AS key
            FROM new_entries e, unnest(e.search_vector) u
            UNION ALL
            SELECT p.key FROM new_entries e JOIN community_searchphrase p
                ON e.search_vector @@ p.query) d
        GROUP BY key;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO community_searchcount (key, entries)
        SELECT key, -count(*) FROM (
            SELECT community_search_key(u.lexeme) AS key
            FROM old_entries e, unnest(e.search_vector) u
            UNION ALL
            SELECT p.key FROM old_entries e JOIN community_searchphrase p
                ON e.search_vector @@ p.query) d
        GROUP BY key;
    ELSE
        INSERT INTO community_searchcount (key, entries)
        SELECT key, sum(n) FROM (
            SELECT community_search_key(u.lexeme) AS key, 1 AS n
            FROM new_entries e, unnest(e.search_vector) u
            UNION ALL
            SELECT p.key, 1 FROM new_entries e JOIN community_searchphrase p
                ON e.search_vector @@ p.query
            UNION ALL
            SELECT community_search_key(u.lexeme), -1
            FROM old_entries e, unnest(e.search_vector) u
            UNION ALL
            SELECT p.key, -1 FROM old_entries e JOIN community_searchphrase p
                ON e.search_vector @@ p.query) d
        GROUP BY key HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$
"""

CLEAR_SQL = """
CREATE FUNCTION community_searchcount_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM community_searchcount;
    RETURN NULL;
END $$
"""

POSTGRES_UP = [
    "CREATE TABLE community_searchcount (key text NOT NULL, entries bigint NOT NULL)",
    "CREATE INDEX community_searchcount_key ON community_searchcount (key) INCLUDE (entries)",
    """CREATE TABLE community_searchphrase (
        key text PRIMARY KEY,
        query tsquery NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now())""",
    KEY_SQL,
    CHANGE_SQL,
    CLEAR_SQL,
    """CREATE TRIGGER community_searchcount_insert AFTER INSERT ON community_searchentry
        REFERENCING NEW TABLE AS new_entries
        FOR EACH STATEMENT EXECUTE FUNCTION community_searchcount_change()""",
    """CREATE TRIGGER community_searchcount_update AFTER UPDATE ON community_searchentry
        REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
        FOR EACH STATEMENT EXECUTE FUNCTION community_searchcount_change()""",
    """CREATE TRIGGER community_searchcount_delete AFTER DELETE ON community_searchentry
        REFERENCING OLD TABLE AS old_entries
        FOR EACH STATEMENT EXECUTE FUNCTION community_searchcount_change()""",
    """CREATE TRIGGER community_searchcount_truncate AFTER TRUNCATE ON community_searchentry
        FOR EACH STATEMENT EXECUTE FUNCTION community_searchcount_clear()""",
    # The entries already indexed (writes to them wait until this transaction ends).
    "LOCK TABLE community_searchentry IN SHARE MODE",
    """INSERT INTO community_searchcount (key, entries)
        SELECT community_search_key(word), ndoc
        FROM ts_stat('SELECT search_vector FROM community_searchentry')""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS community_searchcount_truncate ON community_searchentry",
    "DROP TRIGGER IF EXISTS community_searchcount_delete ON community_searchentry",
    "DROP TRIGGER IF EXISTS community_searchcount_update ON community_searchentry",
    "DROP TRIGGER IF EXISTS community_searchcount_insert ON community_searchentry",
    "DROP FUNCTION IF EXISTS community_searchcount_clear()",
    "DROP FUNCTION IF EXISTS community_searchcount_change()",
    "DROP FUNCTION IF EXISTS community_search_key(text)",
    "DROP TABLE IF EXISTS community_searchphrase",
    "DROP TABLE IF EXISTS community_searchcount",
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
    dependencies = [("community", "0016_search_block_gin")]

    operations = [migrations.RunPython(forward, backward)]
