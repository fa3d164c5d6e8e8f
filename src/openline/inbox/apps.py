from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "openline.inbox"
    label = "inbox"

    def ready(self) -> None:
        from openline.core import periodic

        from . import privacy
        from .champions.actions import return_late_turns
        from .tasks import sweep_outbox

        periodic.register("inbox.sweep_outbox", 30, sweep_outbox)
        periodic.register("inbox.return_late_champion_turns", 60, return_late_turns)
        privacy.install()
