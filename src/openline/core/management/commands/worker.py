import contextlib
import threading
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import DatabaseError

from openline.core import companions, heartbeat, periodic


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
            call_command(
                "db_worker",
                interval=0.5,
                worker_id=worker_id,
                startup_delay=False,
                reload=False,
                verbosity=options["verbosity"],
            )
        finally:
            stop.set()
            with contextlib.suppress(DatabaseError):
                heartbeat.stopped(worker_id)
