"""knowledge 0001-0007 squashed (session 27): the tables as 0007_model_names leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("knowledge", "0001_initial"),
        ("knowledge", "0002_duplicate_flag"),
        ("knowledge", "0003_article"),
        ("knowledge", "0004_bridge"),
        ("knowledge", "0005_model_names"),
        ("knowledge", "0006_field_names"),
        ("knowledge", "0007_model_names"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("community", "0001_squashed_0009_status_notification_label"),
        ("community", "0018_squashed_0020_model_names"),
        ("inbox", "0001_squashed_0006_conversation_labels"),
        ("inbox", "0007_squashed_0015_time_zone_choices"),
    ]

    operations = [
        migrations.CreateModel(
            name="Article",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("question", models.CharField(max_length=200)),
                ("slug", models.SlugField(max_length=80)),
                ("details", models.TextField(blank=True)),
                ("answer", models.TextField()),
                ("details_html", models.TextField(blank=True)),
                ("answer_html", models.TextField()),
                (
                    "status",
                    models.CharField(
                        choices=[("draft", "Draft"), ("published", "Published")],
                        default="draft",
                        max_length=12,
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("published_at", models.DateTimeField(blank=True, null=True)),
                (
                    "created_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sources",
                    models.ManyToManyField(blank=True, related_name="+", to="community.thread"),
                ),
                (
                    "updated_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "article",
                "verbose_name_plural": "articles",
                "indexes": [
                    models.Index(
                        fields=["status", "-updated_at"], name="knowledge_a_status_3252b3_idx"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="DuplicateFlag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("score", models.FloatField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "outcome",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("merged", "Merged"),
                            ("marked", "Marked as a duplicate"),
                            ("dismissed", "Not a duplicate"),
                        ],
                        max_length=12,
                    ),
                ),
                ("resolved_at", models.DateTimeField(blank=True, null=True)),
                (
                    "candidate",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.thread",
                    ),
                ),
                (
                    "resolved_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "thread",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="duplicate_flag",
                        to="community.thread",
                    ),
                ),
            ],
            options={
                "verbose_name": "possible duplicate",
                "verbose_name_plural": "possible duplicates",
                "indexes": [
                    models.Index(
                        condition=models.Q(("outcome", "")),
                        fields=["-created_at"],
                        name="open_duplicate_flags",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="PublishedConversation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("channel_kind", models.CharField(max_length=20, verbose_name="channel")),
                ("was_private", models.BooleanField(verbose_name="was private")),
                (
                    "question_source",
                    models.CharField(
                        choices=[
                            ("rewritten", "Rewritten by staff"),
                            ("quoted", "Quoted from a public post"),
                            ("consent", "Quoted with the customer's consent"),
                        ],
                        max_length=10,
                        verbose_name="question source",
                    ),
                ),
                (
                    "consent_note",
                    models.CharField(blank=True, max_length=300, verbose_name="consent note"),
                ),
                (
                    "removed",
                    models.JSONField(
                        blank=True, default=dict, verbose_name="removed personal data"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="published"
                    ),
                ),
                (
                    "answer",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="inbox.message",
                        verbose_name="answer",
                    ),
                ),
                (
                    "conversation",
                    models.OneToOneField(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="published_as",
                        to="inbox.conversation",
                        verbose_name="conversation",
                    ),
                ),
                (
                    "link_back",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="inbox.message",
                        verbose_name="link back",
                    ),
                ),
                (
                    "published_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="published by",
                    ),
                ),
                (
                    "thread",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="published_from",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
            ],
            options={
                "verbose_name": "published conversation",
                "verbose_name_plural": "published conversations",
                "indexes": [
                    models.Index(
                        fields=["created_at", "channel_kind"], name="knowledge_p_created_8cf726_idx"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SocialShare",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(verbose_name="text")),
                (
                    "idempotency_key",
                    models.UUIDField(
                        default=uuid.uuid4,
                        editable=False,
                        unique=True,
                        verbose_name="idempotency key",
                    ),
                ),
                (
                    "state",
                    models.CharField(
                        choices=[("queued", "Queued"), ("sent", "Posted"), ("failed", "Failed")],
                        default="queued",
                        max_length=10,
                        verbose_name="state",
                    ),
                ),
                ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="attempts")),
                (
                    "next_attempt_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="next attempt"
                    ),
                ),
                (
                    "claimed_until",
                    models.DateTimeField(blank=True, null=True, verbose_name="claimed until"),
                ),
                ("last_error", models.TextField(blank=True, verbose_name="last error")),
                (
                    "external_id",
                    models.CharField(blank=True, max_length=300, verbose_name="external ID"),
                ),
                ("url", models.URLField(blank=True, max_length=500, verbose_name="URL")),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("sent_at", models.DateTimeField(blank=True, null=True, verbose_name="sent")),
                (
                    "account",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="inbox.channelaccount",
                        verbose_name="channel account",
                    ),
                ),
                (
                    "shared_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="shared by",
                    ),
                ),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "social share",
                "verbose_name_plural": "social shares",
                "indexes": [
                    models.Index(
                        fields=["state", "next_attempt_at"], name="knowledge_s_state_85e416_idx"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("thread", "account"), name="one_share_per_account"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SuggestionChoice",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveSmallIntegerField()),
                ("score", models.FloatField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "thread",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
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
            options={
                "verbose_name": "chosen suggestion",
                "verbose_name_plural": "chosen suggestions",
                "indexes": [
                    models.Index(fields=["-created_at"], name="knowledge_s_created_515965_idx"),
                    models.Index(
                        fields=["user", "-created_at"], name="knowledge_s_user_id_24440d_idx"
                    ),
                ],
            },
        ),
    ]
