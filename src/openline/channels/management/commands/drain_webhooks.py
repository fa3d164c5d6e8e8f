import contextlib

from django.core.management.base import BaseCommand, CommandError

from openline.channels.webhook import queue as webhook_queue


class Command(BaseCommand):
    help = (
        "Stores queued webhooks as messages, in batches, until stopped or until --parent exits. "
        "`openline serve` starts it on SQLite; run it yourself beside another WSGI server."
    )

    def add_arguments(self, parser):
        parser.add_argument("--parent", type=int, help="exit when this process is gone")

    def handle(self, *args, parent, **options):
        if not webhook_queue.enabled():
            raise CommandError(
                "The webhook queue is off (PostgreSQL or OPENLINE_WEBHOOK_QUEUE=off)."
            )
        with contextlib.suppress(KeyboardInterrupt):
            webhook_queue.run_drainer(parent)
