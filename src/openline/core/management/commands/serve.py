import os
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serves Openline with gunicorn (a production server); static files are served by the app."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
        parser.add_argument("--threads", type=int, default=4, help="threads per worker")

    def handle(self, *args, host, port, workers, threads, **options):
        call_command("collectstatic", interactive=False, verbosity=0)
        argv = [
            sys.executable, "-m", "gunicorn", "config.wsgi:application",
            "--bind", f"{host}:{port}", "--workers", str(workers),
            "--worker-class", "gthread", "--threads", str(threads),
            "--access-logfile", "-" if options["verbosity"] > 1 else "/dev/null",
            "--timeout", "60", "--graceful-timeout", "20",
        ]  # fmt: skip
        self.stdout.write(f"Openline on http://{host}:{port}/ ({workers} workers × {threads} threads)")
        self.stdout.flush()
        os.execv(sys.executable, argv)  # noqa: S606 - our own interpreter, fixed arguments
