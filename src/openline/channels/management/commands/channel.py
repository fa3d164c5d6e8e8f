"""`openline channel add|list|rotate-secret|poll|resume|update|queue`: channel accounts, managed
by operators.

    openline channel add email --name support --address support@example.com
    openline channel add webhook --name shop --reply-url https://shop.example.com/openline
    openline channel add feed --name press --url https://blog.example.com/feed \\
        --keyword "halden" --keyword "T2 thermostat" --exclude "job"
    openline channel add mastodon --name N --instance URL --token TOKEN [--poll-every 60] [--json]

Social networks (channels.social) add their own options: each network declares them, and
`add` and `update` are built from those. Their secrets are stored only encrypted and never
printed; `list` shows each one's health line (last poll, last success, items today, or why
it is paused), `poll <id>` polls it now, `resume <id>` lifts a pause after the cause is fixed
and `update <id> --token NEW` gives it new settings or secrets.

A webhook channel's secret is printed once, when it is made or rotated; it is stored only
encrypted. `queue` shows webhooks waiting in the webhook queue (SQLite) and, with --retry,
sends the ones given up round again."""

import json
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.channels import accounts, feeds
from openline.channels.social import base as social
from openline.channels.social import polling
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


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def social_options() -> dict[str, set[str]]:
    """Each social network's option (as argparse names it) and the kinds it belongs to."""
    owners: dict[str, set[str]] = {}
    for kind in social.networks():
        registration = social.registration(kind)
        for option in registration.options if registration else ():
            owners.setdefault(_dest(option.flag), set()).add(kind)
    return owners


