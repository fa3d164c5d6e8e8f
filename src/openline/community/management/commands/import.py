"""`openline import threads FILE.jsonl [--space SLUG] [--json] [--wait]`: a company's existing
questions and answers, brought into the community (see openline.community.imports)."""

import json
import sys
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.community import imports
from openline.community.models import Space


class Command(BaseCommand):
    help = "Import existing content into the community."

    def add_arguments(self, parser: CommandParser) -> None:
        what = parser.add_subparsers(dest="what", required=True, metavar="threads")
        threads = what.add_parser(
            "threads",
            help='One JSON object per line: {"id", "title", "body", "author", "kind"?, '
            '"created_at"?, "replies"?: [{"body", "author", "created_at"?, "accepted"?}]}. '
            "Ids imported before are skipped.",
        )
        threads.add_argument("file", help="the .jsonl file, or - for standard input")
        threads.add_argument("--space", help="the space's slug (default: the first public space)")
        threads.add_argument(
            "--json", action="store_true", help='print [{"id", "external_id"}, …] for new threads'
        )
        threads.add_argument(
            "--wait",
            action="store_true",
            help="embed the new threads here and now instead of leaving them to the worker, so "
            "similar questions find them as soon as the command ends",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            space = (
                Space.objects.get(slug=options["space"])
                if options["space"]
                else imports.default_space()
            )
        except Space.DoesNotExist:
            known = ", ".join(Space.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"No space {options['space']!r} (spaces: {known}).") from None
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        try:
            if options["file"] == "-":
                report = imports.import_threads(sys.stdin, space=space)
            else:
                with Path(options["file"]).open(encoding="utf-8") as lines:
                    report = imports.import_threads(lines, space=space)
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error.strerror}.") from None
        except UnicodeDecodeError:
            raise CommandError(f"{options['file']} is not UTF-8 text.") from None
        except ValidationError as error:
            raise CommandError(
                "Nothing was imported; fix these lines first:\n  " + "\n  ".join(error.messages)
            ) from None
        if options["json"]:
            self.stdout.write(
                json.dumps([{"id": pk, "external_id": ext} for pk, ext in report.created])
            )
        else:
            for pk, _ in report.created:
                self.stdout.write(str(pk))
        self.stderr.write(
            f"{len(report.created)} threads imported into {space.slug}, "
            f"{len(report.skipped)} skipped (imported before), "
            f"{report.new_members} new members."
        )
        if options["wait"] and report.created:
            call_command("language", "reindex", "--kind", "thread", stdout=self.stderr)
