import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from openline.core.management.commands.serve import WORKER_ENV, check_port_free, env_off
from openline.demo.personas import DEMO_LOGINS
from openline.demo.seed import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Creates the database, seeds the Halden Home demo community and serves it."

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="only migrate and seed")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument(
            "--no-worker",
            action="store_true",
            default=env_off(WORKER_ENV),
            help=f"serve without a background worker ({WORKER_ENV}=off)",
        )

    def handle(self, *args, no_serve, host, port, workers, no_worker, **options):
        if not no_serve:  # before seeding: a taken port should not cost half a minute
            check_port_free(host, port)
        call_command("migrate", interactive=False, verbosity=0)
        result = seed_demo()
        if result["threads"]:
            self.stdout.write(
                f"Seeded {result['threads']} threads and {result['replies']} replies."
            )
        else:
            self.stdout.write("The demo community is already there; nothing changed.")
        # Similar questions need the threads' vectors; seeding writes rows in bulk, without
        # the events that queue them, so they are computed here (unchanged ones are skipped).
        call_command("language", "reindex", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(f"Database: {settings.DATABASES['default']['NAME']}")
        self.stdout.write(f"\nDemo sign-ins (password “{DEMO_PASSWORD}”, demo data only):")
        for username in DEMO_LOGINS:
            self.stdout.write(f"  {username}")
        self.stdout.write("  (admin also opens /admin/)\n")
        if not no_serve:
            call_command("serve", host=host, port=port, workers=workers, no_worker=no_worker)
