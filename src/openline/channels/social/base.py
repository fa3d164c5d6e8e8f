"""What every social network implements, and what the poller and the inbox rely on.

A network reads new items from a `cursor` (a JSON object it alone understands, stored on the
channel account) and returns one `Page` at a time: the items and the cursor to store *in the same
transaction* as those items. A restart therefore resumes from the last stored page: an item is
never skipped, and one fetched twice is ingested once (ingestion is idempotent on the item's
`external_id`)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount, Delivery, Message


@dataclass(frozen=True)
class Page:
    items: list[InboundItem]
    cursor: dict[str, Any]  # the state to store together with these items
    more: bool = False  # another page is waiting now: fetch again at once


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


_networks: dict[str, Network] = {}
_checks: dict[str, Callable[[dict[str, Any]], Credentials]] = {}


def register(network: Network, clean: Callable[[dict[str, Any]], Credentials]) -> None:
    """Called by each network's `install()`: `clean` checks what an operator gave for a new
    account and raises ValidationError with a message they can act on."""
    _networks[network.kind] = network
    _checks[network.kind] = clean


def network_for(kind: str) -> Network | None:
    return _networks.get(kind)


def networks() -> dict[str, Network]:
    return dict(_networks)
