from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "openline.channels"
    label = "channels"

    def ready(self) -> None:
        from . import community, email, feeds, health, webhook

        health.install()
        for channel in (community, email, webhook, feeds):
            channel.install()
