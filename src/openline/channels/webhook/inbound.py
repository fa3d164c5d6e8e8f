"""Receiving: the account a webhook is for, then verify, parse and store (or queue) it."""

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.http import Http404

from openline.inbox.ingestion import ingest_many
from openline.inbox.models import ChannelAccount, Message

from . import queue
from .payload import KIND, is_batch, parse_messages
from .signing import verify_signature

BODY_MAX = 1024 * 1024

_ACCOUNT_FIELDS = ("id", "kind", "name", "secret_encrypted", "is_active")
_ACCOUNT_SQL = (
    f"SELECT {', '.join(_ACCOUNT_FIELDS)} FROM {ChannelAccount._meta.db_table} "  # noqa: S608 - constant names
    "WHERE id = %s AND kind = %s AND is_active = %s"
)


def webhook_account(account_id: int) -> ChannelAccount:
    """The active webhook account with this id, else 404 (the same for every other case).
    One plain query, without the ORM's query building: it runs on every webhook, and the
    ingestion benchmark showed the compiled lookup at ~8 % of a request (config stays
    deferred: receiving never reads it)."""
    with connection.cursor() as cursor:
        cursor.execute(_ACCOUNT_SQL, [account_id, KIND, True])
        row = cursor.fetchone()
    if row is None:
        raise Http404("No webhook channel here.")
    return ChannelAccount.from_db(connection.alias, list(_ACCOUNT_FIELDS), row)


@dataclass(frozen=True)
class Received:
    """What became of a webhook: its messages' ids, and (message, created) for each once
    stored; `stored` is None while the webhook waits in the queue (queue.py)."""

    external_ids: list[str]
    stored: list[tuple[Message, bool]] | None


def receive(account: ChannelAccount, body: bytes, headers: Any) -> Received:
    """Verifies, parses and stores one webhook (one message, or a batch stored all together),
    or queues a one-message webhook when the webhook queue is on. A replay stores nothing
    new."""
    verify_signature(account, body, headers)
    items = parse_messages(account, body)
    external_ids = [item.external_id for item in items]
    # A batch is stored at once: it is a batch already (3,800 messages/s in batches of 100
    # against 2,600 through the queue, which writes each body twice), and its sender waits.
    if queue.enabled() and len(items) == 1 and not is_batch(body):
        queue.enqueue(account, body)
        return Received(external_ids, None)
    return Received(external_ids, ingest_many(account, items))
