"""`openline feedback place [--missing]`: put every read customer text in its product area
again (after tags were added or renamed, or for texts read before product areas existed)."""

from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from openline.feedback import actions


class Command(BaseCommand):
    help = "Product areas of the read customer texts: place them again."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True, metavar="place")
        place = commands.add_parser("place", help="Place every read text in its product area.")
        place.add_argument("--missing", action="store_true",
                           help="only texts read before product areas existed")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        done: Counter[str] = Counter()
        for kind, n in actions.place_all(only_missing=options["missing"]):
            done[kind] += n
            self.stderr.write(f"\r{dict(done)}", ending="")
        self.stderr.write("")
        self.stdout.write(
            f"Placed {done['message']} messages and {done['thread']} threads in product areas."
        )
