import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand

from openline.core import periodic


class Command(BaseCommand):
    help = "Runs background tasks (e-mails, deliveries) and periodic jobs (outbox sweep, feeds)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="run what is due and queued, then exit"
        )

    def handle(self, *args, batch, **options):
        if batch:
            periodic.run_due()
            call_command("db_worker", batch=True, interval=0.5)
            return
        stop = threading.Event()
        periodic.start_thread(stop)
        try:
            call_command("db_worker", interval=0.5)
        finally:
            stop.set()
