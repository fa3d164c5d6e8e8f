from importlib import import_module
from typing import TYPE_CHECKING, Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from openline.accounts.models import User


class InboxConfig(AppConfig):
    name = "openline.inbox"
    verbose_name = _("Inbox")
    label = "inbox"

    def ready(self) -> None:
        from openline.core import periodic
        from openline.core.links import name_links
        from openline.notifications import visibility

        from . import privacy
        from .actions import CONVERSATION
        from .champions.actions import return_late_turns
        from .models import ChampionOptIn, Conversation
        from .permissions import can_use_inbox
        from .tasks import sweep_outbox

        def conversation_ids(user: "User") -> "QuerySet[Any, Any] | None":
            return None if can_use_inbox(user) else Conversation.objects.none().values("pk")

        visibility.register(CONVERSATION, conversation_ids)
        name_links(ChampionOptIn.areas, _("champion-area link"), _("champion-area links"))

        periodic.register("inbox.sweep_outbox", 30, sweep_outbox)
        periodic.register("inbox.return_late_champion_turns", 60, return_late_turns)
        privacy.install()
        _register_settings()
        import_module(f"{self.name}.history_lines")  # how its settings history reads
        import_module(f"{self.name}.notification_lines")  # how its notifications read


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.web.settings_sections import Section, register

    from .permissions import can_manage_champion_areas, can_manage_inbox_settings

    register(Section("sla", _("SLA policies"), "inbox_settings:sla",
                     _("Response targets, their time zone and weekly business hours."),
                     can_manage_inbox_settings, order=10))  # fmt: skip
    register(Section("canned", _("Canned replies"), "inbox_settings:canned",
                     _("Saved answers agents insert, with their variables."),
                     can_manage_inbox_settings, order=20))  # fmt: skip
    register(Section("champion_areas", _("Champion areas"), "champions:areas",
                     _("Which product areas are offered to opted-in champions."),
                     can_manage_champion_areas, order=60))  # fmt: skip
