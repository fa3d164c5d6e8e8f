from importlib import import_module
from typing import TYPE_CHECKING, Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from openline.accounts.models import User


class CommunityConfig(AppConfig):
    name = "openline.community"
    verbose_name = _("Community")
    label = "community"

    def ready(self) -> None:
        from openline.core import periodic
        from openline.core.links import name_links
        from openline.notifications import visibility

        from . import privacy, searchcounts
        from .models import Thread
        from .notify import THREAD
        from .selectors import visible_threads

        def thread_ids(user: "User") -> "QuerySet[Any, Any] | None":
            if user.is_staff_member:
                return None
            return visible_threads(user).values("pk")

        visibility.register(THREAD, thread_ids)
        name_links(Thread.tags, _("thread-tag link"), _("thread-tag links"))
        privacy.install()
        import_module(f"{self.name}.notification_lines")  # how its notifications read
        # PostgreSQL: the search counts' rows summed into one per word (nothing on SQLite).
        periodic.register(
            "community.fold_search_counts", searchcounts.FOLD_SECONDS, searchcounts.fold
        )
