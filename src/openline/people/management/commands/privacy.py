import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.core import privacy
from openline.people import selectors


class Command(BaseCommand):
    help = (
        "Privacy requests from the command line. `find TEXT` lists accounts (u12) and "
        "customer records (p3) matching an e-mail, username, handle or name; `export KEY` "
        "writes everything held about one (JSON to stdout, or --output x.json / x.zip with "
        "attachments); `erase KEY --yes` erases them under OPENLINE_ERASURE_POSTS (or "
        "--policy) and records who, when and the --note, without their data."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        find = sub.add_parser("find")
        find.add_argument("text")
        export = sub.add_parser("export")
        export.add_argument("key", help="u<account id> or p<customer record id>")
        export.add_argument("--output", "-o", type=Path)
        erase = sub.add_parser("erase")
        erase.add_argument("key")
        erase.add_argument("--note", default="", help="the request's reference, no personal data")
        erase.add_argument("--policy", choices=privacy.POLICIES)
        erase.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")

    def handle(self, *args: Any, verb: str, **options: Any) -> None:
        if verb == "find":
            for match in selectors.find_privacy_subjects(options["text"]):
                staff = " [staff]" if match.is_staff else ""
                self.stdout.write(
                    f"{match.key}\t{match.name}{staff}\t{', '.join(match.emails)}\t"
                    f"{', '.join(match.identities)}"
                )
            return
        try:
            subject = selectors.access_privacy_subject(options["key"])
        except Exception as error:  # Http404 from the selector: say it plainly here
            raise CommandError(f"{options['key']}: {error}") from None
        if verb == "export":
            output: Path | None = options["output"]
            if output is None:
                sys.stdout.buffer.write(privacy.export_json(subject))
                return
            body = (
                privacy.export_zip(subject)
                if output.suffix == ".zip"
                else privacy.export_json(subject)
            )
            output.write_bytes(body)
            output.chmod(0o600)
            self.stdout.write(f"Wrote {output} ({len(body):,} bytes) for {subject}.")
            return
        if not options["yes"]:
            raise CommandError("Erasure cannot be undone: add --yes to go ahead.")
        match = selectors.describe_privacy_subject(subject)
        if match.is_staff:
            raise CommandError(
                "Staff accounts are closed in the admin, after their work is handed over."
            )
        record = privacy.erase(
            subject,
            actor_id=None,
            actor_name="operator",
            requested_by="operator",
            note=options["note"],
            policy_name=options["policy"],
        )
        self.stdout.write(f"Erased {record.subject} (record {record.pk}): {record.counts}")
