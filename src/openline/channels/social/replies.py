"""Replies on social networks: the inbox adapter every registered network is wrapped in.

It gives the inbox the network's length limit (the reply box counts it as the agent types and
the reply action refuses a longer reply unless the agent chose to send it as a thread), splits
a long reply into numbered posts when the agent chose so, and sends through the network."""

import re
from collections.abc import Callable

from openline.inbox.adapters import ChannelHealth, DeliveryError, LengthLimit
from openline.inbox.models import ChannelAccount, Conversation, Delivery, Message

from .base import Network

MAX_PARTS = 20
_PIECES = re.compile(r"\S+|\s+")


def _counter(network: Network) -> Callable[[str], int]:
    count = getattr(network, "count", None)
    return count if callable(count) else len


def room(network: Network, account: ChannelAccount, conversation: Conversation) -> int:
    """What one post may hold of the agent's text in this conversation."""
    method = getattr(network, "reply_room", None)
    if method is not None:
        return int(method(account, conversation))
    return int(account.config.get("length_limit") or network.length_limit)


def split_for_thread(text: str, limit: int, count: Callable[[str], int] = len) -> list[str]:
    """`text` as numbered posts of at most `limit` (counted by `count`), each ending in
    " (i/n)", cut between words where it can (a word longer than a post is cut inside).
    One post, unnumbered, when it fits."""
    text = text.strip()
    if count(text) <= limit:
        return [text]
    for digits in (1, 2):
        suffix_room = count(f" ({'9' * digits}/{'9' * digits})")
        parts = _pack(text, limit - suffix_room, count)
        if len(parts) < 10**digits:
            break
    if len(parts) > MAX_PARTS:
        raise ValueError(f"That would take {len(parts)} posts; keep it under {MAX_PARTS}.")
    total = len(parts)
    return [f"{part} ({number}/{total})" for number, part in enumerate(parts, 1)]


def _pack(text: str, room: int, count: Callable[[str], int]) -> list[str]:
    if room < 10:
        raise ValueError("A post is too short to split into.")
    parts: list[str] = []
    current = ""
    for piece in _PIECES.findall(text):
        if count(current + piece) <= room:
            current += piece
            continue
        if piece.isspace():  # the break between two posts
            parts.append(current.rstrip())
            current = ""
            continue
        if current.strip():
            parts.append(current.rstrip())
        current = ""
        while count(piece) > room:  # a word longer than a post: cut it
            cut = room
            while count(piece[:cut]) > room:
                cut -= 1
            parts.append(piece[:cut])
            piece = piece[cut:]
        current = piece
    if current.strip():
        parts.append(current.rstrip())
    return [part for part in parts if part]


def send_reply(
    network: Network, account: ChannelAccount, message: Message, delivery: Delivery
) -> str:
    """Sends one reply: as one post when it fits, as numbered posts when the agent chose a
    thread (`message.raw["split"]`) and the network can post one, else a permanent failure
    that tells the agent what to do."""
    allowed = room(network, account, message.conversation)
    count = _counter(network)
    length = count(message.body)
    send_parts = getattr(network, "send_parts", None)
    if length <= allowed:
        if send_parts is not None:
            return str(send_parts(account, message, delivery, [message.body.strip()]))
        return network.send(account, message, delivery)
    if not (message.raw or {}).get("split") or send_parts is None:
        raise DeliveryError(
            f"The reply is {length} {_unit(network)} long; {account.get_kind_display()} takes "
            f"{allowed} in one post. Shorten it, or send it as a thread.",
            permanent=True,
        )
    try:
        parts = split_for_thread(message.body, allowed, count)
    except ValueError as error:
        raise DeliveryError(str(error), permanent=True) from None
    return str(send_parts(account, message, delivery, parts))


def _unit(network: Network) -> str:
    return str(getattr(network, "length_unit", "characters"))


class SocialAdapter:
    """The inbox's adapter for one social network (registered by `polling.install`)."""

    def __init__(self, network: Network, health: Callable[[ChannelAccount], ChannelHealth]):
        self.network = network
        self._health = health

    @property
    def kind(self) -> str:
        return self.network.kind

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        return send_reply(self.network, account, message, delivery)

    def length_limit(self, conversation: Conversation) -> LengthLimit:
        return LengthLimit(
            limit=room(self.network, conversation.account, conversation),
            unit=_unit(self.network),
            count=_counter(self.network),
            can_split=hasattr(self.network, "send_parts"),
            url_length=int(getattr(self.network, "url_length", 0)),
        )

    def health(self, account: ChannelAccount) -> ChannelHealth:
        return self._health(account)

    def __repr__(self) -> str:
        return f"SocialAdapter({self.network.kind!r})"
