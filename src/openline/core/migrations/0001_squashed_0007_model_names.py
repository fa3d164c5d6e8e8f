"""core 0001-0007 squashed (session 27): the tables as 0007_model_names leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.core.management import call_command
from django.db import migrations, models


def create_cache_table(apps, schema_editor):
    """The shared cache's table (0003): `createcachetable` skips a table that exists."""
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    replaces = [
        ("core", "0001_initial"),
        ("core", "0002_worker_heartbeat"),
        ("core", "0003_shared_cache_table"),
        ("core", "0004_erasure_record"),
        ("core", "0005_rate_count_table"),
        ("core", "0006_settings_change"),
        ("core", "0007_model_names"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="Counter",
            fields=[
                ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("value", models.BigIntegerField(default=0)),
            ],
            options={
                "verbose_name": "counter",
                "verbose_name_plural": "counters",
            },
        ),
        migrations.CreateModel(
            name="RateCount",
            fields=[
                ("key", models.CharField(max_length=120, primary_key=True, serialize=False)),
                ("count", models.IntegerField(default=0)),
                (
                    "expires_at",
                    models.FloatField(help_text="Unix time after which the row counts no more."),
                ),
            ],
            options={
                "verbose_name": "rate-limit count",
                "verbose_name_plural": "rate-limit counts",
                "indexes": [
                    models.Index(fields=["expires_at"], name="core_rateco_expires_9a5515_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="WorkerHeartbeat",
            fields=[
                ("worker_id", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("hostname", models.CharField(max_length=255)),
                ("pid", models.PositiveIntegerField()),
                ("started_at", models.DateTimeField()),
                ("seen_at", models.DateTimeField()),
                ("stopped_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={
                "verbose_name": "worker heartbeat",
                "verbose_name_plural": "worker heartbeats",
                "indexes": [
                    models.Index(fields=["seen_at"], name="core_worker_seen_at_04927b_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="ErasureRecord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "actor_name",
                    models.CharField(
                        help_text="Who did it (their username then), or `operator` for the CLI.",
                        max_length=150,
                    ),
                ),
                (
                    "requested_by",
                    models.CharField(help_text="self, staff or operator", max_length=10),
                ),
                (
                    "subject",
                    models.CharField(
                        help_text="Row ids only, e.g. 'user 12, person 3'.", max_length=200
                    ),
                ),
                (
                    "policy",
                    models.CharField(help_text="What happened to their posts.", max_length=10),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True,
                        help_text="The request's reference, without personal data.",
                        max_length=300,
                    ),
                ),
                ("counts", models.JSONField(default=dict)),
                (
                    "actor",
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
                "ordering": ["-created_at", "-id"],
                "verbose_name": "erasure record",
                "verbose_name_plural": "erasure records",
                "indexes": [
                    models.Index(fields=["-created_at"], name="core_erasur_created_994d8e_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="SettingsChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("section", models.CharField(max_length=40)),
                (
                    "actor_name",
                    models.CharField(help_text="Their name then, kept if they go.", max_length=150),
                ),
                (
                    "summary",
                    models.CharField(help_text="What changed, never a secret.", max_length=500),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "actor",
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
                "ordering": ["-created_at", "-id"],
                "verbose_name": "settings change",
                "verbose_name_plural": "settings changes",
                "indexes": [
                    models.Index(
                        fields=["section", "-created_at", "-id"],
                        name="core_settin_section_6b0dae_idx",
                    )
                ],
            },
        ),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
