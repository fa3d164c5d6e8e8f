import errno
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.core import companions, lanes, metrics
from openline.core.db import refresh_statistics

# Environment defaults of --no-worker and --no-smtpd: "off" when they run elsewhere.
WORKER_ENV = "OPENLINE_SERVE_WORKER"
HELD_WAITS_ENV = "OPENLINE_SERVE_HELD_WAITS"
HOLDS_ENV = lanes.HOLDS_ENV  # inbox.holds: waits held per process on WSGI threads
# Off by default (session 17): with 500 inboxes open and a message every 2-3 s, the signed-in
# /inbox/ page served about half as many requests with held waits as with polls at load 26-33
# (bench/README.md, live-cost); 400 per process is what was measured (OPENLINE_SERVE_HOLDS=400).
DEFAULT_HOLDS = 0
HOLDS_MEASURED = 400
SMTPD_ENV = "OPENLINE_SERVE_SMTPD"


def env_off(name: str) -> bool:
    return os.environ.get(name, "on").lower() in {"off", "0", "false", "no"}


def check_port_free(host: str, port: int) -> None:
    """Granian binds with SO_REUSEPORT, so a second server on a taken port would start and
    silently take half the connections. Binding here without SO_REUSEPORT fails while any
    socket listens there (SO_REUSEADDR only lets us past connections in TIME_WAIT)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise CommandError(f"Cannot serve on {host}: {error}") from error
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise CommandError(
                    f"Port {port} on {host} is already in use — is another `openline serve` "
                    f"running? Stop it or choose another port (--port or PORT)."
                ) from error
            raise CommandError(f"Cannot serve on {host}:{port}: {error}") from error


def held_per_process() -> int:
    """OPENLINE_SERVE_HOLDS (0, the default: open inboxes poll every 500 ms as before)."""
    value = os.environ.get(HOLDS_ENV, "")
    return int(value) if value.isdigit() else DEFAULT_HOLDS


def site_url_for(host: str, port: int) -> str:
    """The base URL of links, canonical URLs and e-mails when OPENLINE_SITE_URL is not set."""
    if host in {"", "0.0.0.0", "::"}:  # noqa: S104 - the wildcard addresses, only compared
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def granian_argv(
    host: str,
    port: int,
    workers: int,
    threads: int,
    verbosity: int,
    *,
    held_waits: bool = False,
    holds: int = 0,
) -> list[str]:
    if held_waits:
        # ASGI so that open inboxes wait on the event loop; the pages are the WSGI application
        # on `threads` threads all the same (core.asgi, OPENLINE_SERVE_THREADS). It costs every
        # page more CPU than Granian's own WSGI interface (bench/README.md, session 8), so it is
        # for sites with hundreds of inboxes open at once, not the default.
        interface = ["--interface", "asgi", "config.asgi:application"]
        # Held inbox waits would keep a stopping worker up to 25 s; the pages ask again.
        tail = ["--workers-kill-timeout", "5"]
    else:
        interface = ["--interface", "wsgi", "config.wsgi:application"]
        # `threads` run pages (core.lanes' gate); the lane's threads beside them answer open
        # inboxes' polls without queueing behind a render; `holds` threads more hold open
        # inboxes' waits (inbox.holds: asleep, no CPU), so a page or a poll always finds one.
        blocking = threads + lanes.lane_threads() + holds
        # Granian admits backlog // workers requests per process by default: never fewer than
        # the threads, so that held waits cannot keep a page from being read.
        admitted = max(1024 // max(1, workers), blocking + 64)
        tail = ["--blocking-threads", str(blocking), "--backpressure", str(admitted)]
        if holds:
            # Held waits would keep a stopping worker up to 25 s; the pages ask again.
            tail += ["--workers-kill-timeout", "5"]
    argv = [
        str(Path(sys.executable).with_name("granian")),
        *interface,
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-ws",
        "--respawn-failed-workers",
        *tail,
    ]
    if verbosity > 1:
        argv.append("--access-log")
    return argv


class Command(BaseCommand):
    help = (
        "Serves Openline with Granian (ASGI: pages on --threads threads, open inboxes wait on the "
        "event loop); the app serves static files. "
        "Starts its companions beside it: a worker (unless --no-worker), `openline smtpd` when "
        "e-mail channels exist (unless --no-smtpd), the webhook drainer on SQLite."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="processes")
        parser.add_argument(
            "--threads",
            type=int,
            default=1,
            help="requests per process in Django at once (1 is fastest for SQLite; raise it for "
            f"PostgreSQL); open inboxes' polls get {lanes.LANE_THREADS} threads beside them "
            f"({lanes.LANE_ENV}=N, 0: none)",
        )
        parser.add_argument(
            "--held-waits",
            action="store_true",
            default=os.environ.get(HELD_WAITS_ENV, "off").lower() in {"on", "1", "true", "yes"},
            help="serve over ASGI so open inboxes wait for the next change instead of polling "
            f"(for hundreds of open inboxes; every page costs more CPU; {HELD_WAITS_ENV}=on)",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            default=env_off(WORKER_ENV),
            help=f"start no `openline worker`: workers run elsewhere ({WORKER_ENV}=off)",
        )
        parser.add_argument(
            "--no-smtpd",
            action="store_true",
            default=env_off(SMTPD_ENV),
            help=f"start no `openline smtpd` even when e-mail channels exist ({SMTPD_ENV}=off)",
        )

    def handle(
        self,
        *args: Any,
        host: str,
        port: int,
        workers: int,
        threads: int,
        held_waits: bool,
        no_worker: bool,
        no_smtpd: bool,
        **options: Any,
    ) -> None:
        check_port_free(host, port)
        call_command("collectstatic", interactive=False, verbosity=0)
        refresh_statistics()
        # Children read it when they load the settings: the web processes for links and
        # canonical URLs, the worker for the links in e-mails.
        if not os.environ.get("OPENLINE_SITE_URL"):
            os.environ["OPENLINE_SITE_URL"] = site_url_for(host, port)
        # Granian's workers are separate processes: each writes its request metrics to files
        # in this directory, and /metrics adds them up (core.metrics). Emptied at each start,
        # set before the companions start, so their ingest counts are in the sum too.
        if not os.environ.get(metrics.MULTIPROC_ENV):
            os.environ[metrics.MULTIPROC_ENV] = str(Path(settings.DATA_DIR) / "metrics")
        metrics.reset_multiprocess_dir(os.environ[metrics.MULTIPROC_ENV])
        skip = {"worker"} if no_worker else set()
        if no_smtpd:
            skip.add("smtpd")
        openline = str(Path(sys.executable).with_name("openline"))
        started = []
        for companion in companions.wanted():
            if companion.command in skip:
                continue
            # Started before the exec below, so its parent is the web server's main process.
            subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
                [openline, companion.command, "--parent", str(os.getpid())],
                start_new_session=False,
            )
            os.environ[companion.env_flag] = "1"
            started.append(companion.command)
        os.environ[lanes.THREADS_ENV] = str(threads)
        os.environ[lanes.LANE_ENV] = str(lanes.lane_threads())
        # Open inboxes' waits held on threads of their own (inbox.holds); not over ASGI, where
        # the event loop holds them (inbox.waiting) and the WSGI threads are the pages'.
        holds = 0 if held_waits else held_per_process()
        os.environ[HOLDS_ENV] = str(holds)
        argv = granian_argv(
            host, port, workers, threads, options["verbosity"], held_waits=held_waits, holds=holds
        )
        self.stdout.write(
            f"Openline on http://{host}:{port}/ ({workers} workers, {threads} threads each; "
            f"beside it: {', '.join(started) or 'nothing'}; links use "
            f"{os.environ['OPENLINE_SITE_URL']})"
        )
        if no_worker:
            self.stdout.write("No worker started (--no-worker): run `openline worker` elsewhere.")
        self.stdout.flush()
        os.execv(argv[0], argv)  # noqa: S606 - our own installed server, fixed arguments
