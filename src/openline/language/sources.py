"""What each kind of vector is made from. The layer that owns the objects registers a source
(knowledge registers "thread"); this app embeds, stores and searches without knowing them."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    kind: str
    # Every object id that should have a vector, in ascending order.
    all_ids: Callable[[], Iterable[int]]
    # The text to embed for each of these ids that still exists.
    texts: Callable[[list[int]], dict[int, str]]


_sources: dict[str, Source] = {}


def register(source: Source) -> None:
    _sources[source.kind] = source


def get(kind: str) -> Source:
    try:
        return _sources[kind]
    except KeyError:
        raise LookupError(f"No embedding source for kind {kind!r}.") from None


def kinds() -> list[str]:
    return sorted(_sources)
