"""Bookkeeping of django-tasks-db's result rows, run by `openline worker` as periodic jobs.

- A task stays RUNNING for ever when its worker is killed (SIGKILL, out of memory, the machine
  went down): django-tasks-db records success or failure only from the worker itself.
  `recover_lost_tasks` puts such a task back in the queue once (our tasks are safe to run
  again: deliveries are claimed and carry an idempotency key; at worst a mail goes twice rather
  than never), and marks it failed when it was already lost MAX_WORKERS_LOST times — a task
  that kills its worker must not kill every worker in turn.
- Finished results (successful or failed) are deleted after OPENLINE["TASK_RESULT_DAYS"]."""

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from . import heartbeat
from .models import WorkerHeartbeat

log = logging.getLogger(__name__)

MAX_WORKERS_LOST = 2
# A RUNNING task whose worker never beat (started by `openline db_worker` directly, or its
# heartbeat row already forgotten) is taken as lost only after this long.
UNKNOWN_WORKER_GRACE = timedelta(hours=1)
PRUNE_BATCH = 1000
LOST_EXCEPTION = "openline.core.task_results.WorkerLost"


class WorkerLost(Exception):
    """Recorded on a task given up because its worker stopped without finishing it."""


def _is_lost(
    row: "DBTaskResult[..., Any]", workers: dict[str, WorkerHeartbeat], now: datetime
) -> bool:
    worker = workers.get(row.worker_ids[-1]) if row.worker_ids else None
    if worker is not None:
        return not heartbeat.is_fresh(worker, now)
    return row.started_at is None or row.started_at < now - UNKNOWN_WORKER_GRACE


def recover_lost_tasks(now: datetime | None = None) -> dict[str, int]:
    """Re-queues or fails the RUNNING tasks whose worker is gone. Each change is a conditional
    UPDATE on (id, RUNNING, started_at), so a worker that does finish meanwhile wins."""
    now = now or timezone.now()
    running = list(DBTaskResult.objects.running().only("id", "worker_ids", "started_at"))
    if not running:
        return {"requeued": 0, "failed": 0}
    workers = {w.worker_id: w for w in WorkerHeartbeat.objects.all()}
    requeued = failed = 0
    for row in running:
        if not _is_lost(row, workers, now):
            continue
        same = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if len(row.worker_ids) < MAX_WORKERS_LOST:
            if same.update(status=TaskResultStatus.READY, started_at=None):
                requeued += 1
                log.warning("Task %s lost its worker %s; queued again", row.pk, row.worker_ids)
            continue
        gave_up = same.update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            return_value=None,
            exception_class_path=LOST_EXCEPTION,
            traceback=(
                f"WorkerLost: the worker running this task stopped without finishing it, "
                f"{len(row.worker_ids)} times (workers {', '.join(row.worker_ids)})."
            ),
        )
        if gave_up:
            failed += 1
            log.error("Task %s lost %s workers; marked failed", row.pk, len(row.worker_ids))
    return {"requeued": requeued, "failed": failed}


def requeue_interrupted(worker_id: str) -> int:
    """Queues again the RUNNING tasks this worker claimed last: called when its loop stopped
    because the database went away (see `openline worker`), so none of them is running. The
    worker is alive and beating, so recover_lost_tasks would never take them."""
    running = DBTaskResult.objects.running().only("id", "worker_ids", "started_at")
    requeued = 0
    for row in running:
        if not row.worker_ids or row.worker_ids[-1] != worker_id:
            continue
        same = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if same.update(status=TaskResultStatus.READY, started_at=None):
            requeued += 1
            log.warning("Task %s was interrupted by a database outage; queued again", row.pk)
    return requeued


def prune_task_results(now: datetime | None = None) -> int:
    """Deletes finished results older than the retention, in batches so SQLite's write lock
    is never held long. Returns how many went."""
    now = now or timezone.now()
    days = settings.OPENLINE["TASK_RESULT_DAYS"]
    old = DBTaskResult.objects.filter(
        status__in=(TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED),
        finished_at__lt=now - timedelta(days=days),
    )
    deleted = 0
    while ids := list(old.order_by().values_list("id", flat=True)[:PRUNE_BATCH]):
        deleted += DBTaskResult.objects.filter(id__in=ids).delete()[0]
        if len(ids) < PRUNE_BATCH:
            break
    heartbeat.forget_old(now)
    return deleted
