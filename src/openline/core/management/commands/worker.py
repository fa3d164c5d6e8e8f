import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError, InterfaceError, OperationalError, connections

from openline.core import companions, heartbeat, periodic, task_results

log = logging.getLogger(__name__)
# While the database is away (a restart, a failover), the worker waits this long between tries,
# doubling up to the maximum: it stays up instead of exiting on the first lost connection.
RECONNECT_SECONDS = 1.0
RECONNECT_MAX_SECONDS = 30.0


def run_until_stopped(
    work: Callable[[], object],
    *,
    on_resume: Callable[[], object] = lambda: None,
    sleep: Callable[[float], object] = time.sleep,
) -> None:
    """Runs `work()` until it returns; when it raises because the database went away (a
    restart, a failover), closes every connection, waits and runs it again. django-tasks-db's
    worker loop raises on any such error, which would end the process: one restart of
    PostgreSQL would stop every worker until someone started them again. A task interrupted
    that way is still RUNNING under this worker's id: `on_resume` (once the database answers
    again) puts it back in the queue."""
    wait = RECONNECT_SECONDS
    resuming = False
    while True:
        started = time.monotonic()
        try:
            if resuming:
                on_resume()
                resuming = False
            work()
            return
        except (OperationalError, InterfaceError) as error:
            if time.monotonic() - started > RECONNECT_MAX_SECONDS:
                wait = RECONNECT_SECONDS  # it had worked meanwhile: a new outage
            log.warning("Database unavailable (%s); the worker tries again in %.0f s", error, wait)
            for connection in connections.all(initialized_only=True):
                with contextlib.suppress(DatabaseError):
                    connection.close()
            # The stopped loop's handlers would swallow a SIGTERM now: while waiting, a stop
            # request ends the process at once (no task is running).
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.default_int_handler)
            sleep(wait)
            wait = min(wait * 2, RECONNECT_MAX_SECONDS)
            resuming = True


class Command(BaseCommand):
    help = (
        "Runs background tasks (e-mails, deliveries) and periodic jobs (outbox sweep, feeds, "
        "task bookkeeping), recording a heartbeat every few seconds. `openline serve` starts "
        "one unless given --no-worker."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch", action="store_true", help="run what is due and queued, then exit"
        )
        parser.add_argument("--parent", type=int, help="exit when this process is gone")

    def handle(self, *args: Any, batch: bool, parent: int | None, **options: Any) -> None:
        if batch:
            periodic.run_due()
            call_command("db_worker", batch=True, interval=0.5)
            return
        worker_id = heartbeat.new_worker_id()
        stop = threading.Event()
        heartbeat.start_thread(worker_id, stop)
        periodic.start_thread(stop)
        companions.exit_with_parent(parent)
        try:
            run_until_stopped(
                lambda: call_command(
                    "db_worker",
                    interval=0.5,
                    worker_id=worker_id,
                    startup_delay=False,
                    reload=False,
                    verbosity=options["verbosity"],
                ),
                on_resume=lambda: task_results.requeue_interrupted(worker_id),
            )
        finally:
            stop.set()
            with contextlib.suppress(DatabaseError):
                heartbeat.stopped(worker_id)
