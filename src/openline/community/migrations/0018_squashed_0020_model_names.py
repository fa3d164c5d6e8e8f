"""community 0018-0020 squashed (session 27): what 0018-0020 change, worked out from the states (no data steps in them), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
import openline.core.migration_operations
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("community", "0018_model_names"),
        ("community", "0019_field_names"),
        ("community", "0020_model_names"),
    ]

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("community", "0017_search_counts"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="flag",
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "flag",
                "verbose_name_plural": "flags",
            },
        ),
        migrations.AlterModelOptions(
            name="importedthread",
            options={"verbose_name": "imported thread", "verbose_name_plural": "imported threads"},
        ),
        migrations.AlterModelOptions(
            name="moderationlog",
            options={
                "verbose_name": "moderation log entry",
                "verbose_name_plural": "moderation log entries",
            },
        ),
        migrations.AlterModelOptions(
            name="reply",
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "reply",
                "verbose_name_plural": "replies",
            },
        ),
        migrations.AlterModelOptions(
            name="revision",
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "revision",
                "verbose_name_plural": "revisions",
            },
        ),
        migrations.AlterModelOptions(
            name="searchentry",
            options={"verbose_name": "search entry", "verbose_name_plural": "search entries"},
        ),
        migrations.AlterModelOptions(
            name="searchmiss",
            options={
                "verbose_name": "search without results",
                "verbose_name_plural": "searches without results",
            },
        ),
        migrations.AlterModelOptions(
            name="searchword",
            options={"verbose_name": "search word", "verbose_name_plural": "search words"},
        ),
        migrations.AlterModelOptions(
            name="silence",
            options={"verbose_name": "silence", "verbose_name_plural": "silences"},
        ),
        migrations.AlterModelOptions(
            name="space",
            options={
                "ordering": ["position", "name"],
                "verbose_name": "space",
                "verbose_name_plural": "spaces",
            },
        ),
        migrations.AlterModelOptions(
            name="spacemembership",
            options={
                "verbose_name": "space membership",
                "verbose_name_plural": "space memberships",
            },
        ),
        migrations.AlterModelOptions(
            name="statuschange",
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "status change",
                "verbose_name_plural": "status changes",
            },
        ),
        migrations.AlterModelOptions(
            name="tag",
            options={"ordering": ["slug"], "verbose_name": "tag", "verbose_name_plural": "tags"},
        ),
        migrations.AlterModelOptions(
            name="thread",
            options={"verbose_name": "thread", "verbose_name_plural": "threads"},
        ),
        migrations.AlterModelOptions(
            name="vote",
            options={"verbose_name": "vote", "verbose_name_plural": "votes"},
        ),
        migrations.AlterModelOptions(
            name="watchedword",
            options={
                "ordering": ["phrase"],
                "verbose_name": "watched word",
                "verbose_name_plural": "watched words",
            },
        ),
        openline.core.migration_operations.AlterFieldLabels(
            changes=[
                (
                    "reply",
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="replies",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                ("reply", "body", models.TextField(verbose_name="text")),
                ("reply", "body_html", models.TextField(verbose_name="text (HTML)")),
                (
                    "reply",
                    "corrected_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="corrected"),
                ),
                (
                    "reply",
                    "corrected_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="corrected by",
                    ),
                ),
                ("reply", "correction", models.TextField(blank=True, verbose_name="correction")),
                (
                    "reply",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "reply",
                    "deleted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="deleted"),
                ),
                (
                    "reply",
                    "deletion_reason",
                    models.TextField(blank=True, verbose_name="reason for deletion"),
                ),
                (
                    "reply",
                    "edited_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="edited"),
                ),
                (
                    "reply",
                    "held_reason",
                    models.CharField(
                        blank=True, default="", max_length=200, verbose_name="reason held"
                    ),
                ),
                (
                    "reply",
                    "hidden_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="hidden"),
                ),
                (
                    "reply",
                    "hidden_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="hidden by",
                    ),
                ),
                (
                    "reply",
                    "moderator_edited_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="edited by a moderator"
                    ),
                ),
                (
                    "reply",
                    "retracted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="retracted"),
                ),
                (
                    "reply",
                    "retracted_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="retracted by",
                    ),
                ),
                (
                    "reply",
                    "retraction_note",
                    models.TextField(blank=True, verbose_name="retraction note"),
                ),
                (
                    "reply",
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replies",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
                ("reply", "upvote_count", models.IntegerField(default=0, verbose_name="upvotes")),
                ("revision", "body", models.TextField(verbose_name="text")),
                (
                    "revision",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "revision",
                    "editor",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="edited by",
                    ),
                ),
                (
                    "revision",
                    "reply",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="community.reply",
                        verbose_name="reply",
                    ),
                ),
                (
                    "revision",
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
                (
                    "revision",
                    "title",
                    models.CharField(blank=True, max_length=200, verbose_name="title"),
                ),
                (
                    "space",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "space",
                    "description",
                    models.CharField(blank=True, max_length=300, verbose_name="description"),
                ),
                ("space", "is_private", models.BooleanField(default=False, verbose_name="private")),
                (
                    "space",
                    "members",
                    models.ManyToManyField(
                        blank=True,
                        related_name="spaces",
                        through="community.SpaceMembership",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="members",
                    ),
                ),
                ("space", "name", models.CharField(max_length=80, verbose_name="name")),
                (
                    "space",
                    "position",
                    models.PositiveIntegerField(default=0, verbose_name="position"),
                ),
                (
                    "space",
                    "slug",
                    models.SlugField(max_length=60, unique=True, verbose_name="slug"),
                ),
                (
                    "spacemembership",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "spacemembership",
                    "space",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        to="community.space",
                        verbose_name="space",
                    ),
                ),
                (
                    "spacemembership",
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
                ("tag", "name", models.CharField(max_length=50, verbose_name="name")),
                ("tag", "slug", models.SlugField(unique=True, verbose_name="slug")),
                (
                    "thread",
                    "accepted_reply",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.reply",
                        verbose_name="accepted answer",
                    ),
                ),
                (
                    "thread",
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="threads",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                ("thread", "body", models.TextField(verbose_name="text")),
                ("thread", "body_html", models.TextField(verbose_name="text (HTML)")),
                (
                    "thread",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "thread",
                    "deleted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="deleted"),
                ),
                (
                    "thread",
                    "deletion_reason",
                    models.TextField(blank=True, verbose_name="reason for deletion"),
                ),
                (
                    "thread",
                    "duplicate_of",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="duplicates",
                        to="community.thread",
                        verbose_name="duplicate of",
                    ),
                ),
                (
                    "thread",
                    "edited_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="edited"),
                ),
                (
                    "thread",
                    "held_reason",
                    models.CharField(
                        blank=True, default="", max_length=200, verbose_name="reason held"
                    ),
                ),
                (
                    "thread",
                    "hidden_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="hidden"),
                ),
                (
                    "thread",
                    "hidden_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="hidden by",
                    ),
                ),
                (
                    "thread",
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
                        verbose_name="kind",
                    ),
                ),
                (
                    "thread",
                    "last_activity_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="last activity"
                    ),
                ),
                (
                    "thread",
                    "locked_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="locked"),
                ),
                (
                    "thread",
                    "merged_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="merged"),
                ),
                (
                    "thread",
                    "merged_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="merged by",
                    ),
                ),
                (
                    "thread",
                    "moderator_edited_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="edited by a moderator"
                    ),
                ),
                (
                    "thread",
                    "pinned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="pinned"),
                ),
                (
                    "thread",
                    "reply_count",
                    models.PositiveIntegerField(default=0, verbose_name="replies"),
                ),
                ("thread", "slug", models.SlugField(max_length=80, verbose_name="slug")),
                (
                    "thread",
                    "space",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="threads",
                        to="community.space",
                        verbose_name="space",
                    ),
                ),
                (
                    "thread",
                    "status",
                    models.CharField(
                        choices=[
                            ("open", "Open"),
                            ("answered", "Answered"),
                            ("solved", "Solved"),
                            ("wont_fix", "Won't fix"),
                            ("new", "New"),
                            ("under_review", "Under review"),
                            ("planned", "Planned"),
                            ("in_progress", "In progress"),
                            ("shipped", "Shipped"),
                            ("declined", "Declined"),
                        ],
                        default="open",
                        max_length=16,
                        verbose_name="status",
                    ),
                ),
                (
                    "thread",
                    "status_changed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="status changed"),
                ),
                (
                    "thread",
                    "status_changed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="status changed by",
                    ),
                ),
                (
                    "thread",
                    "status_reason",
                    models.TextField(blank=True, verbose_name="reason for the status"),
                ),
                (
                    "thread",
                    "tags",
                    models.ManyToManyField(
                        blank=True, related_name="threads", to="community.tag", verbose_name="tags"
                    ),
                ),
                ("thread", "title", models.CharField(max_length=200, verbose_name="title")),
                ("thread", "upvote_count", models.IntegerField(default=0, verbose_name="upvotes")),
                (
                    "thread",
                    "version",
                    models.PositiveIntegerField(default=1, verbose_name="version"),
                ),
                (
                    "thread",
                    "view_count",
                    models.PositiveIntegerField(default=0, verbose_name="views"),
                ),
            ],
        ),
    ]
