"""Periodic jobs run by `openline worker` beside the task queue (Django Tasks has no
scheduler): the outbox sweep, feed polling. Apps register jobs when they are ready."""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import close_old_connections

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    every_seconds: float
    run: Callable[[], object]
    next_at: float = 0.0


_jobs: dict[str, Job] = {}


def register(name: str, every_seconds: float, run: Callable[[], object]) -> None:
    _jobs[name] = Job(name, every_seconds, run)


def run_due(now: float | None = None) -> list[str]:
    """Runs every job whose time has come; a failing job is logged and retried next time."""
    now = time.monotonic() if now is None else now
    ran = []
    for job in _jobs.values():
        if now < job.next_at:
            continue
        job.next_at = now + job.every_seconds
        try:
            job.run()
        except Exception:
            log.exception("Periodic job %s failed", job.name)
        ran.append(job.name)
    return ran


def start_thread(stop: threading.Event, tick: float = 1.0) -> threading.Thread:
    def loop() -> None:
        while not stop.is_set():
            close_old_connections()
            run_due()
            stop.wait(tick)
        close_old_connections()

    thread = threading.Thread(target=loop, name="openline-periodic", daemon=True)
    thread.start()
    return thread
