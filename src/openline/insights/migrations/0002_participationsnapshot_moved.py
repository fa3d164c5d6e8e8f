"""ParticipationSnapshot now belongs to participation (participation 0001 took it over with its
table); insights forgets it without touching the database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0001_initial"),
        ("participation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ParticipationSnapshot")],
            database_operations=[],
        ),
    ]
