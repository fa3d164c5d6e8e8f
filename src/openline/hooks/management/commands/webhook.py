"""`openline webhook add|list|remove|deliveries|retry|events`: outbound event webhooks."""

import json
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.hooks import actions
from openline.hooks.models import DeliveryState, EventDelivery, Subscription
from openline.hooks.recording import CATALOGUE


class Command(BaseCommand):
    help = "Send Openline's events (idea.status_changed, feedback.created, thread.solved) to URLs."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="command", required=True)
        add = commands.add_parser(
            "add", help="Subscribe a URL; prints its id and, once, its secret."
        )
        add.add_argument("url")
        add.add_argument("--events", required=True, help="comma-separated: " + ", ".join(CATALOGUE))
        add.add_argument("--description", default="")
        add.add_argument("--json", action="store_true")
        listing = commands.add_parser("list", help="Subscriptions and their delivery counts.")
        listing.add_argument("--json", action="store_true")
        remove = commands.add_parser("remove", help="Delete a subscription and its deliveries.")
        remove.add_argument("id", type=int)
        deliveries = commands.add_parser("deliveries", help="The latest deliveries.")
        deliveries.add_argument("--failed", action="store_true", help="only those that failed")
        deliveries.add_argument("--limit", type=int, default=20)
        retry = commands.add_parser("retry", help="Send failed deliveries again.")
        retry.add_argument("id", type=int, nargs="?", help="only this subscription's")
        commands.add_parser("events", help="The events you can subscribe to.")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['command']}")(options)

    def _subscription(self, pk: int) -> Subscription:
        try:
            return Subscription.objects.get(pk=pk)
        except Subscription.DoesNotExist:
            raise CommandError(f"No subscription {pk} (see `openline webhook list`).") from None

    def _add(self, options: dict[str, Any]) -> None:
        try:
            subscription, secret = actions.add_subscription(
                options["url"], options["events"].split(","), description=options["description"]
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if options["json"]:
            created = {"id": subscription.pk, "url": subscription.url,
                       "events": subscription.events, "secret": secret}  # fmt: skip
            self.stdout.write(json.dumps(created))
            return
        self.stdout.write(f"Subscription {subscription.pk}: {subscription.url}")
        self.stdout.write(f"Events: {', '.join(subscription.events)}")
        self.stdout.write(f"Signing secret (shown once, Standard Webhooks): {secret}")

    def _list(self, options: dict[str, Any]) -> None:
        rows = []
        for s in Subscription.objects.order_by("pk"):
            counts = {
                state: s.deliveries.filter(state=state).count() for state in DeliveryState.values
            }
            rows.append({"id": s.pk, "url": s.url, "events": s.events, "active": s.is_active,
                         "description": s.description, "deliveries": counts})  # fmt: skip
        if options["json"]:
            self.stdout.write(json.dumps(rows))
            return
        if not rows:
            self.stdout.write(
                "No subscriptions: add one with `openline webhook add URL --events …`."
            )
        for r in rows:
            state = "active" if r["active"] else "off"
            summary = ", ".join(f"{n} {k}" for k, n in r["deliveries"].items())
            self.stdout.write(
                f"{r['id']}  {r['url']}  [{state}]  {', '.join(r['events'])}  ({summary})"
            )

    def _remove(self, options: dict[str, Any]) -> None:
        actions.remove_subscription(self._subscription(options["id"]))
        self.stdout.write(f"Subscription {options['id']} removed.")

    def _deliveries(self, options: dict[str, Any]) -> None:
        rows = EventDelivery.objects.select_related("event", "subscription").order_by("-pk")
        if options["failed"]:
            rows = rows.filter(state=DeliveryState.FAILED)
        for d in rows[: max(1, options["limit"])]:
            error = f"  {d.last_error}" if d.last_error else ""
            self.stdout.write(f"{d.pk}  {d.event.type}  → {d.subscription.url}  {d.state} "
                              f"after {d.attempts} attempt(s){error}")  # fmt: skip

    def _retry(self, options: dict[str, Any]) -> None:
        subscription = self._subscription(options["id"]) if options.get("id") else None
        self.stdout.write(f"{actions.retry_failed(subscription)} deliveries queued again.")

    def _events(self, options: dict[str, Any]) -> None:
        for name, what in CATALOGUE.items():
            self.stdout.write(f"{name}: {what}")
