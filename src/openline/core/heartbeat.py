"""Is a worker alive? Each `openline worker` touches its `WorkerHeartbeat` row every
BEAT_SECONDS from a thread of its own (a periodic job could wait behind a slow feed poll);
a worker not seen for STALE_SECONDS counts as gone.

Readers: the staff header (`missing_worker`, one cached read per process every
CACHE_SECONDS, never for anonymous visitors), `openline status`, and task bookkeeping
(`task_results.recover_lost_tasks`), which hands a gone worker's RUNNING tasks on."""

import logging
import os
import socket
import threading
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import close_old_connections
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import npgettext, pgettext

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


def _last_seen() -> tuple[float, float]:
    """(last beat of a running worker, last beat of any worker) as timestamps, NEVER if none.
    Cached per process for CACHE_SECONDS, so a signed-in staff page costs a query at most that
    often."""
    cached: tuple[float, float] | None = cache.get(_CACHE_KEY)
    if cached is None:
        seen = WorkerHeartbeat.objects.aggregate(
            running=Max("seen_at", filter=Q(stopped_at__isnull=True)), any=Max("seen_at")
        )
        running, last = (seen[k].timestamp() if seen[k] else NEVER for k in ("running", "any"))
        cached = (running, last)
        cache.set(_CACHE_KEY, cached, CACHE_SECONDS)
    return cached


def missing_worker(now: datetime | None = None) -> dict[str, str] | None:
    """For the staff header: None while a worker is alive, else {"since": "3 minutes"} since
    the last beat of any worker ("" when none ever ran)."""
    now_ts = (now or timezone.now()).timestamp()
    running, last = _last_seen()
    if running != NEVER and now_ts - running < STALE_SECONDS:
        return None
    return {"since": "" if last == NEVER else _duration(max(now_ts - last, 0.0))}


def _duration(seconds: float) -> str:
    """After "seen for" in the reader's language (German: "seit 5 Minuten", a case of its own,
    hence the context)."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return pgettext("seen for", "less than a minute")
    if minutes < 60:
        return npgettext("seen for", "%(num)d minute", "%(num)d minutes", minutes) % {
            "num": minutes
        }
    hours = minutes // 60
    if hours < 48:
        return npgettext("seen for", "%(num)d hour", "%(num)d hours", hours) % {"num": hours}
    days = hours // 24
    return npgettext("seen for", "%(num)d day", "%(num)d days", days) % {"num": days}


def forget_old(now: datetime | None = None) -> int:
    """Rows of workers gone for a day go; a RUNNING task still naming one is recovered as a
    task of an unknown worker (task_results.UNKNOWN_WORKER_GRACE)."""
    now = now or timezone.now()
    deleted, _ = WorkerHeartbeat.objects.filter(seen_at__lt=now - FORGET_AFTER).delete()
    return deleted
