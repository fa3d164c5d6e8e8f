"""language 0001-0005 squashed (session 27): the tables as 0005_model_names leaves them, made at once (their data steps have no rows
to change on a new database), so that a
new database, and every test run, migrates in a fraction of the time. A database that
has every replaced migration records this one as applied without running it; one that
has some of them keeps running the old files (`replaces`)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("language", "0001_initial"),
        ("language", "0002_text_label"),
        ("language", "0003_text_label_product_area_and_origin"),
        ("language", "0004_label_changed_at"),
        ("language", "0005_model_names"),
    ]

    initial = True

    dependencies = [
        ("accounts", "0001_squashed_0009_model_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="Embedding",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.BigIntegerField()),
                ("model_id", models.CharField(max_length=60)),
                ("text_hash", models.CharField(max_length=16)),
                ("vector", models.BinaryField()),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "verbose_name": "text vector",
                "verbose_name_plural": "text vectors",
                "indexes": [models.Index(fields=["kind", "id"], name="embedding_kind_sequence")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "object_id"), name="one_embedding_per_object"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="TextLabel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("kind", models.CharField(max_length=20)),
                ("object_id", models.BigIntegerField()),
                ("intent", models.CharField(max_length=16)),
                ("intent_confidence", models.FloatField()),
                ("sentiment", models.CharField(max_length=10)),
                ("sentiment_score", models.FloatField()),
                ("language", models.CharField(max_length=8)),
                ("model_id", models.CharField(max_length=40)),
                ("text_hash", models.CharField(max_length=16)),
                ("corrected_intent", models.CharField(blank=True, max_length=16)),
                ("corrected_sentiment", models.CharField(blank=True, max_length=10)),
                ("corrected_at", models.DateTimeField(blank=True, null=True)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "corrected_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                ("channel", models.CharField(blank=True, default="", max_length=20)),
                ("product_area", models.CharField(blank=True, default="", max_length=60)),
                ("product_area_score", models.FloatField(blank=True, null=True)),
                ("product_area_source", models.CharField(blank=True, default="", max_length=10)),
                ("written_at", models.DateTimeField(blank=True, null=True)),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "verbose_name": "text reading",
                "verbose_name_plural": "text readings",
                "indexes": [
                    models.Index(
                        fields=["product_area", "written_at"], name="textlabel_area_written"
                    ),
                    models.Index(
                        fields=["written_at", "changed_at"], name="textlabel_written_changed"
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "object_id"), name="one_label_per_object"
                    )
                ],
            },
        ),
    ]
