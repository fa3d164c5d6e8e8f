from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "openline.community"
    label = "community"

    def ready(self) -> None:
        from . import privacy

        privacy.install()
