"""The one interface every channel implements, and the registry the inbox finds them in.

An adapter parses what its channel delivers into `InboundItem`s (ingested by
`ingestion.ingest`) and sends a reply back (`send`, called by the delivery task). Adapters live
in `openline.channels` and register themselves when that app is ready, so the inbox never
imports a platform's code."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from openline.people.actions import Sender

from .models import ChannelAccount, Delivery, Message


@dataclass(frozen=True)
class InboundAttachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class InboundItem:
    external_id: str  # this item's id on the channel: ingestion is idempotent on it
    conversation_key: str  # the channel's key for the whole conversation
    sender: Sender
    text: str
    subject: str = ""
    url: str = ""
    created_at: datetime | None = None
    in_reply_to: str = ""  # external id of the item this answers, when the channel says
    attachments: tuple[InboundAttachment, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict)


class DeliveryError(Exception):
    """A send failed. `permanent` failures are not retried (a rejected address, a 4xx)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


class Adapter(Protocol):
    @property
    def kind(self) -> str: ...  # read-only: the adapters set a ChannelKind (a str)

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        """Delivers `message`; returns the channel's reference for it. Must pass
        `delivery.idempotency_key` to the channel when it supports one."""
        ...


_adapters: dict[str, Adapter] = {}


def register(adapter: Adapter) -> None:
    _adapters[adapter.kind] = adapter


def adapter_for(kind: str) -> Adapter:
    try:
        return _adapters[kind]
    except KeyError:
        raise DeliveryError(
            f"No adapter is installed for {kind!r} channels.", permanent=True
        ) from None
