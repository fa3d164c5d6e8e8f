from django.apps import AppConfig


class HooksConfig(AppConfig):
    name = "openline.hooks"
    label = "hooks"
    verbose_name = "Event webhooks"

    def ready(self) -> None:
        from openline.core import periodic

        from . import metrics, privacy, recording
        from .tasks import sweep

        metrics.install()
        privacy.install()
        recording.install()
        periodic.register("hooks.sweep_deliveries", 30, sweep)
