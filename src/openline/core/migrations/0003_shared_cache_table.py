"""The table of the shared database cache (settings CACHES["shared"], used for rate limits when
there is no Redis). `createcachetable` skips tables that exist and caches that are not in the
database, so this is safe to run on every database."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_worker_heartbeat"),
    ]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
