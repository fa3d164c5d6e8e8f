from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "openline.channels"
    label = "channels"

    def ready(self) -> None:
        from . import community, email, feeds, health, webhook
        from .social import bluesky, mastodon, polling, reddit, x

        health.install()
        for channel in (community, email, webhook, feeds):
            channel.install()
        for network in (mastodon, bluesky, x, reddit):  # each social network registers itself...
            network.install()
        polling.install()  # ...then the poller and the inbox adapters serve every one
