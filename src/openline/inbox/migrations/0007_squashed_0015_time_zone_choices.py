"""inbox 0007-0015 squashed (session 27): what 0007-0015 change, worked out from the states (no data steps in them), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.db.models.expressions
import django.utils.timezone
import openline.core.migration_operations
import openline.inbox.sla
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("inbox", "0007_notifications_moved"),
        ("inbox", "0008_service_insights"),
        ("inbox", "0009_backlog_by_channel_index"),
        ("inbox", "0010_conversation_product_area"),
        ("inbox", "0011_inbox_at_1m"),
        ("inbox", "0012_model_names"),
        ("inbox", "0013_field_names"),
        ("inbox", "0014_model_names"),
        ("inbox", "0015_time_zone_choices"),
    ]

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("community", "0010_squashed_0013_silence"),
        ("community", "0015_moderation_tools"),
        ("community", "0018_squashed_0020_model_names"),
        ("inbox", "0001_squashed_0006_conversation_labels"),
        ("notifications", "0002_copy_from_community_and_inbox"),
        ("people", "0001_squashed_0005_model_names"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="inboxnotification",
            name="inbox_inbox_recipie_2ca910_idx",
        ),
        migrations.AlterModelOptions(
            name="agentavailability",
            options={
                "verbose_name": "agent availability",
                "verbose_name_plural": "agent availability",
            },
        ),
        migrations.AlterModelOptions(
            name="attachment",
            options={"verbose_name": "attachment", "verbose_name_plural": "attachments"},
        ),
        migrations.AlterModelOptions(
            name="cannedreply",
            options={
                "ordering": ["title"],
                "verbose_name": "canned reply",
                "verbose_name_plural": "canned replies",
            },
        ),
        migrations.AlterModelOptions(
            name="championarea",
            options={
                "ordering": ["name"],
                "verbose_name": "champion area",
                "verbose_name_plural": "champion areas",
            },
        ),
        migrations.AlterModelOptions(
            name="championassignment",
            options={
                "ordering": ["-taken_at", "-id"],
                "verbose_name": "champion assignment",
                "verbose_name_plural": "champion assignments",
            },
        ),
        migrations.AlterModelOptions(
            name="championoptin",
            options={"verbose_name": "champion opt-in", "verbose_name_plural": "champion opt-ins"},
        ),
        migrations.AlterModelOptions(
            name="channelaccount",
            options={"verbose_name": "channel account", "verbose_name_plural": "channel accounts"},
        ),
        migrations.AlterModelOptions(
            name="conversation",
            options={"verbose_name": "conversation", "verbose_name_plural": "conversations"},
        ),
        migrations.AlterModelOptions(
            name="delivery",
            options={"verbose_name": "delivery", "verbose_name_plural": "deliveries"},
        ),
        migrations.AlterModelOptions(
            name="message",
            options={
                "ordering": ["created_at", "id"],
                "verbose_name": "message",
                "verbose_name_plural": "messages",
            },
        ),
        migrations.AddField(
            model_name="conversation",
            name="reopen_count",
            field=models.PositiveIntegerField(default=0, verbose_name="times reopened"),
        ),
        migrations.AddField(
            model_name="conversation",
            name="solved_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="solved"),
        ),
        migrations.AddField(
            model_name="conversation",
            name="product_area",
            field=models.CharField(
                blank=True, default="", max_length=60, verbose_name="product area"
            ),
        ),
        migrations.AddField(
            model_name="conversation",
            name="sentiment_order",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.db.models.expressions.CombinedExpression(
                    models.Case(
                        models.When(sentiment="negative", then=models.Value(0)),
                        models.When(sentiment="neutral", then=models.Value(2)),
                        models.When(sentiment="", then=models.Value(4)),
                        default=models.Value(6),
                    ),
                    "+",
                    models.Case(
                        models.When(last_inbound_at__isnull=True, then=models.Value(1)),
                        default=models.Value(0),
                    ),
                ),
                output_field=models.SmallIntegerField(),
                verbose_name="order by sentiment",
            ),
        ),
        migrations.AddField(
            model_name="slapolicy",
            name="business_hours",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text='Per weekday: {"mon": "09:00-17:00", "tue": "09:00-12:00,13:00-17:00"}; a missing day is closed; none at all is around the clock.',
                verbose_name="business hours",
            ),
        ),
        migrations.AddField(
            model_name="slapolicy",
            name="time_zone",
            field=models.CharField(
                choices=openline.inbox.sla.zone_choices,
                default="UTC",
                help_text="Where the business hours are kept: Europe/Berlin.",
                max_length=64,
                verbose_name="time zone",
            ),
        ),
        openline.core.migration_operations.AlterFieldLabels(
            changes=[
                ("cannedreply", "body", models.TextField(verbose_name="text")),
                (
                    "cannedreply",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "cannedreply",
                    "title",
                    models.CharField(max_length=120, unique=True, verbose_name="title"),
                ),
                (
                    "channelaccount",
                    "config",
                    models.JSONField(blank=True, default=dict, verbose_name="settings"),
                ),
                (
                    "channelaccount",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "channelaccount",
                    "is_active",
                    models.BooleanField(default=True, verbose_name="active"),
                ),
                (
                    "channelaccount",
                    "kind",
                    models.CharField(
                        choices=[
                            ("community", "Community"),
                            ("email", "E-mail"),
                            ("webhook", "Webhook"),
                            ("feed", "RSS/Atom feed"),
                            ("mastodon", "Mastodon"),
                            ("bluesky", "Bluesky"),
                            ("x", "X"),
                            ("reddit", "Reddit"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                (
                    "channelaccount",
                    "name",
                    models.CharField(max_length=80, unique=True, verbose_name="name"),
                ),
                (
                    "channelaccount",
                    "secret_encrypted",
                    models.TextField(blank=True, editable=False, verbose_name="secret (encrypted)"),
                ),
                (
                    "conversation",
                    "account",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="conversations",
                        to="inbox.channelaccount",
                        verbose_name="channel account",
                    ),
                ),
                (
                    "conversation",
                    "assignee",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="assigned_conversations",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="assignee",
                    ),
                ),
                (
                    "conversation",
                    "champion",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="champion_conversations",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="champion",
                    ),
                ),
                (
                    "conversation",
                    "champion_area",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="inbox.championarea",
                        verbose_name="champion area",
                    ),
                ),
                (
                    "conversation",
                    "champion_closed_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="champion's turn ended"
                    ),
                ),
                (
                    "conversation",
                    "champion_offered_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="offered to champions"
                    ),
                ),
                (
                    "conversation",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "conversation",
                    "customer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="conversations",
                        to="people.person",
                        verbose_name="customer",
                    ),
                ),
                (
                    "conversation",
                    "external_id",
                    models.CharField(max_length=300, verbose_name="external ID"),
                ),
                (
                    "conversation",
                    "first_response_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="first response"),
                ),
                (
                    "conversation",
                    "intent",
                    models.CharField(blank=True, default="", max_length=16, verbose_name="intent"),
                ),
                (
                    "conversation",
                    "last_inbound_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="last inbound message"
                    ),
                ),
                (
                    "conversation",
                    "last_message_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="last message"
                    ),
                ),
                (
                    "conversation",
                    "response_due_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="response due"),
                ),
                (
                    "conversation",
                    "sentiment",
                    models.CharField(
                        blank=True, default="", max_length=10, verbose_name="sentiment"
                    ),
                ),
                (
                    "conversation",
                    "sla_policy",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to="inbox.slapolicy",
                        verbose_name="SLA policy",
                    ),
                ),
                (
                    "conversation",
                    "status",
                    models.CharField(
                        choices=[
                            ("open", "Open"),
                            ("pending", "Waiting on customer"),
                            ("solved", "Solved"),
                        ],
                        default="open",
                        max_length=16,
                        verbose_name="status",
                    ),
                ),
                (
                    "conversation",
                    "subject",
                    models.CharField(blank=True, max_length=300, verbose_name="subject"),
                ),
                (
                    "conversation",
                    "thread",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="conversation",
                        to="community.thread",
                        verbose_name="thread",
                    ),
                ),
                (
                    "delivery",
                    "attempts",
                    models.PositiveSmallIntegerField(default=0, verbose_name="attempts"),
                ),
                (
                    "delivery",
                    "claimed_until",
                    models.DateTimeField(blank=True, null=True, verbose_name="claimed until"),
                ),
                (
                    "delivery",
                    "external_ref",
                    models.CharField(blank=True, max_length=300, verbose_name="external reference"),
                ),
                (
                    "delivery",
                    "idempotency_key",
                    models.UUIDField(
                        default=uuid.uuid4,
                        editable=False,
                        unique=True,
                        verbose_name="idempotency key",
                    ),
                ),
                ("delivery", "last_error", models.TextField(blank=True, verbose_name="last error")),
                (
                    "delivery",
                    "message",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="delivery",
                        to="inbox.message",
                        verbose_name="message",
                    ),
                ),
                (
                    "delivery",
                    "next_attempt_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="next attempt"
                    ),
                ),
                (
                    "delivery",
                    "sent_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="sent"),
                ),
                (
                    "delivery",
                    "state",
                    models.CharField(
                        choices=[("queued", "Queued"), ("sent", "Sent"), ("failed", "Failed")],
                        default="queued",
                        max_length=10,
                        verbose_name="state",
                    ),
                ),
                (
                    "message",
                    "account",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="inbox.channelaccount",
                        verbose_name="channel account",
                    ),
                ),
                (
                    "message",
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                ("message", "body", models.TextField(verbose_name="text")),
                ("message", "body_html", models.TextField(blank=True, verbose_name="text (HTML)")),
                (
                    "message",
                    "conversation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="messages",
                        to="inbox.conversation",
                        verbose_name="conversation",
                    ),
                ),
                (
                    "message",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "message",
                    "external_id",
                    models.CharField(
                        blank=True, max_length=300, null=True, verbose_name="external ID"
                    ),
                ),
                (
                    "message",
                    "identity",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="people.identity",
                        verbose_name="identity",
                    ),
                ),
                (
                    "message",
                    "kind",
                    models.CharField(
                        choices=[
                            ("inbound", "From the customer"),
                            ("reply", "Reply to the customer"),
                            ("note", "Internal note"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "message",
                    "raw",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="What the channel sent, for debugging.",
                        verbose_name="raw data",
                    ),
                ),
                ("message", "url", models.URLField(blank=True, max_length=500, verbose_name="URL")),
                (
                    "slapolicy",
                    "first_response_minutes",
                    models.PositiveIntegerField(
                        default=240, verbose_name="first response (minutes)"
                    ),
                ),
                (
                    "slapolicy",
                    "is_default",
                    models.BooleanField(default=False, verbose_name="default"),
                ),
                (
                    "slapolicy",
                    "name",
                    models.CharField(max_length=80, unique=True, verbose_name="name"),
                ),
                (
                    "slapolicy",
                    "next_response_minutes",
                    models.PositiveIntegerField(
                        default=480, verbose_name="next response (minutes)"
                    ),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(fields=["created_at"], name="inbox_conve_created_c119d9_idx"),
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["status", "created_at"], name="inbox_conve_status_8d051c_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["status", "account", "created_at"], name="inbox_conve_status_b93d1d_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["status", "sentiment_order", "last_inbound_at", "-id"],
                name="inbox_conve_status_a72b8b_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["status", "intent", "-last_message_at"],
                name="inbox_conve_status_86222b_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["champion_offered_at"], name="inbox_conve_champio_d31bfb_idx"
            ),
        ),
        migrations.DeleteModel(
            name="InboxNotification",
        ),
    ]
