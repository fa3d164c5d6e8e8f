"""Signed webhooks (Standard Webhooks: https://www.standardwebhooks.com/), both ways.

Inbound, a source POSTs one JSON message (or an array of up to 1,000, stored together) to
`/hooks/<account id>/`, signed with the account's `whsec_` secret; each becomes a conversation
message, once per message id (on SQLite a one-message webhook is queued first). Outbound, an
agent's reply is POSTed to the account's `reply_url`, signed the same way, with the delivery's
idempotency key as `webhook-id` so the receiver can drop a retried copy. The JSON format is
documented in the README ("Channels: the webhook JSON format").

One module per job, imported in this order (none imports a later one):
`payload` (the format, parsed into inbox items), `signing` (verify and sign), `queue` (the
SQLite queue in front of ingestion, its drainers; `openline drain_webhooks` runs one),
`inbound` (receive: verify, parse, store or queue), `outbound` (the adapter that sends replies)."""

from openline.core import backup, companions, periodic
from openline.inbox import adapters

from . import queue
from .outbound import WebhookAdapter


def install() -> None:
    adapters.register(WebhookAdapter())
    # `openline serve` runs a drainer beside the web processes (which also look once a second);
    # the worker catches what is left when neither runs.
    periodic.register("channels.drain_webhooks", 5, queue.drain_if_enabled)
    backup.register_sqlite_file("webhook-queue", queue.backup_path)
    companions.register("drain_webhooks", queue.DRAINER_FLAG, lambda: queue.enabled())
