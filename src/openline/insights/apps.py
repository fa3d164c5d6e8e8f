from django.apps import AppConfig
from django.conf import settings


class InsightsConfig(AppConfig):
    name = "openline.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        from openline.core import periodic

        from .tasks import enqueue_recompute

        every = settings.OPENLINE.get("PEOPLE_RECOMPUTE_SECONDS", 900)
        periodic.register("insights.recompute_people", every, enqueue_recompute)
