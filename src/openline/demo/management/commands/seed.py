import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from openline.demo.scale import seed_scale
from openline.demo.seed import seed_bulk


class Command(BaseCommand):
    help = (
        "Adds generated data for benchmarks: --threads N threads of demo text and one public "
        "thread with many replies; or --posts N community posts and --messages N inbox "
        "messages written in bulk (millions in minutes; see openline/demo/scale.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--threads", type=int, default=0)
        parser.add_argument("--big-thread-replies", type=int, default=50)
        parser.add_argument("--posts", type=int, default=0, help="community posts, in bulk")
        parser.add_argument("--messages", type=int, default=0, help="inbox messages, in bulk")

    def handle(self, *args, threads, big_thread_replies, posts, messages, **options):
        if not (threads or posts or messages):
            raise CommandError("Say how much: --threads, --posts and/or --messages.")
        self.verbosity = options.get("verbosity", 1)
        call_command("migrate", interactive=False, verbosity=0)
        if threads:
            big = seed_bulk(threads, big_thread_replies=big_thread_replies)
            self.stdout.write(
                f"Added {threads} threads. Thread with {big_thread_replies}+ replies:"
            )
            self.stdout.write(big.get_absolute_url())
        if posts or messages:
            started = time.perf_counter()
            report = seed_scale(posts=posts, messages=messages, progress=self._progress)
            self.stdout.write(
                f"Added {report.posts:,} posts in {report.threads:,} threads and "
                f"{report.messages:,} messages in {report.conversations:,} conversations in "
                f"{time.perf_counter() - started:.0f} s "
                f"({', '.join(f'{k} {v:.0f} s' for k, v in report.seconds.items())}). "
                "Embeddings are left to `openline worker`."
            )

    def _progress(self, line: str) -> None:
        if self.verbosity >= 2:
            self.stdout.write(line)
