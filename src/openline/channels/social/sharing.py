"""Sharing a community thread to a company's social account as a new post (not a reply in a
conversation): a capability a network may offer besides `base.Network`.

A network that can share has a method of this shape (checked by `sharer_for`, so the networks'
Protocol stays as it is and each network adds it when it is ready):

    def share(self, account, *, title, url, text, idempotency_key) -> SharedPost | str

`text` is the whole post as staff wrote it (the link included); `title` and `url` are given
apart for networks that post links (a Reddit link submission). It returns the new post (or
just its id) and raises `inbox.adapters.DeliveryError` (permanent or not) or
`base.RateLimited`, like `send`. The knowledge layer keeps the record of each share and
retries it; a kind with no sharer is not offered."""

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


def sharing_kinds() -> list[str]:
    """The channel kinds whose network can share a new post."""
    return sorted(kind for kind in networks() if sharer_for(kind) is not None)
