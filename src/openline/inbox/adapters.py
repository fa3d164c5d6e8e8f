"""The one interface every channel implements, and the registry the inbox finds them in.

An adapter parses what its channel delivers into `InboundItem`s (ingested by
`ingestion.ingest`) and sends a reply back (`send`, called by the delivery task). Adapters live
in `openline.channels` and register themselves when that app is ready, so the inbox never
imports a platform's code."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from openline.people.actions import Sender

from .models import ChannelAccount, Conversation, Delivery, Message


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


@dataclass(frozen=True)
class LengthLimit:
    """How long one public post may be on a channel (Mastodon 500 characters, Bluesky 300
    graphemes): the reply box counts down from it and a longer reply is refused unless the
    agent has it sent as a thread of numbered posts (`can_split`)."""

    limit: int
    unit: str = "characters"  # or "graphemes": what the reply box counts
    count: Callable[[str], int] = len  # the channel's own way of counting
    can_split: bool = False
    url_length: int = 0  # a link counts this many (Mastodon 23), 0: as written


@dataclass(frozen=True)
class ChannelHealth:
    """One line on how a polled channel is doing, for the inbox and `openline channel list`."""

    line: str
    trouble: bool = False


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


def length_limit(conversation: Conversation) -> LengthLimit | None:
    """The channel's limit for a reply in this conversation; None when it has none. Adapters
    offer it with an optional `length_limit(conversation)` method."""
    method = getattr(_adapters.get(conversation.account.kind), "length_limit", None)
    return method(conversation) if method else None


def channel_health(account: ChannelAccount) -> ChannelHealth | None:
    """The account's health line, from adapters with an optional `health(account)` method."""
    method = getattr(_adapters.get(account.kind), "health", None)
    return method(account) if method else None


def adapter_for(kind: str) -> Adapter:
    try:
        return _adapters[kind]
    except KeyError:
        raise DeliveryError(
            f"No adapter is installed for {kind!r} channels.", permanent=True
        ) from None
