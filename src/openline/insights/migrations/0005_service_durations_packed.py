"""The service rollups' lists of minutes become packed doubles (BLOB / bytea) instead of JSON
text. The rollups are derived: their rows are dropped here and the policies' fingerprint with
them, so the worker's next run (any run) rebuilds every day."""

from django.db import migrations, models

LISTS = ("first_response_business", "first_response_clock", "unanswered_due",
         "resolution_business")  # fmt: skip
MODELS = ("serviceday", "serviceagentday")


def drop_service_rollups(apps, schema_editor):
    for name in MODELS:
        apps.get_model("insights", name).objects.all().delete()
    fingerprints = apps.get_model("insights", "RollupFingerprint").objects
    fingerprints.filter(source__in=["service", "policies"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0004_voice_days"),
    ]

    operations = [
        migrations.RunPython(drop_service_rollups, migrations.RunPython.noop),
        *(migrations.RemoveField(model_name=m, name=f) for m in MODELS for f in LISTS),
        *(
            migrations.AddField(model_name=m, name=f, field=models.BinaryField(default=b""))
            for m in MODELS
            for f in LISTS
        ),
    ]
