"""feedback 0001-0002 squashed (session 27): the tables as 0002_model_names leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("feedback", "0001_idea_links"), ("feedback", "0002_model_names")]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
        ("community", "0014_idea_statuses"),
        ("inbox", "0007_squashed_0015_time_zone_choices"),
        ("people", "0001_squashed_0005_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="IdeaLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("source", models.CharField(max_length=20)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("shipped_notified_at", models.DateTimeField(blank=True, null=True)),
                (
                    "conversation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="idea_links",
                        to="inbox.conversation",
                    ),
                ),
                (
                    "customer",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="people.person",
                    ),
                ),
                (
                    "idea",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="customer_links",
                        to="community.thread",
                    ),
                ),
                (
                    "linked_by",
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
                "ordering": ["created_at", "id"],
                "verbose_name": "idea link",
                "verbose_name_plural": "idea links",
                "indexes": [
                    models.Index(
                        fields=["conversation", "created_at"], name="feedback_id_convers_74eee9_idx"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("idea", "conversation"), name="one_link_per_idea"
                    )
                ],
            },
        ),
    ]
