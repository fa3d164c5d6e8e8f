"""Sharing a community thread to a company's social account as a new post (not a reply in a
conversation): a capability a network may offer besides `base.Network`.

A network that can share has a method of this shape (checked by `sharer_for`, so the networks'
Protocol stays as it is and each network adds it when it is ready):

    def share(self, account, *, title, url, text, idempotency_key) -> SharedPost | str

`text` is the whole post as staff wrote it (the link included); `title` and `url` are given
apart for networks that post links (a Reddit link submission). It returns the new post (or
just its id) and raises `inbox.adapters.DeliveryError` (permanent or not) or
`base.RateLimited`, like `send`. The knowledge layer keeps the record of each share and
retries it; a kind with no sharer is not offered.

Optional beside `share` (read through the helpers below, so a network without them still
shares): `can_share(account) -> bool` (an account that lacks what sharing needs, e.g. a Reddit
account with no subreddit, is not offered), `share_limit(account) -> int` (what one shared post
may hold, when it is not `length_limit`, e.g. a Reddit title) and `count(text) -> int` (the
network's own way of counting, as for replies; `share_count(text)` when a shared post counts
otherwise, e.g. a Reddit title without its link)."""

from dataclasses import dataclass
from typing import Protocol, cast

from openline.inbox.models import ChannelAccount

from .base import network_for, networks


@dataclass(frozen=True)
class SharedPost:
    external_id: str  # the network's id of the new post
    url: str = ""  # where people see it, when the network says


class Sharer(Protocol):
    def share(
        self, account: ChannelAccount, *, title: str, url: str, text: str, idempotency_key: str
    ) -> SharedPost | str: ...


def sharer_for(kind: str) -> Sharer | None:
    network = network_for(kind)
    if network is None or not callable(getattr(network, "share", None)):
        return None
    return cast(Sharer, network)


def can_share(account: ChannelAccount) -> bool:
    """The account is on, its network shares, and it has what sharing needs."""
    network = sharer_for(account.kind)
    if network is None or not account.is_active:
        return False
    check = getattr(network, "can_share", None)
    return bool(check(account)) if callable(check) else True


def share_limit(account: ChannelAccount) -> int:
    """How much one shared post on `account` may hold, in the network's own count."""
    network = network_for(account.kind)
    if network is None:
        return 0
    limit = getattr(network, "share_limit", None)
    return int(limit(account)) if callable(limit) else int(network.length_limit)


def share_count(account: ChannelAccount, text: str) -> int:
    """`text`'s length as `account`'s network counts it (a link as 23 on Mastodon and X,
    graphemes on Bluesky); `len` for a network that says nothing."""
    network = network_for(account.kind)
    counter = getattr(network, "share_count", None) or getattr(network, "count", None)
    return int(counter(text)) if callable(counter) else len(text)


def sharing_kinds() -> list[str]:
    """The channel kinds whose network can share a new post."""
    return sorted(kind for kind in networks() if sharer_for(kind) is not None)
