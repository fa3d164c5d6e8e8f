from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "openline.feedback"
    label = "feedback"
    verbose_name = _("Voice of the customer")

    def ready(self) -> None:
        from . import listeners, privacy

        listeners.install()
        privacy.install()
        import_module(f"{self.name}.notification_lines")  # how its notifications read
