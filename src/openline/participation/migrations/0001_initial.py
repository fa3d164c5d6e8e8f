"""ParticipationSnapshot moves here from insights, table and rows kept: this migration only
takes the model into participation's state (the table insights 0001 created stays, under its
old name until 0002)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("insights", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ParticipationSnapshot",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("day", models.DateField()),
                        (
                            "days",
                            models.PositiveSmallIntegerField(
                                help_text="Length of the window in days."
                            ),
                        ),
                        ("computed_at", models.DateTimeField()),
                        ("counts", models.JSONField(default=dict)),
                        ("trend", models.JSONField(default=list)),
                        ("transitions", models.JSONField(default=dict)),
                    ],
                    options={
                        "db_table": "insights_participationsnapshot",
                        "ordering": ["-day"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("day", "days"), name="one_snapshot_per_day"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
