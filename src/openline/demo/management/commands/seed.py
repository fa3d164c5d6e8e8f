from django.core.management import call_command
from django.core.management.base import BaseCommand

from openline.demo.seed import seed_bulk


class Command(BaseCommand):
    help = "Adds N generated threads (for benchmarks) and one public thread with 50 replies."

    def add_arguments(self, parser):
        parser.add_argument("--threads", type=int, required=True)
        parser.add_argument("--big-thread-replies", type=int, default=50)

    def handle(self, *args, threads, big_thread_replies, **options):
        call_command("migrate", interactive=False, verbosity=0)
        big = seed_bulk(threads, big_thread_replies=big_thread_replies)
        self.stdout.write(f"Added {threads} threads. Thread with {big_thread_replies}+ replies:")
        self.stdout.write(big.get_absolute_url())
