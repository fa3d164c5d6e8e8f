from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Runs background tasks (notification e-mails and later deliveries) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")

    def handle(self, *args, batch, **options):
        call_command("db_worker", batch=batch, interval=0.5)
