from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "openline.participation"
    label = "participation"
    verbose_name = _("Participation")

    def ready(self) -> None:
        from openline.core import periodic

        from .tasks import enqueue_recompute

        every = settings.OPENLINE.get("PEOPLE_RECOMPUTE_SECONDS", 900)
        periodic.register("participation.recompute_people", every, enqueue_recompute)
