"""Week rollups: the day rows merged per company week. The policies' fingerprint is dropped so
that the worker's next run is a full one, which writes every week from the days."""

from django.db import migrations, models


def rebuild_at_the_next_run(apps, schema_editor):
    apps.get_model("insights", "RollupFingerprint").objects.filter(source="policies").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0005_service_durations_packed"),
    ]

    operations = [
        migrations.RunPython(rebuild_at_the_next_run, migrations.RunPython.noop),
        migrations.CreateModel(
            name="ServiceAgentWeek",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("account_id", models.PositiveIntegerField()),
                ("space_id", models.PositiveIntegerField(default=0)),
                ("conversations", models.PositiveIntegerField(default=0)),
                ("answered", models.PositiveIntegerField(default=0)),
                ("first_response_business", models.BinaryField(default=b"")),
                ("first_response_clock", models.BinaryField(default=b"")),
                ("sla_answered", models.PositiveIntegerField(default=0)),
                ("sla_met", models.PositiveIntegerField(default=0)),
                ("unanswered_due", models.BinaryField(default=b"")),
                ("solved", models.PositiveIntegerField(default=0)),
                ("resolution_business", models.BinaryField(default=b"")),
                ("ever_solved", models.PositiveIntegerField(default=0)),
                ("reopened", models.PositiveIntegerField(default=0)),
                ("assignee_id", models.PositiveIntegerField(default=0)),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["assignee_id", "day"], name="insights_se_assigne_459381_idx"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("day", "account_id", "space_id", "assignee_id"),
                        name="one_service_agent_week",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ServiceWeek",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("account_id", models.PositiveIntegerField()),
                ("space_id", models.PositiveIntegerField(default=0)),
                ("conversations", models.PositiveIntegerField(default=0)),
                ("answered", models.PositiveIntegerField(default=0)),
                ("first_response_business", models.BinaryField(default=b"")),
                ("first_response_clock", models.BinaryField(default=b"")),
                ("sla_answered", models.PositiveIntegerField(default=0)),
                ("sla_met", models.PositiveIntegerField(default=0)),
                ("unanswered_due", models.BinaryField(default=b"")),
                ("solved", models.PositiveIntegerField(default=0)),
                ("resolution_business", models.BinaryField(default=b"")),
                ("ever_solved", models.PositiveIntegerField(default=0)),
                ("reopened", models.PositiveIntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("day", "account_id", "space_id"), name="one_service_week"
                    )
                ],
            },
        ),
    ]
