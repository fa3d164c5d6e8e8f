from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "openline.channels"
    label = "channels"

    def ready(self) -> None:
        from . import community, health

        health.install()
        community.install()
        from . import email

        email.install()
        __import__("openline.channels.webhook", fromlist=["install"]).install()
        __import__("openline.channels.feeds", fromlist=["install"]).install()
