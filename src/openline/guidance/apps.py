from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "openline.guidance"
    label = "guidance"
    verbose_name = "Guidance"
