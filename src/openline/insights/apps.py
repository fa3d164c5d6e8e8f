from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "openline.insights"
    label = "insights"
    verbose_name = _("Insights")

    def ready(self) -> None:
        from openline.core import periodic

        from .rollups import rebuild, refresh, refresh_recent

        # What came in over the last 35 days within a minute (an index range), a change to any
        # older conversation or question within ten minutes (one scan of the table), and the
        # whole history rebuilt once a day and at start.
        periodic.register("insights.rebuild_rollups", 24 * 3600, rebuild)
        periodic.register("insights.refresh_recent_rollups", 60, refresh_recent)
        periodic.register("insights.refresh_rollups", 600, refresh)
