from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "openline.channels"
    verbose_name = _("Channels")
    label = "channels"

    def ready(self) -> None:
        from . import community, email, feeds, health, metrics, webhook
        from .social import bluesky, mastodon, polling, reddit, x

        health.install()
        metrics.install()
        for channel in (community, email, webhook, feeds):
            channel.install()
        for network in (mastodon, bluesky, x, reddit):  # each social network registers itself...
            network.install()
        polling.install()  # ...then the poller and the inbox adapters serve every one
        _register_settings()
        import_module(f"{self.name}.history_lines")  # how its settings history reads


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.inbox.permissions import can_manage_inbox_settings
    from openline.web.settings_sections import Section, register

    register(
        Section(
            "channels",
            _("Channels"),
            "channel_settings:list",
            _("Support addresses, webhooks, feeds and social accounts, with their health."),
            can_manage_inbox_settings,
            order=50,
        )
    )
