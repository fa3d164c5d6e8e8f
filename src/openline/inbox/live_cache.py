"""The list fragment of one inbox generation, rendered once and kept for every reader of the
same kind (the same query string and language): after a change every open inbox asks for it
within a poll interval (issue 19).

Kept in the default cache (shared through Redis where there is one) and in a small dict per
process, so that the hundreds of answers after a change do not each fetch and unpickle the
fragment. An entry names its generation, so a change never serves an older list; it is also
dropped at its `until` (SHARE_SECONDS, or the list's next SLA deadline if sooner: the clocks
and the breaching count move without a change)."""

import time
from hashlib import sha256
from typing import Any

from django.core.cache import cache
from django.http import QueryDict

SHARE_SECONDS = 10
_memo: dict[str, dict[str, Any]] = {}


def key(generation: int, language: str, query: QueryDict) -> str:
    """Readers of the same kind: the same generation, language and query (but for `v`)."""
    asked = sorted((name, values) for name, values in query.lists() if name != "v")
    digest = sha256(repr(asked).encode()).hexdigest()[:32]
    return f"inbox-live:{generation}:{language}:{digest}"


def get(name: str) -> dict[str, Any] | None:
    shared = _memo.get(name)
    if shared is None:
        shared = cache.get(name)
        if shared is not None:
            _remember(name, shared)
    if shared is None or shared["until"] <= time.time():
        return None
    return shared


def put(name: str, shared: dict[str, Any]) -> None:
    cache.set(name, shared, SHARE_SECONDS * 3)
    _remember(name, shared)


def _remember(name: str, shared: dict[str, Any]) -> None:
    if len(_memo) >= 64:  # a few generations of a few kinds of reader
        _memo.clear()
    _memo[name] = shared


def forget() -> None:
    """Tests: a fresh process."""
    _memo.clear()
