from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HooksConfig(AppConfig):
    name = "openline.hooks"
    label = "hooks"
    verbose_name = _("Event webhooks")

    def ready(self) -> None:
        from openline.core import periodic

        from . import metrics, privacy, recording
        from .tasks import sweep

        metrics.install()
        privacy.install()
        recording.install()
        periodic.register("hooks.sweep_deliveries", 30, sweep)
