from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "openline.insights"
    label = "insights"
    verbose_name = "Insights"
