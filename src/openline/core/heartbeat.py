"""Is a worker alive? Each `openline worker` touches its `WorkerHeartbeat` row every
BEAT_SECONDS from a thread of its own (a periodic job could wait behind a slow feed poll);
a worker not seen for STALE_SECONDS counts as gone.

Readers: the staff header (`seconds_since_any_worker`, one cached read per process every
CACHE_SECONDS, never for anonymous visitors), `openline status`, and task bookkeeping
(`task_results.recover_lost_tasks`), which hands a gone worker's RUNNING tasks on."""

import logging
import os
import socket
import threading
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import close_old_connections
from django.db.models import Max
from django.utils import timezone
from django.utils.crypto import get_random_string

from .models import WorkerHeartbeat

log = logging.getLogger(__name__)

BEAT_SECONDS = 10
STALE_SECONDS = 60
CACHE_SECONDS = 10
FORGET_AFTER = timedelta(days=1)
_CACHE_KEY = "core:worker-last-seen"
NEVER = -1.0


def new_worker_id() -> str:
    """Unique across hosts and restarts, readable in `openline status` (≤ 64 characters, the
    limit of django-tasks-db's worker ids)."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(6)}"


def beat(worker_id: str, *, now: datetime | None = None) -> None:
    now = now or timezone.now()
    if WorkerHeartbeat.objects.filter(pk=worker_id).update(seen_at=now, stopped_at=None):
        return
    WorkerHeartbeat.objects.create(
        worker_id=worker_id,
        hostname=socket.gethostname()[:255],
        pid=os.getpid(),
        started_at=now,
        seen_at=now,
    )


def stopped(worker_id: str) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.filter(pk=worker_id).update(seen_at=now, stopped_at=now)


def start_thread(worker_id: str, stop: threading.Event) -> threading.Thread:
    def loop() -> None:
        while not stop.is_set():
            try:
                close_old_connections()
                beat(worker_id)
            except Exception:  # a locked or unreachable database: try again next beat
                log.exception("Could not record the worker's heartbeat")
            stop.wait(BEAT_SECONDS)
        close_old_connections()

    thread = threading.Thread(target=loop, name="openline-heartbeat", daemon=True)
    thread.start()
    return thread


def is_fresh(row: WorkerHeartbeat, now: datetime) -> bool:
    return row.stopped_at is None and row.seen_at >= now - timedelta(seconds=STALE_SECONDS)


def seconds_since_any_worker(now: datetime | None = None) -> float | None:
    """Seconds since a running worker last beat, or None when none ever did. Cached per
    process for CACHE_SECONDS, so a signed-in staff page costs a query at most that often."""
    now = now or timezone.now()
    last = cache.get(_CACHE_KEY)
    if last is None:
        seen = WorkerHeartbeat.objects.filter(stopped_at__isnull=True).aggregate(
            last=Max("seen_at")
        )["last"]
        last = seen.timestamp() if seen else NEVER
        cache.set(_CACHE_KEY, last, CACHE_SECONDS)
    if last == NEVER:
        return None
    return max(now.timestamp() - last, 0.0)


def missing_worker() -> dict | None:
    """For the staff header: None while a worker is alive, else {"since": "3 minutes"}
    ("since" is empty when no worker ever ran)."""
    since = seconds_since_any_worker()
    if since is not None and since < STALE_SECONDS:
        return None
    return {"since": "" if since is None else _duration(since)}


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours // 24} days"


def forget_old(now: datetime | None = None) -> int:
    """Rows of workers gone for a day go; a RUNNING task still naming one is recovered as a
    task of an unknown worker (task_results.UNKNOWN_WORKER_GRACE)."""
    now = now or timezone.now()
    deleted, _ = WorkerHeartbeat.objects.filter(seen_at__lt=now - FORGET_AFTER).delete()
    return deleted
