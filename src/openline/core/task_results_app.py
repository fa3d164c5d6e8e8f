"""The task queue's app (django_tasks_db) as INSTALLED_APPS names it, in a module of its own:
Django picks an app's configuration from its apps module only when that module holds exactly
one (core/apps.py holding two made Django fall back to a bare AppConfig for openline.core, whose
ready() then registered neither the worker nor the periodic jobs)."""

from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig


class TaskResultsConfig(TasksAppConfig):
    """The task queue's table, named in the reader's language in the admin: the dependency names
    its app in English only ("Tasks Database Backend")."""

    verbose_name = _("Background tasks")  # type: ignore[assignment]  # Django reads it as text
