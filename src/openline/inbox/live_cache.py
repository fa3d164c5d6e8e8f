"""The list fragment of one inbox generation, rendered once and kept for every reader of the
same kind (the same query string and language): after a change every open inbox asks for it
within a poll interval (issue 19).

Kept in the default cache (shared through Redis where there is one) and in a small dict per
process, so that the hundreds of answers after a change do not each fetch and unpickle the
fragment. An entry names its generation, so a change never serves an older list; it is also
dropped at its `until` (SHARE_SECONDS, or the list's next SLA deadline if sooner: the clocks
and the breaching count move without a change)."""

import logging
import threading
import time
from hashlib import sha256
from typing import Any

from django.core.cache import cache
from django.http import QueryDict

log = logging.getLogger(__name__)

SHARE_SECONDS = 10
# How long a reader waits for the render another request of its process is making.
WAIT_FOR_RENDER_SECONDS = 2.0
_memo: dict[str, dict[str, Any]] = {}
_rendering: dict[str, tuple[threading.Event, float]] = {}  # name: (done, claimed at)
_rendering_lock = threading.Lock()


def key(generation: int, language: str, query: QueryDict) -> str:
    """Readers of the same kind: the same generation, language and query (but for `v`)."""
    asked = sorted((name, values) for name, values in query.lists() if name != "v")
    digest = sha256(repr(asked).encode()).hexdigest()[:32]
    return f"inbox-live:{generation}:{language}:{digest}"


def generation_of(name: str) -> int:
    """The inbox generation whose list `name` holds."""
    return int(name.split(":", 2)[1])


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


def claim_or_wait(name: str) -> tuple[bool, dict[str, Any] | None]:
    """(True, None): no request of this process is rendering `name`; the caller renders it
    and must call `rendered(name)`. (False, shared or None): another one was; this waited for
    it (the GIL released) rather than render the same list again behind the pages."""
    with _rendering_lock:
        claimed = _rendering.get(name)
        if claimed is None:
            _rendering[name] = (threading.Event(), time.monotonic())
            return True, None
    if not claimed[0].wait(WAIT_FOR_RENDER_SECONDS):
        log.warning("gave up waiting %.1f s for the inbox list's render", WAIT_FOR_RENDER_SECONDS)
    return False, get(name)


def rendered(name: str) -> None:
    """The claimed render is in the cache, or failed: its waiters look again."""
    with _rendering_lock:
        claimed = _rendering.pop(name, None)
    if claimed is not None:
        claimed[0].set()
        took = time.monotonic() - claimed[1]
        if took > 1:
            log.warning("the new inbox list took %.1f s to render while readers waited", took)


def forget() -> None:
    """Tests: a fresh process."""
    _memo.clear()
