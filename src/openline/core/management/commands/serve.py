import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand

from openline.core import companions
from openline.core.db import refresh_statistics


class Command(BaseCommand):
    help = "Serves Openline with Granian, a production WSGI server; the app serves static files."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="processes")
        parser.add_argument(
            "--threads",
            type=int,
            default=1,
            help="request threads per process (1 is fastest for SQLite; raise it for PostgreSQL)",
        )

    def handle(self, *args, host, port, workers, threads, **options):
        call_command("collectstatic", interactive=False, verbosity=0)
        refresh_statistics()
        openline = str(Path(sys.executable).with_name("openline"))
        for companion in companions.wanted():
            # Started before the exec below, so its parent is the web server's main process.
            subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
                [openline, companion.command, "--parent", str(os.getpid())],
                start_new_session=False,
            )
            os.environ[companion.env_flag] = "1"
        granian = str(Path(sys.executable).with_name("granian"))
        argv = [
            granian,
            "--interface",
            "wsgi",
            "config.wsgi:application",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--blocking-threads",
            str(threads),
            "--no-ws",
            "--respawn-failed-workers",
        ]
        if options["verbosity"] > 1:
            argv.append("--access-log")
        self.stdout.write(
            f"Openline on http://{host}:{port}/ ({workers} workers, {threads} threads each)"
        )
        self.stdout.flush()
        os.execv(granian, argv)  # noqa: S606 - our own installed server, fixed arguments
