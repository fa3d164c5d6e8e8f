"""PostgreSQL: the number of search entries holding each lexeme of the index, and each phrase
registered for counting, kept by triggers (migration 0017) so that search reads a number
instead of counting entries through the GIN index.

Why: PostgreSQL 15 fetches every heap page of a bitmap scan, even for `count(*)`, and a GIN
index holds no word positions, so counting a word found in ~1,000 entries read ~1,000 pages
(6-11 ms at 1 M posts), and a phrase of two common words every entry holding both ("re set"
for "reset": 86,000 entries, 50-65 ms). The counts are exact, not estimates: every write to
`community_searchentry` adds its own rows of + and - entries in the same transaction (a
statement-level trigger over its transition tables), so a reader's snapshot sums to exactly what
`count(*)` would have found in it. No row is updated in place, so posts' transactions never wait
for each other on a common word's count; `fold` (run by `openline worker`) sums each key's rows
into one.

A phrase is counted by the triggers only once registered (`register`): search registers those
whose every word is in many entries (where counting through the index is what costs). SQLite:
nothing here (FTS5 counts a phrase from its own position lists)."""

from django.db import connection, transaction

from openline.core.db import is_postgres

COUNTS_TABLE = "community_searchcount"  # created by migration 0017
FOLD_SECONDS = 300  # openline worker folds the rows this often
# At most this many phrases are ever registered: phrases come from what visitors search, every
# write matches its entries against each registered phrase, and a registration holds writers
# back for its first count (up to ~1.3 s at 1 M posts). Past the cap, phrases are counted
# through the index as before.
MAX_PHRASES = 256

_FOLD_SQL = """
    WITH many AS (SELECT key FROM community_searchcount GROUP BY key HAVING count(*) > 1),
    gone AS (DELETE FROM community_searchcount c USING many m WHERE c.key = m.key
             RETURNING c.key, c.entries)
    INSERT INTO community_searchcount (key, entries)
    SELECT key, sum(entries) FROM gone GROUP BY key HAVING sum(entries) <> 0
"""


def fold() -> int:
    """Sums each key's rows into one (a key whose rows sum to nothing goes); the rows a
    concurrent write adds meanwhile stay as they are. Returns the keys folded."""
    if not is_postgres():
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_FOLD_SQL)
        return int(cursor.rowcount)


def register(queries: list[str]) -> dict[str, int]:
    """Registers phrases (tsquery texts of the `english` configuration) for counting by the
    triggers, each with its count as of now; returns {query: entries} of those registered
    here (a phrase registered meanwhile by another search is left out). A phrase's first count
    reads every entry holding its words (tens of milliseconds for two common words), once for
    the life of the database.

    The count and the registration are exact together because no write to the entries is
    between them: each write's trigger takes a shared advisory lock (to the end of its
    transaction) before it reads the registry; this takes it exclusively, and only when it is
    free (no writer's transaction open past its trigger; else nothing is registered now and
    the caller counts as before). A write whose trigger comes later waits for the registration
    and then counts the phrase; one that committed before is in the count. (Writers run at
    READ COMMITTED, Django's default: their trigger's statements see the new registry row.)
    Only outside a transaction: inside one, the lock would be held until it ends. Never more
    than MAX_PHRASES in all. (The phrase asked is `a.query`: unqualified inside the registry's
    subquery, `query` was the registry's own column, so once one phrase was registered no
    other ever was, and each was counted through the index at every search.)"""
    if not queries or not is_postgres() or connection.in_atomic_block:
        return {}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext('community_searchphrase'))")
        if not cursor.fetchone()[0]:
            return {}
        cursor.execute(
            """
                WITH asked AS (SELECT q, to_tsquery('english', q) AS query
                               FROM unnest(%s::text[]) q),
                added AS (INSERT INTO community_searchphrase (key, query)
                          SELECT key, query FROM (
                              SELECT DISTINCT ON (a.query::text) a.query::text AS key, a.query
                              FROM asked a WHERE numnode(a.query) > 1
                                AND NOT EXISTS (SELECT FROM community_searchphrase p
                                                WHERE p.key = a.query::text)) fresh
                          LIMIT greatest(0, %s - (SELECT count(*) FROM community_searchphrase))
                          ON CONFLICT (key) DO NOTHING RETURNING key, query),
                counted AS (INSERT INTO community_searchcount (key, entries)
                            SELECT a.key, (SELECT count(*) FROM community_searchentry e
                                           WHERE e.search_vector @@ a.query)
                            FROM added a RETURNING key, entries)
                SELECT a.q, c.entries FROM asked a JOIN counted c ON c.key = a.query::text
                """,
            [queries, MAX_PHRASES],
        )
        return dict(cursor.fetchall())


def registered() -> list[str]:
    """The keys of the phrases counted by the triggers."""
    if not is_postgres():
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM community_searchphrase ORDER BY key")
        return [row[0] for row in cursor.fetchall()]
