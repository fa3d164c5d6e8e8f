from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Set in the web server's environment while `openline serve` runs a worker beside it.
WORKER_FLAG = "OPENLINE_WORKER_COMPANION"


class CoreConfig(AppConfig):
    name = "openline.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from . import backup, companions, periodic, ratelimit, task_results

        periodic.register("core.recover_lost_tasks", 60, task_results.recover_lost_tasks)
        periodic.register("core.prune_task_results", 3600, task_results.prune_task_results)
        periodic.register("core.scheduled_backup", 300, backup.scheduled_backup)
        periodic.register("core.prune_rate_counts", 600, ratelimit.prune_counts)
        companions.register("worker", WORKER_FLAG, lambda: True)
