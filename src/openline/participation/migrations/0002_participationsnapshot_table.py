"""The snapshot table takes participation's name (rows kept: a rename), and its content type
follows, so admin permissions stay attached and no stale type is left behind."""

from django.db import migrations

MODEL = "participationsnapshot"


def _move_content_type(apps, schema_editor, source: str, target: str) -> None:
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias
    )
    if not content_types.filter(app_label=target, model=MODEL).exists():
        content_types.filter(app_label=source, model=MODEL).update(app_label=target)


def forwards(apps, schema_editor) -> None:
    _move_content_type(apps, schema_editor, "insights", "participation")


def backwards(apps, schema_editor) -> None:
    _move_content_type(apps, schema_editor, "participation", "insights")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("insights", "0002_participationsnapshot_moved"),
        ("participation", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name=MODEL, table=None),
        migrations.RunPython(forwards, backwards),
    ]
