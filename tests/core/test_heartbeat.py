from datetime import timedelta

import pytest
from django.utils import timezone

from openline.core import heartbeat
from openline.core.models import WorkerHeartbeat


@pytest.fixture
def worker(db):
    heartbeat.beat("host-1-abc")
    return WorkerHeartbeat.objects.get(pk="host-1-abc")


def test_a_beat_creates_the_workers_row_and_the_next_one_only_moves_seen_at(db):
    start = timezone.now()
    heartbeat.beat("host-1-abc", now=start)
    heartbeat.beat("host-1-abc", now=start + timedelta(seconds=10))
    row = WorkerHeartbeat.objects.get()
    assert (row.started_at, row.seen_at) == (start, start + timedelta(seconds=10))


def test_a_worker_that_beat_just_now_is_alive(worker):
    assert heartbeat.missing_worker() is None


def test_no_worker_at_all_is_missing_and_says_none_ever_ran(db):
    assert heartbeat.missing_worker() == {"since": ""}


def test_a_worker_silent_for_over_a_minute_is_missing_for_that_long(worker):
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(minutes=3, seconds=5))
    assert heartbeat.missing_worker() == {"since": "3 minutes"}


def test_a_worker_that_stopped_is_not_alive_even_just_after(worker):
    heartbeat.stopped(worker.pk)
    assert heartbeat.missing_worker() == {"since": "less than a minute"}


def test_the_last_heartbeat_is_read_once_per_process_while_cached(
    worker, django_assert_num_queries
):
    with django_assert_num_queries(1):
        heartbeat.missing_worker()
        heartbeat.missing_worker()


def test_the_worker_id_fits_django_tasks_db(db):
    assert len(heartbeat.new_worker_id()) <= 64
