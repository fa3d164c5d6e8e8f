"""`openline guidance contact add|list` and `openline guidance register add|list`: the public
contacts and the confidential register, for operators."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.guidance import actions, selectors
from openline.guidance.models import TermCategory


class Command(BaseCommand):
    help = "Manage the company's public contacts and the confidential register."

    def add_arguments(self, parser: CommandParser) -> None:
        areas = parser.add_subparsers(dest="area", required=True, metavar="contact|register")
        contact = areas.add_parser("contact", help="Public e-mail addresses and phone numbers.")
        contact_actions = contact.add_subparsers(dest="action", required=True, metavar="add|list")
        add = contact_actions.add_parser("add", help="Add a public e-mail address or number.")
        add.add_argument("value", help="e.g. support@example.com or +44 161 496 0000")
        add.add_argument("--note", default="")
        add.add_argument(
            "--region", default=None,
            help="Country of a number written without + (default: OPENLINE_COMPANY_COUNTRY).",
        )  # fmt: skip
        contact_actions.add_parser("list", help="List the public contacts.")

        register = areas.add_parser("register", help="The confidential register.")
        register_actions = register.add_subparsers(dest="action", required=True, metavar="add|list")
        term = register_actions.add_parser("add", help="Add a confidential term.")
        term.add_argument("term")
        term.add_argument("--category", default=TermCategory.CODE_NAME,
                          choices=TermCategory.values)  # fmt: skip
        term.add_argument("--note", default="")
        term.add_argument(
            "--variant", action="append", default=[], dest="variants",
            help="Another way of writing it (repeatable): --variant x4471.",
        )  # fmt: skip
        register_actions.add_parser("list", help="List the register, inactive terms included.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, f"_{options['area']}_{options['action']}")(options)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None

    def _contact_add(self, options: dict[str, Any]) -> None:
        contact = actions.add_public_contact(
            value=options["value"], note=options["note"], region=options["region"]
        )
        self.stdout.write(f"Added public {contact.kind} {contact.normalised}.")

    def _contact_list(self, options: dict[str, Any]) -> None:
        contacts = list(selectors.public_contacts())
        if not contacts:
            self.stderr.write("No public contacts yet.")
        for contact in contacts:
            self.stdout.write(f"{contact.kind}\t{contact.normalised}\t{contact.note or '-'}")

    def _register_add(self, options: dict[str, Any]) -> None:
        term = actions.add_confidential_term(
            None, term=options["term"], category=options["category"], note=options["note"],
            variants=options["variants"],
        )  # fmt: skip
        self.stdout.write(f"Added “{term.term}” ({term.category}) to the register.")

    def _register_list(self, options: dict[str, Any]) -> None:
        terms = list(selectors.register_terms())
        if not terms:
            self.stderr.write("The register is empty.")
        for term in terms:
            state = "active" if term.active else "inactive"
            variants = ", ".join(term.variants) or "-"
            self.stdout.write(
                f"{term.term}\t{term.category}\t{state}\t{term.note or '-'}\t{variants}"
            )
