"""notifications 0003-0007 squashed (session 27): what 0003-0007 change, worked out from the states (no data steps in them), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
import openline.core.migration_operations
import openline.notifications.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("notifications", "0003_moderation"),
        ("notifications", "0004_idea_shipped_kind"),
        ("notifications", "0005_model_names"),
        ("notifications", "0006_field_names"),
        ("notifications", "0007_about_type_choices"),
    ]

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("notifications", "0002_copy_from_community_and_inbox"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="digestsent",
            options={"verbose_name": "digest sent", "verbose_name_plural": "digests sent"},
        ),
        migrations.AlterModelOptions(
            name="follow",
            options={"verbose_name": "follow", "verbose_name_plural": "follows"},
        ),
        migrations.AlterModelOptions(
            name="notification",
            options={
                "ordering": ["-created_at", "-id"],
                "verbose_name": "notification",
                "verbose_name_plural": "notifications",
            },
        ),
        migrations.AlterModelOptions(
            name="preference",
            options={
                "verbose_name": "notification preference",
                "verbose_name_plural": "notification preferences",
            },
        ),
        openline.core.migration_operations.AlterFieldLabels(
            changes=[
                (
                    "digestsent",
                    "count",
                    models.PositiveIntegerField(default=0, verbose_name="items"),
                ),
                ("digestsent", "day", models.DateField(verbose_name="day")),
                (
                    "digestsent",
                    "sent_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="sent"),
                ),
                (
                    "digestsent",
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
                ("follow", "about_id", models.PositiveBigIntegerField(verbose_name="about (ID)")),
                (
                    "follow",
                    "about_type",
                    models.CharField(
                        choices=openline.notifications.models.about_types,
                        max_length=32,
                        verbose_name="about (type)",
                    ),
                ),
                ("follow", "active", models.BooleanField(default=True, verbose_name="active")),
                (
                    "follow",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                ("follow", "label", models.CharField(max_length=200, verbose_name="label")),
                ("follow", "url", models.CharField(max_length=500, verbose_name="URL")),
                (
                    "follow",
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
                (
                    "notification",
                    "about_id",
                    models.PositiveBigIntegerField(verbose_name="about (ID)"),
                ),
                (
                    "notification",
                    "about_type",
                    models.CharField(
                        choices=openline.notifications.models.about_types,
                        max_length=32,
                        verbose_name="about (type)",
                    ),
                ),
                (
                    "notification",
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="actor",
                    ),
                ),
                (
                    "notification",
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "notification",
                    "delivery",
                    models.CharField(
                        choices=[
                            ("app", "On the site only"),
                            ("email", "On the site and by e-mail at once"),
                            ("digest", "On the site and in a daily e-mail"),
                            ("off", "Off"),
                        ],
                        default="app",
                        max_length=8,
                        verbose_name="delivery",
                    ),
                ),
                (
                    "notification",
                    "detail_id",
                    models.PositiveBigIntegerField(
                        blank=True, null=True, verbose_name="reply or message (ID)"
                    ),
                ),
                (
                    "notification",
                    "emailed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="e-mailed"),
                ),
                (
                    "notification",
                    "kind",
                    models.CharField(
                        choices=[
                            ("community.reply", "Replies in threads you follow"),
                            ("community.mention", "Mentions of you in the community"),
                            ("community.accepted", "Your answer accepted"),
                            (
                                "community.status",
                                "Status changes on threads you asked or voted for",
                            ),
                            ("community.new_thread", "New threads in tags and spaces you follow"),
                            ("community.moderated", "Moderators' actions on your posts"),
                            ("inbox.mention", "Mentions of you in inbox notes"),
                            ("inbox.assigned", "Conversations assigned to you"),
                            (
                                "feedback.idea_shipped",
                                "Ideas your customers asked for have shipped",
                            ),
                        ],
                        max_length=32,
                        verbose_name="kind",
                    ),
                ),
                (
                    "notification",
                    "read_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="read"),
                ),
                (
                    "notification",
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recipient",
                    ),
                ),
                ("notification", "text", models.CharField(max_length=300, verbose_name="text")),
                ("notification", "url", models.CharField(max_length=500, verbose_name="URL")),
                (
                    "preference",
                    "delivery",
                    models.CharField(
                        choices=[
                            ("app", "On the site only"),
                            ("email", "On the site and by e-mail at once"),
                            ("digest", "On the site and in a daily e-mail"),
                            ("off", "Off"),
                        ],
                        max_length=8,
                        verbose_name="delivery",
                    ),
                ),
                (
                    "preference",
                    "kind",
                    models.CharField(
                        choices=[
                            ("community.reply", "Replies in threads you follow"),
                            ("community.mention", "Mentions of you in the community"),
                            ("community.accepted", "Your answer accepted"),
                            (
                                "community.status",
                                "Status changes on threads you asked or voted for",
                            ),
                            ("community.new_thread", "New threads in tags and spaces you follow"),
                            ("community.moderated", "Moderators' actions on your posts"),
                            ("inbox.mention", "Mentions of you in inbox notes"),
                            ("inbox.assigned", "Conversations assigned to you"),
                            (
                                "feedback.idea_shipped",
                                "Ideas your customers asked for have shipped",
                            ),
                        ],
                        max_length=32,
                        verbose_name="kind",
                    ),
                ),
                (
                    "preference",
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="member",
                    ),
                ),
            ],
        ),
    ]
