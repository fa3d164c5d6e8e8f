from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("inbox", "0008_service_insights"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="conversation",
            index=models.Index(
                fields=["status", "account", "created_at"], name="inbox_conve_status_b93d1d_idx"
            ),
        ),
    ]
