"""`openline channel add|list|rotate-secret|poll|queue`: channel accounts, managed by operators.

    openline channel add email --name support --address support@example.com
    openline channel add webhook --name shop --reply-url https://shop.example.com/openline
    openline channel add feed --name press --url https://blog.example.com/feed \\
        --keyword "halden" --keyword "T2 thermostat" --exclude "job"

A webhook channel's secret is printed once, when it is made or rotated; it is stored only
encrypted. `queue` shows webhooks waiting in the webhook queue (SQLite) and, with --retry,
sends the ones given up round again."""

import json
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.channels import accounts, feeds
from openline.channels.webhook import queue as webhook_queue
from openline.inbox.models import ChannelAccount, ChannelKind

# Options of `add`, and the one kind each belongs to.
KIND_OPTIONS = {
    "address": ChannelKind.EMAIL,
    "from_name": ChannelKind.EMAIL,
    "reply_url": ChannelKind.WEBHOOK,
    "url": ChannelKind.FEED,
    "keyword": ChannelKind.FEED,
    "exclude": ChannelKind.FEED,
}


class Command(BaseCommand):
    help = "Add, list and poll channel accounts (e-mail, webhooks, feeds); rotate secrets."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(
            dest="action", required=True, metavar="add|list|rotate-secret|poll|queue"
        )
        add = actions.add_parser("add", help="Create a channel account; prints its id and secret.")
        add.add_argument("kind", choices=[str(k) for k in accounts.CREATABLE_KINDS])
        add.add_argument("--name", required=True, help="Shown in the inbox, e.g. 'Shop'.")
        add.add_argument("--address", help="email: the support address mail is sent to.")
        add.add_argument("--from-name", help="email: the sender name of replies.")
        add.add_argument("--reply-url", help="webhook: where agents' replies are POSTed.")
        add.add_argument("--url", action="append", help="feed: a feed URL (repeat for more).")
        add.add_argument("--keyword", action="append", help="feed: a word or phrase to watch.")
        add.add_argument("--exclude", action="append", help="feed: skip entries with this.")
        add.add_argument("--json", action="store_true", help="print {id, kind, name, secret}")
        listing = actions.add_parser("list", help="List channel accounts (never secrets).")
        listing.add_argument("--json", action="store_true")
        rotate = actions.add_parser("rotate-secret", help="Give a webhook channel a new secret.")
        rotate.add_argument("id", type=int)
        rotate.add_argument("--json", action="store_true")
        poll = actions.add_parser("poll", help="Poll a feed channel's feeds now.")
        poll.add_argument("id", type=int)
        queue = actions.add_parser("queue", help="Webhooks waiting to be stored (SQLite).")
        queue.add_argument("--retry", action="store_true", help="send given-up ones round again")
        queue.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        getattr(self, "_" + options["action"].replace("-", "_"))(options)

    def _account(self, pk: int) -> ChannelAccount:
        account = ChannelAccount.objects.filter(pk=pk).first()
        if account is None:
            raise CommandError(f"No channel account with id {pk}.")
        return account

    def _add(self, options: dict) -> None:
        kind = options["kind"]
        misplaced = [
            "--" + option.replace("_", "-")
            for option, owner in KIND_OPTIONS.items()
            if options.get(option) and owner != kind
        ]
        if misplaced:
            raise CommandError(f"{', '.join(misplaced)} cannot be used for a {kind} channel.")
        config = {
            ChannelKind.EMAIL: {"address": options["address"], "from_name": options["from_name"]},
            ChannelKind.WEBHOOK: {"reply_url": options["reply_url"]},
            ChannelKind.FEED: {
                "urls": options["url"],
                "keywords": options["keyword"],
                "exclude": options["exclude"] or [],
            },
        }[kind]
        config = {key: value for key, value in config.items() if value is not None}
        try:
            account, secret = accounts.add_channel_account(
                kind, name=options["name"], config=config
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if options["json"]:
            row = {"id": account.pk, "kind": account.kind, "name": account.name, "secret": secret}
            self.stdout.write(json.dumps(row))
            return
        self.stdout.write(f"Created {account} with id {account.pk}.")
        if kind == ChannelKind.WEBHOOK:
            self._show_secret(account, secret)
            if not account.config.get("reply_url"):
                self.stderr.write("No --reply-url: agents' replies on this channel will fail.")

    def _show_secret(self, account: ChannelAccount, secret: str) -> None:
        self.stdout.write(f"Webhook URL: /hooks/{account.pk}/")
        self.stdout.write(f"Secret (shown only now, store it at the source): {secret}")

    def _list(self, options: dict) -> None:
        rows = [
            {
                "id": a.pk,
                "kind": a.kind,
                "name": a.name,
                "active": a.is_active,
                "has_secret": bool(a.secret_encrypted),
                "settings": {k: v for k, v in a.config.items() if k != "state"},
            }
            for a in ChannelAccount.objects.order_by("pk")
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows))
            return
        if not rows:
            self.stderr.write("No channel accounts yet: add one with `openline channel add`.")
        for row in rows:
            active = "active" if row["active"] else "inactive"
            settings = json.dumps(row["settings"])
            self.stdout.write(f"{row['id']}\t{row['kind']}\t{row['name']}\t{active}\t{settings}")

    def _rotate_secret(self, options: dict) -> None:
        account = self._account(options["id"])
        try:
            secret = accounts.rotate_secret(account)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if options["json"]:
            row = {"id": account.pk, "kind": account.kind, "name": account.name, "secret": secret}
            self.stdout.write(json.dumps(row))
            return
        self.stdout.write(f"New secret for {account}; the old one no longer verifies.")
        self._show_secret(account, secret)

    def _poll(self, options: dict) -> None:
        account = self._account(options["id"])
        if account.kind != ChannelKind.FEED:
            raise CommandError(f"{account} is not a feed channel: only feeds are polled.")
        result = feeds.poll_feed_account(account)
        self.stdout.write(
            f"Polled {result.feeds} feed(s): {result.entries} entries, {result.matched} "
            f"matching, {result.created} new conversation message(s)."
        )
        for url, error in result.errors.items():
            self.stderr.write(f"{url}: {error}")

    def _queue(self, options: dict) -> None:
        if not webhook_queue.enabled():
            raise CommandError(
                "The webhook queue is off (PostgreSQL, or OPENLINE_WEBHOOK_QUEUE=off): webhooks "
                "are stored before they are answered."
            )
        if options["retry"]:
            count = webhook_queue.retry_given_up()
            self.stdout.write(f"{count} webhook(s) will be stored by the next drain.")
            return
        rows = [
            {
                "id": row.id,
                "account_id": row.account_id,
                "received_at": datetime.fromtimestamp(row.received_at, tz=UTC).isoformat(),
                "attempts": row.attempts,
                "given_up": row.next_attempt_at is None,
                "last_error": row.last_error,
            }
            for row in webhook_queue.waiting()
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows))
            return
        if not rows:
            self.stdout.write("The webhook queue is empty.")
        for row in rows:
            state = "given up" if row["given_up"] else f"{row['attempts']} attempt(s)"
            self.stdout.write(
                f"{row['id']}\taccount {row['account_id']}\t{row['received_at']}\t{state}\t"
                f"{row['last_error']}"
            )
