"""community 0001-0009 squashed (session 27): the tables as 0009_status_notification_label leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

# The search index's objects outside Django's state (community/search.py) as 0006 left them:
# FTS5 table and triggers on SQLite, the stored vector and its GIN index on PostgreSQL (0002's
# first index is not made: 0006 replaced it). 0016 and 0017 change them further, as before.
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
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS community_search_gin",
    "ALTER TABLE community_searchentry DROP COLUMN IF EXISTS search_vector",
]


def search_index(apps, schema_editor):
    statements = {"sqlite": _sqlite(["title", "body", "variants"]), "postgresql": POSTGRES_UP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def search_index_backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    replaces = [
        ("community", "0001_initial"),
        ("community", "0002_search_index"),
        ("community", "0003_list_indexes"),
        ("community", "0004_reply_correction"),
        ("community", "0005_thread_duplicate_of"),
        ("community", "0006_search_variants_words"),
        ("community", "0007_imported_thread"),
        ("community", "0008_thread_merged"),
        ("community", "0009_status_notification_label"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="Space",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(max_length=60, unique=True)),
                ("name", models.CharField(max_length=80)),
                ("description", models.CharField(blank=True, max_length=300)),
                ("is_private", models.BooleanField(default=False)),
                ("position", models.PositiveIntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["position", "name"],
            },
        ),
        migrations.CreateModel(
            name="Tag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(unique=True)),
                ("name", models.CharField(max_length=50)),
            ],
            options={
                "ordering": ["slug"],
            },
        ),
        migrations.CreateModel(
            name="Reply",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("body", models.TextField()),
                ("body_html", models.TextField()),
                ("upvote_count", models.IntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("edited_at", models.DateTimeField(blank=True, null=True)),
                ("retracted_at", models.DateTimeField(blank=True, null=True)),
                ("retraction_note", models.TextField(blank=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="replies",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "retracted_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "replies",
                "ordering": ["created_at", "id"],
            },
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
        migrations.CreateModel(
            name="SpaceMembership",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "space",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to="community.space"
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL
                    ),
                ),
            ],
        ),
        migrations.AddField(
            model_name="space",
            name="members",
            field=models.ManyToManyField(
                blank=True,
                related_name="spaces",
                through="community.SpaceMembership",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.CreateModel(
            name="Thread",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("question", "Question"),
                            ("problem", "Problem"),
                            ("feedback", "Feedback"),
                            ("idea", "Idea"),
                            ("praise", "Praise"),
                            ("discussion", "Discussion"),
                        ],
                        default="question",
                        max_length=16,
                    ),
                ),
                ("title", models.CharField(max_length=200)),
                ("slug", models.SlugField(max_length=80)),
                ("body", models.TextField()),
                ("body_html", models.TextField()),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("open", "Open"),
                            ("answered", "Answered"),
                            ("solved", "Solved"),
                            ("planned", "Planned"),
                            ("wont_fix", "Won't fix"),
                        ],
                        default="open",
                        max_length=16,
                    ),
                ),
                ("status_reason", models.TextField(blank=True)),
                ("status_changed_at", models.DateTimeField(blank=True, null=True)),
                ("reply_count", models.PositiveIntegerField(default=0)),
                ("upvote_count", models.IntegerField(default=0)),
                ("view_count", models.PositiveIntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("edited_at", models.DateTimeField(blank=True, null=True)),
                ("last_activity_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("version", models.PositiveIntegerField(default=1)),
                (
                    "accepted_reply",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.reply",
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="threads",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "space",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="threads",
                        to="community.space",
                    ),
                ),
                (
                    "status_changed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "tags",
                    models.ManyToManyField(blank=True, related_name="threads", to="community.tag"),
                ),
                (
                    "duplicate_of",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="duplicates",
                        to="community.thread",
                    ),
                ),
                ("merged_at", models.DateTimeField(blank=True, null=True)),
                (
                    "merged_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(blank=True, max_length=200)),
                ("body", models.TextField()),
                (
                    "reply",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.reply",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.thread",
                    ),
                ),
                ("variants", models.TextField(blank=True, default="")),
            ],
            options={
                "verbose_name_plural": "search entries",
            },
        ),
        migrations.CreateModel(
            name="Revision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(blank=True, max_length=200)),
                ("body", models.TextField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "editor",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="community.reply",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="community.thread",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "id"],
            },
        ),
        migrations.AddField(
            model_name="reply",
            name="thread",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="replies",
                to="community.thread",
            ),
        ),
        migrations.AddField(
            model_name="reply",
            name="corrected_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="reply",
            name="corrected_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="reply",
            name="correction",
            field=models.TextField(blank=True),
        ),
        migrations.CreateModel(
            name="Notification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("reply", "New reply to your thread"),
                            ("accepted", "Your answer was accepted"),
                            ("mention", "You were mentioned"),
                            ("status", "Status changed on a thread you asked or voted for"),
                        ],
                        max_length=16,
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("read_at", models.DateTimeField(blank=True, null=True)),
                (
                    "actor",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.reply",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.thread",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="ImportedThread",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("external_id", models.CharField(max_length=200, unique=True)),
                ("imported_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "thread",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="imported_as",
                        to="community.thread",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="Vote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="votes",
                        to="community.reply",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="votes",
                        to="community.thread",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
        migrations.AddConstraint(
            model_name="spacemembership",
            constraint=models.UniqueConstraint(fields=("space", "user"), name="unique_membership"),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                fields=["space", "-last_activity_at"], name="community_t_space_i_523cf9_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(fields=["-last_activity_at"], name="community_t_last_ac_47e4df_idx"),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                fields=["space", "-upvote_count"], name="community_t_space_i_681bbf_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(fields=["-upvote_count"], name="community_t_upvote__fd1c15_idx"),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                fields=["author", "-created_at"], name="community_t_author__901ce3_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                condition=models.Q(("reply_count", 0), ("status", "open")),
                fields=["space", "-created_at"],
                name="thread_unanswered_in_space",
            ),
        ),
        migrations.AddIndex(
            model_name="thread",
            index=models.Index(
                condition=models.Q(("reply_count", 0), ("status", "open")),
                fields=["-created_at"],
                name="thread_unanswered",
            ),
        ),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.UniqueConstraint(
                condition=models.Q(("reply__isnull", True)),
                fields=("thread",),
                name="one_entry_per_thread",
            ),
        ),
        migrations.AddIndex(
            model_name="revision",
            index=models.Index(
                fields=["thread", "reply", "created_at"], name="community_r_thread__624028_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="reply",
            index=models.Index(
                fields=["thread", "created_at"], name="community_r_thread__506946_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="reply",
            index=models.Index(
                fields=["author", "-created_at"], name="community_r_author__60f778_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="notification",
            index=models.Index(
                fields=["recipient", "read_at", "-created_at"],
                name="community_n_recipie_8d2407_idx",
            ),
        ),
        migrations.AddConstraint(
            model_name="vote",
            constraint=models.UniqueConstraint(
                condition=models.Q(("reply__isnull", True)),
                fields=("user", "thread"),
                name="one_vote_per_thread",
            ),
        ),
        migrations.AddConstraint(
            model_name="vote",
            constraint=models.UniqueConstraint(
                condition=models.Q(("reply__isnull", False)),
                fields=("user", "reply"),
                name="one_vote_per_reply",
            ),
        ),
        migrations.RunPython(search_index, search_index_backward),
    ]
