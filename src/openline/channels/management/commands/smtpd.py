import logging
import os
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from openline.channels.email import smtpd
from openline.channels.email.inbound import address_of
from openline.core import companions
from openline.inbox.models import ChannelAccount, ChannelKind


class Command(BaseCommand):
    help = (
        "Receives mail for the support addresses (e-mail channel accounts) over SMTP and adds "
        "it to the inbox. Runs until interrupted; put it behind your MTA."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--host",
            default=os.environ.get("OPENLINE_SMTPD_HOST", "127.0.0.1"),
            help="address to listen on (OPENLINE_SMTPD_HOST)",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=int(os.environ.get("OPENLINE_SMTPD_PORT", "2525")),
            help="port to listen on (OPENLINE_SMTPD_PORT)",
        )
        parser.add_argument(
            "--hostname", default="", help="name in the SMTP greeting (default: the site's host)"
        )
        parser.add_argument("--parent", type=int, help="exit when this process is gone")

    def handle(self, *args, host, port, hostname, parent, verbosity, **options):
        if verbosity < 2:  # aiosmtpd logs every SMTP command, addresses included, at INFO
            logging.getLogger("mail.log").setLevel(logging.WARNING)
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        hostname = hostname or settings.SITE_URL.split("://", 1)[-1].split("/")[0].split(":")[0]
        addresses = sorted(
            address_of(a)
            for a in ChannelAccount.objects.filter(kind=ChannelKind.EMAIL, is_active=True)
        )
        if not addresses:
            self.stderr.write(
                "No active e-mail channel account yet: all mail will be refused (550) until "
                "one is added with `openline channel add email`."
            )
        server = smtpd.controller(host, port, server_hostname=hostname)
        try:
            server.start()
        except (OSError, RuntimeError) as error:
            raise CommandError(f"Cannot listen on {host}:{port}: {error}") from error
        limit = smtpd.max_message_bytes() // (1024 * 1024)
        self.stdout.write(
            f"Receiving mail on {host}:{port} for {', '.join(addresses) or 'no address'} "
            f"(up to {limit} MB per message). Ctrl-C to stop."
        )
        stop = threading.Event()
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: stop.set())
        companions.exit_with_parent(parent)
        try:
            stop.wait()
        finally:
            server.stop()
        self.stdout.write("Stopped.")
