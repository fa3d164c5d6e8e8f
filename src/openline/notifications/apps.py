from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "openline.notifications"
    verbose_name = _("Notifications")
    label = "notifications"

    def ready(self) -> None:
        from openline.core import periodic

        from . import privacy
        from .tasks import enqueue_due_digests

        privacy.install()

        periodic.register("notifications.daily_digests", 600, enqueue_due_digests)