class Command(BaseCommand):
    help = (
        "Add, list, poll and update channel accounts (e-mail, webhooks, feeds, social "
        "networks); rotate secrets."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(
            dest="action",
            required=True,
            metavar="add|list|rotate-secret|poll|resume|update|queue",
        )
        add = actions.add_parser("add", help="Create a channel account; prints its id and secret.")
        kinds = [str(k) for k in accounts.CREATABLE_KINDS] + sorted(social.networks())
        add.add_argument("kind", choices=kinds)
        add.add_argument("--name", required=True, help="Shown in the inbox, e.g. 'Shop'.")
        add.add_argument("--address", help="email: the support address mail is sent to.")
        add.add_argument("--from-name", help="email: the sender name of replies.")
        add.add_argument("--reply-url", help="webhook: where agents' replies are POSTed.")
        add.add_argument("--url", action="append", help="feed: a feed URL (repeat for more).")
        add.add_argument("--keyword", action="append", help="feed: a word or phrase to watch.")
        add.add_argument("--exclude", action="append", help="feed: skip entries with this.")
        add.add_argument("--json", action="store_true", help="print the account as JSON")
        self._social_arguments(add)
        update = actions.add_parser(
            "update", help="A social channel: new settings or secrets (e.g. a new token)."
        )
        update.add_argument("id", type=int)
        update.add_argument("--json", action="store_true")
        self._social_arguments(update)
        resume = actions.add_parser(
            "resume", help="A paused social channel: poll it again (after fixing the cause)."
        )
        resume.add_argument("id", type=int)
        listing = actions.add_parser("list", help="List channel accounts (never secrets).")
        listing.add_argument("--json", action="store_true")
        rotate = actions.add_parser("rotate-secret", help="Give a webhook channel a new secret.")
        rotate.add_argument("id", type=int)
        rotate.add_argument("--json", action="store_true")
        poll = actions.add_parser("poll", help="Poll a feed or social channel now.")
        poll.add_argument("id", type=int)
        queue = actions.add_parser("queue", help="Webhooks waiting to be stored (SQLite).")
        queue.add_argument("--retry", action="store_true", help="send given-up ones round again")
        queue.add_argument("--json", action="store_true")

    def _social_arguments(self, parser: CommandParser) -> None:
        taken = {_dest(a) for action in parser._actions for a in action.option_strings}
        seen: set[str] = set()
        for kind in sorted(social.networks()):
            registration = social.registration(kind)
            for option in registration.options if registration else ():
                if _dest(option.flag) in taken | seen:
                    continue  # shared by two networks, or an option feeds have too (--url)
                seen.add(_dest(option.flag))
                parser.add_argument(option.flag, help=str(option.help))
        parser.add_argument(
            "--poll-every",
            type=int,
            metavar="SECONDS",
            help=f"social networks: poll every SECONDS (default {polling.DEFAULT_EVERY_SECONDS})",
        )

    def handle(self, *args, **options) -> None:
        getattr(self, "_" + options["action"].replace("-", "_"))(options)

    def _account(self, pk: int) -> ChannelAccount:
        account = ChannelAccount.objects.filter(pk=pk).first()
        if account is None:
            raise CommandError(f"No channel account with id {pk}.")
        return account

    def _social_values(self, kind: str, options: dict) -> dict:
        registration = social.registration(kind)
        values = {}
        for option in registration.options if registration else ():
            value = options.get(_dest(option.flag))
            # A flag feeds repeat (--keyword) reaches the network as the list it is (Reddit's
            # clean takes lists); the network checks it like any other value.
            values[_dest(option.flag)] = value
        return values

    def _misplaced(self, kind: str, options: dict) -> None:
        owners = {k: {str(v)} for k, v in KIND_OPTIONS.items()}
        for dest, kinds in social_options().items():
            owners.setdefault(dest, set()).update(kinds)
        if options.get("poll_every") is not None:
            owners.setdefault("poll_every", set()).update(social.networks())
        misplaced = [
            "--" + dest.replace("_", "-")
            for dest, kinds in owners.items()
            if options.get(dest) and kind not in kinds
        ]
        if misplaced:
            raise CommandError(f"{', '.join(misplaced)} cannot be used for a {kind} channel.")

    def _add(self, options: dict) -> None:
        kind = options["kind"]
        if social.registration(kind) is not None:
            self._add_social(kind, options)
            return
        misplaced = [
            "--" + option.replace("_", "-")
            for option, owner in KIND_OPTIONS.items()
            if options.get(option) and owner != kind
        ] + [
            "--" + dest.replace("_", "-")
            for dest in [*social_options(), "poll_every"]
            if options.get(dest) is not None and dest not in KIND_OPTIONS
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

    def _add_social(self, kind: str, options: dict) -> None:
        self._misplaced(kind, options)
        try:
            account = accounts.add_social_account(
                kind,
                name=options["name"],
                options=self._social_values(kind, options),
                poll_every=options.get("poll_every"),
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if options["json"]:
            self.stdout.write(json.dumps(self._row(account)))
            return
        self.stdout.write(f"Created {account} with id {account.pk}.")
        self.stdout.write(
            f"The worker polls it every {polling.every_seconds(account)} s; "
            f"`openline channel poll {account.pk}` polls it now."
        )

    def _update(self, options: dict) -> None:
        account = self._account(options["id"])
        if social.registration(account.kind) is None:
            raise CommandError(f"{account} is not a social network channel: use the admin.")
        self._misplaced(account.kind, options)
        try:
            account = accounts.update_social_account(
                account,
                options=self._social_values(account.kind, options),
                poll_every=options.get("poll_every"),
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if options["json"]:
            self.stdout.write(json.dumps(self._row(account)))
            return
        self.stdout.write(f"Updated {account}; it is polled at the next round.")

    def _resume(self, options: dict) -> None:
        account = self._account(options["id"])
        if social.registration(account.kind) is None:
            raise CommandError(f"{account} is not a social network channel.")
        polling.resume(account)
        self.stdout.write(f"{account} is polled again at the worker's next round.")

    def _row(self, account: ChannelAccount) -> dict:
        row = {
            "id": account.pk,
            "kind": account.kind,
            "name": account.name,
            "active": account.is_active,
            "has_secret": bool(account.secret_encrypted),
            "settings": {k: v for k, v in account.config.items() if k != "state"},
        }
        if social.registration(account.kind) is not None:
            health = polling.health(account)
            row["health"] = health.line
            row["trouble"] = health.trouble
        return row

    def _show_secret(self, account: ChannelAccount, secret: str) -> None:
        self.stdout.write(f"Webhook URL: /hooks/{account.pk}/")
        self.stdout.write(f"Secret (shown only now, store it at the source): {secret}")

    def _list(self, options: dict) -> None:
        rows = [self._row(a) for a in ChannelAccount.objects.order_by("pk")]
        if options["json"]:
            self.stdout.write(json.dumps(rows))
            return
        if not rows:
            self.stderr.write("No channel accounts yet: add one with `openline channel add`.")
        for row in rows:
            active = "active" if row["active"] else "inactive"
            settings = json.dumps(row["settings"])
            line = f"{row['id']}\t{row['kind']}\t{row['name']}\t{active}\t{settings}"
            if "health" in row:
                line += f"\t{row['health']}"
            self.stdout.write(line)

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
        if social.registration(account.kind) is not None:
            self._poll_social(account)
            return
        if account.kind != ChannelKind.FEED:
            raise CommandError(
                f"{account} is not a feed channel or a social network: only those are polled."
            )
        result = feeds.poll_feed_account(account)
        self.stdout.write(
            f"Polled {result.feeds} feed(s): {result.entries} entries, {result.matched} "
            f"matching, {result.created} new conversation message(s)."
        )
        for url, error in result.errors.items():
            self.stderr.write(f"{url}: {error}")

    def _poll_social(self, account: ChannelAccount) -> None:
        result = polling.poll_account(account, force=True)
        self.stdout.write(
            f"Polled {account}: {result.pages} page(s), {result.items} item(s), "
            f"{result.created} new conversation message(s)."
        )
        self.stdout.write(polling.health(account).line)
        if result.error:
            raise CommandError(result.error)

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
