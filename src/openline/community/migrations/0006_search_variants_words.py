"""Search that forgives spelling: joined compounds indexed beside the text (a third FTS5 column
on SQLite, weight C of a stored tsvector on PostgreSQL) and the index's words for typo
tolerance (see community/search.py)."""

from django.db import migrations, models

SQLITE_FTS = """CREATE VIRTUAL TABLE community_search_fts USING fts5(
    {columns}, content='community_searchentry', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2')"""
SQLITE_TRIGGERS = [
    """CREATE TRIGGER community_search_ai AFTER INSERT ON community_searchentry BEGIN
        INSERT INTO community_search_fts(rowid, {columns}) VALUES ({new});
    END""",
    """CREATE TRIGGER community_search_ad AFTER DELETE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, {columns})
        VALUES ('delete', {old});
    END""",
    """CREATE TRIGGER community_search_au AFTER UPDATE ON community_searchentry BEGIN
        INSERT INTO community_search_fts(community_search_fts, rowid, {columns})
        VALUES ('delete', {old});
        INSERT INTO community_search_fts(rowid, {columns}) VALUES ({new});
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS community_search_au",
    "DROP TRIGGER IF EXISTS community_search_ad",
    "DROP TRIGGER IF EXISTS community_search_ai",
    "DROP TABLE IF EXISTS community_search_fts",
]


def _sqlite(columns: list[str]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(["new.id", *(f"new.{c}" for c in columns)])
    old = ", ".join(["old.id", *(f"old.{c}" for c in columns)])
    return [
        *SQLITE_DROP,
        SQLITE_FTS.format(columns=names),
        *(t.format(columns=names, new=new, old=old) for t in SQLITE_TRIGGERS),
        "INSERT INTO community_search_fts(community_search_fts) VALUES ('rebuild')",
    ]


POSTGRES_UP = [
    "DROP INDEX IF EXISTS community_search_gin",
    # Stored, so that ranking and coverage read the vector instead of re-parsing every match.
    """ALTER TABLE community_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', body), 'B') ||
        setweight(to_tsvector('english', variants), 'C')) STORED""",
    "CREATE INDEX community_search_gin ON community_searchentry USING GIN (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS community_search_gin",
    "ALTER TABLE community_searchentry DROP COLUMN IF EXISTS search_vector",
    """CREATE INDEX community_search_gin ON community_searchentry USING GIN (
        (setweight(to_tsvector('english', title), 'A') ||
         setweight(to_tsvector('english', body), 'B')))""",
]


def forward(apps, schema_editor):
    from openline.community.search import compound_variants, words_of

    SearchEntry = apps.get_model("community", "SearchEntry")
    SearchWord = apps.get_model("community", "SearchWord")
    batch: list = []
    words: set[str] = set()
    for entry in SearchEntry.objects.only("id", "title", "body").iterator(chunk_size=2000):
        entry.variants = compound_variants(f"{entry.title}\n{entry.body}")
        words.update(words_of(f"{entry.title}\n{entry.body}\n{entry.variants}"))
        batch.append(entry)
        if len(batch) >= 2000:
            SearchEntry.objects.bulk_update(batch, ["variants"])
            batch = []
    SearchEntry.objects.bulk_update(batch, ["variants"])
    SearchWord.objects.bulk_create(
        [SearchWord(word=w, head=w[0], length=len(w)) for w in words],
        batch_size=2000,
        ignore_conflicts=True,
    )
    statements = {
        "sqlite": _sqlite(["title", "body", "variants"]),
        "postgresql": POSTGRES_UP,
    }
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    statements = {"sqlite": _sqlite(["title", "body"]), "postgresql": POSTGRES_DOWN}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("community", "0005_thread_duplicate_of")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="variants",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("head", models.CharField(max_length=1)),
                ("length", models.PositiveSmallIntegerField()),
            ],
            options={
                "indexes": [models.Index(fields=["head", "length"], name="search_word_bucket")],
            },
        ),
        migrations.RunPython(forward, backward),
    ]
