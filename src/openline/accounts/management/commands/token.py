"""`openline token create|list|revoke`: API tokens for integrations, managed by operators."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.accounts import tokens
from openline.accounts.models import User


class Command(BaseCommand):
    help = "Create, list and revoke API tokens (Authorization: Bearer <token>)."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="create|list|revoke")
        create = actions.add_parser("create", help="Create a token and print it (shown only once).")
        create.add_argument("username")
        create.add_argument("--name", default="", help="What the token is for, e.g. 'CRM sync'.")
        listing = actions.add_parser("list", help="List a person's tokens (prefixes only).")
        listing.add_argument("username")
        revoke = actions.add_parser("revoke", help="Revoke the token starting with PREFIX.")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _person(self, username: str) -> User:
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None

    def _create(self, options: dict[str, Any]) -> None:
        person = self._person(options["username"])
        if not person.is_active:
            raise CommandError(f"{person.username} is deactivated: their tokens would be refused.")
        try:
            raw = tokens.issue_token(person, name=options["name"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stderr.write(f"Token for {person.username}. Store it now: it is not shown again.")
        self.stdout.write(raw)

    def _list(self, options: dict[str, Any]) -> None:
        person = self._person(options["username"])
        rows = tokens.tokens_of(person)
        if not rows:
            self.stderr.write(f"{person.username} has no API tokens.")
        for token in rows:
            used = (
                token.last_used_at.isoformat(timespec="minutes") if token.last_used_at else "never"
            )
            created = token.created_at.isoformat(timespec="minutes")
            self.stdout.write(
                f"{token.prefix}\t{token.name or '-'}\tcreated {created}\tlast used {used}"
            )

    def _revoke(self, options: dict[str, Any]) -> None:
        try:
            token = tokens.revoke_token(options["prefix"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(f"Revoked {token.prefix}… of {token.user.username}.")
