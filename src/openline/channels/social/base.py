"""What every social network implements, and what the poller and the inbox rely on.

A network reads new items from a `cursor` (a JSON object it alone understands, stored on the
channel account) and returns one `Page` at a time: the items and the cursor to store *in the same
transaction* as those items. A restart therefore resumes from the last stored page: an item is
never skipped, and one fetched twice is ingested once (ingestion is idempotent on the item's
`external_id`)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from django_stubs_ext import StrOrPromise

from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount, Conversation, Delivery, Message


@dataclass(frozen=True)
class Page:
    items: list[InboundItem]
    cursor: dict[str, Any]  # the state to store together with these items
    more: bool = False  # another page is waiting now: fetch again at once
    # The network's rate-limit headers say its budget is (nearly) spent: store this page, then
    # call again only after this many seconds (0: no such word).
    retry_after_seconds: float = 0.0


class RateLimited(Exception):
    """The network asked us to wait (HTTP 429 or its rate-limit headers)."""

    def __init__(self, retry_after_seconds: float, reason: str = "") -> None:
        super().__init__(reason or f"Rate limited: retry in {retry_after_seconds:.0f} s.")
        self.retry_after_seconds = retry_after_seconds


class ChannelBroken(Exception):
    """Polling cannot go on until an operator acts (revoked token, unknown account...)."""


@dataclass(frozen=True)
class Credentials:
    """What an operator gives when adding an account: settings kept in `config`, secrets stored
    only encrypted (as one JSON object in `ChannelAccount.secret_encrypted`)."""

    config: dict[str, Any]
    secrets: dict[str, str] = field(default_factory=dict)


class Network(Protocol):
    @property
    def kind(self) -> str: ...  # a ChannelKind

    @property
    def length_limit(self) -> int: ...  # a public reply's limit (characters or graphemes)

    def fetch(self, account: ChannelAccount, cursor: dict[str, Any]) -> Page:
        """The next page of new items after `cursor`; raises RateLimited or ChannelBroken."""
        ...

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        """Posts `message` as a reply in its conversation's thread; returns its id there."""
        ...


class Threaded(Protocol):
    """Optional, beside `Network`: how a network posts a reply as several posts. The generic
    send path (`replies.send_reply`) splits a reply longer than one post into numbered parts
    when the agent chose so, and hands them here; a network without `send_parts` gets only
    replies that fit in one post. Optional attributes too: `length_unit` ("characters" or
    "graphemes", the unit the reply box counts in) and `count(text) -> int` (the network's own
    way of counting, e.g. a link as 23 characters); `len` otherwise."""

    def reply_room(self, account: ChannelAccount, conversation: Conversation) -> int:
        """What one post may hold of the agent's text (the limit less what the network adds,
        e.g. the mention of the customer)."""
        ...

    def send_parts(
        self, account: ChannelAccount, message: Message, delivery: Delivery, parts: list[str]
    ) -> str:
        """Posts `parts` in order, each answering the one before; returns the first one's id."""
        ...


@dataclass(frozen=True)
class Option:
    """One setting an operator gives when adding an account, e.g. `--instance URL`: the
    `openline channel add <kind>` command and the settings page are built from these."""

    flag: str  # "--instance"
    help: StrOrPromise  # lazy: the settings page shows it in the reader's language
    secret: bool = False  # stored encrypted, never printed
    required: bool = True
    label: StrOrPromise = ""  # the settings page's label; blank: the flag's words


@dataclass(frozen=True)
class Registration:
    network: Network
    clean: Callable[[dict[str, Any]], Credentials]
    options: tuple[Option, ...]


_networks: dict[str, Network] = {}
_registrations: dict[str, Registration] = {}


def register(
    network: Network,
    clean: Callable[[dict[str, Any]], Credentials],
    options: tuple[Option, ...],
) -> None:
    """Called by each network's `install()`. `clean` gets the options an operator gave (keys are
    the flags without dashes, `-` as `_`) and returns the account's settings and secrets, or
    raises ValidationError with a message they can act on."""
    _networks[network.kind] = network
    _registrations[network.kind] = Registration(network, clean, options)


def registration(kind: str) -> Registration | None:
    return _registrations.get(kind)


def network_for(kind: str) -> Network | None:
    return _networks.get(kind)


def networks() -> dict[str, Network]:
    return dict(_networks)
