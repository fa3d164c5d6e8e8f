"""Background work of participation, run by `openline worker`: the recompute of every
member's figures (queued every PEOPLE_RECOMPUTE_SECONDS, and by a moderator on demand)."""

from typing import Any

from django.core.cache import cache
from django.tasks import task

from .actions import recompute_people

_QUEUED_KEY = "participation:recompute-queued"


@task()
def recompute_people_task() -> dict[str, Any]:
    cache.delete(_QUEUED_KEY)
    return recompute_people()


def enqueue_recompute() -> bool:
    """Queues a recompute unless one is already waiting. Returns whether it queued one."""
    if not cache.add(_QUEUED_KEY, 1, timeout=3600):
        return False
    recompute_people_task.enqueue()
    return True
