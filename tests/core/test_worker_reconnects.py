"""`openline worker` outlives a database restart instead of exiting with it."""

import signal

import pytest
from django.db import InterfaceError, OperationalError

from openline.core.management.commands import worker


def test_a_lost_database_connection_is_waited_out_and_the_worker_runs_again(caplog):
    calls, waits = [], []

    def work():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("terminating connection due to administrator command")
        if len(calls) == 2:
            raise InterfaceError("the connection is closed")

    previous = signal.getsignal(signal.SIGTERM)
    try:
        worker.run_until_stopped(work, sleep=waits.append)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert len(calls) == 3  # ran again after each loss, then returned normally
    assert waits == [worker.RECONNECT_SECONDS, worker.RECONNECT_SECONDS * 2]
    assert "Database unavailable" in caplog.text


def test_the_interrupted_tasks_are_handed_on_once_the_database_answers_again():
    events = []

    def work():
        events.append("work")
        if events.count("work") == 1:
            raise OperationalError("the database system is shutting down")

    def on_resume():
        events.append("resume")
        if events.count("resume") == 1:  # still down on the first try
            raise OperationalError("connection refused")

    previous = signal.getsignal(signal.SIGTERM)
    try:
        worker.run_until_stopped(work, on_resume=on_resume, sleep=lambda seconds: None)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert events == ["work", "resume", "resume", "work"]


def test_the_wait_between_tries_stops_growing_at_the_maximum():
    waits = []

    def work():
        if len(waits) < 8:
            raise OperationalError("connection refused")

    previous = signal.getsignal(signal.SIGTERM)
    try:
        worker.run_until_stopped(work, sleep=waits.append)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert max(waits) == worker.RECONNECT_MAX_SECONDS


def test_other_errors_still_end_the_worker():
    def work():
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError, match="a bug"):
        worker.run_until_stopped(work, sleep=lambda seconds: None)
