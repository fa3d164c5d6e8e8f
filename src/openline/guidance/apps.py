from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "openline.guidance"
    label = "guidance"
    verbose_name = "Guidance"

    def ready(self) -> None:
        from openline.core.publishing import register_check

        from .publishing import guidance_check

        register_check(guidance_check)
