"""Every Openline app runs its own configuration: Django falls back to a bare AppConfig, whose
ready() does nothing, when an app's apps module holds more than one (session 22: a second
class in core/apps.py left the worker and the periodic jobs unregistered)."""

from django.apps import AppConfig, apps


def test_every_openline_app_is_configured_by_its_own_class():
    bare = [
        config.name
        for config in apps.get_app_configs()
        if config.name.startswith("openline.") and type(config) is AppConfig
    ]

    assert bare == []


def test_the_task_queue_reads_in_the_readers_language():
    assert type(apps.get_app_config("django_tasks_database")).__name__ == "TaskResultsConfig"
