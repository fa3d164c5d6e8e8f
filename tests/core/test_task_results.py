from datetime import timedelta

import pytest
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from openline.core import heartbeat, task_results
from openline.core.models import WorkerHeartbeat

NOW = timezone.now()


def task_row(status=TaskResultStatus.RUNNING, workers=("host-1-abc",), **fields):
    return DBTaskResult.objects.create(
        status=status,
        task_path="openline.inbox.tasks.deliver",
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        worker_ids=list(workers),
        started_at=fields.pop("started_at", NOW - timedelta(minutes=2)),
        **fields,
    )


@pytest.fixture
def killed_worker(db):
    """Its last beat was two minutes ago and it never said it stopped: SIGKILL, OOM."""
    heartbeat.beat("host-1-abc", now=NOW - timedelta(minutes=2))


@pytest.fixture
def live_worker(db):
    heartbeat.beat("host-1-abc", now=NOW - timedelta(seconds=5))


def test_a_task_left_running_by_a_killed_worker_is_queued_again(killed_worker):
    row = task_row()
    assert task_results.recover_lost_tasks(NOW) == {"requeued": 1, "failed": 0}
    row.refresh_from_db()
    assert (row.status, row.started_at, row.worker_ids) == ("READY", None, ["host-1-abc"])
    assert DBTaskResult.objects.ready().filter(pk=row.pk).exists()


def test_a_task_of_a_live_worker_is_left_running(live_worker):
    row = task_row()
    assert task_results.recover_lost_tasks(NOW) == {"requeued": 0, "failed": 0}
    row.refresh_from_db()
    assert row.status == "RUNNING"


def test_a_task_that_lost_its_worker_twice_is_marked_failed_not_run_a_third_time(killed_worker):
    heartbeat.beat("host-0-old", now=NOW - timedelta(hours=1))
    row = task_row(workers=("host-0-old", "host-1-abc"))
    assert task_results.recover_lost_tasks(NOW) == {"requeued": 0, "failed": 1}
    row.refresh_from_db()
    assert (row.status, row.finished_at) == ("FAILED", NOW)
    assert row.exception_class_path == task_results.LOST_EXCEPTION
    assert "2 times" in row.traceback


def test_a_task_of_a_worker_without_heartbeat_waits_for_the_grace_period(db):
    recent = task_row(started_at=NOW - timedelta(minutes=30))
    old = task_row(started_at=NOW - task_results.UNKNOWN_WORKER_GRACE - timedelta(minutes=1))
    assert task_results.recover_lost_tasks(NOW) == {"requeued": 1, "failed": 0}
    assert DBTaskResult.objects.get(pk=recent.pk).status == "RUNNING"
    assert DBTaskResult.objects.get(pk=old.pk).status == "READY"


def test_a_task_finished_meanwhile_is_not_touched(killed_worker, monkeypatch):
    row = task_row()
    original = task_results._is_lost

    def finish_then_judge(candidate, workers, now):
        DBTaskResult.objects.filter(pk=candidate.pk).update(status="SUCCESSFUL")
        return original(candidate, workers, now)

    monkeypatch.setattr(task_results, "_is_lost", finish_then_judge)
    assert task_results.recover_lost_tasks(NOW) == {"requeued": 0, "failed": 0}
    assert DBTaskResult.objects.get(pk=row.pk).status == "SUCCESSFUL"


def test_finished_results_older_than_the_retention_are_pruned(db, settings):
    settings.OPENLINE = {**settings.OPENLINE, "TASK_RESULT_DAYS": 7}
    old_ok = task_row("SUCCESSFUL", finished_at=NOW - timedelta(days=8))
    old_failed = task_row("FAILED", finished_at=NOW - timedelta(days=8))
    recent = task_row("SUCCESSFUL", finished_at=NOW - timedelta(days=6))
    waiting = task_row("READY", started_at=None)
    assert task_results.prune_task_results(NOW) == 2
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert left == {recent.pk, waiting.pk}
    assert not left & {old_ok.pk, old_failed.pk}


def test_pruning_goes_in_batches(db, monkeypatch):
    monkeypatch.setattr(task_results, "PRUNE_BATCH", 2)
    for _ in range(5):
        task_row("SUCCESSFUL", finished_at=NOW - timedelta(days=30))
    assert task_results.prune_task_results(NOW) == 5
    assert not DBTaskResult.objects.exists()


def test_pruning_forgets_workers_gone_for_a_day(db):
    heartbeat.beat("gone", now=NOW - timedelta(days=2))
    heartbeat.beat("here", now=NOW)
    task_results.prune_task_results(NOW)
    assert list(WorkerHeartbeat.objects.values_list("pk", flat=True)) == ["here"]


def test_the_worker_runs_recovery_every_minute_and_pruning_every_hour():
    from openline.core import periodic

    jobs = {name: job.every_seconds for name, job in periodic._jobs.items()}
    assert jobs["core.recover_lost_tasks"] == 60
    assert jobs["core.prune_task_results"] == 3600


def test_a_live_workers_task_interrupted_by_a_database_outage_is_queued_again(live_worker):
    """The worker survived the outage (and beats on), so only it can hand the task on."""
    interrupted = task_row()
    other_workers = task_row(workers=("host-2-xyz",))
    finished = task_row(status=TaskResultStatus.SUCCESSFUL, finished_at=NOW)
    assert task_results.requeue_interrupted("host-1-abc") == 1
    interrupted.refresh_from_db()
    other_workers.refresh_from_db()
    finished.refresh_from_db()
    assert (interrupted.status, interrupted.started_at) == ("READY", None)
    assert other_workers.status == "RUNNING"
    assert finished.status == "SUCCESSFUL"
