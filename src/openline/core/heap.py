"""A web process's start-up heap, out of the garbage collector's way (issue 19).

A web process holds ~200,000 objects once Django, the URLconf and the apps are loaded, nearly all
of them kept for the process's life. CPython's full collections walk all of them with the GIL
held: ~120 ms of CPU here, and 200 to 600 ms of wall time on a loaded machine, during which no
thread of the process answers anything (core.reqtrace saw one under page load, stalling every
open inbox's poll of that process). `settle` moves what start-up built into the permanent
generation (`gc.freeze`), which no collection walks; what requests allocate afterwards is
collected as before.

Start-up is not all a process keeps: its first requests load templates, translations,
middleware state and per-process caches, which then stay for its life too. Frozen only at import,
those were walked by every full collection: ~35 ms of CPU each, one every ~10,000 signed-in
thread pages of a process (bench/gc_pauses.py). `SettledAfter` settles once more after the
process's first requests: a full collection is then ~3 ms."""

import gc
import threading
from collections.abc import Callable, Iterable
from typing import Any

# Requests a process answers before what they loaded is frozen too: enough for the common pages'
# templates and caches, early enough that the first costly full collection (after ~2,000
# signed-in pages) has not come yet.
SETTLE_AFTER = 500

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def settle() -> None:
    """Once start-up is done: collect its garbage, then freeze what is left."""
    gc.collect()
    gc.freeze()


class SettledAfter:
    """A WSGI application: `app`, with the heap settled again once `requests` requests have been
    answered by this process (by the thread of the one that makes the count; once)."""

    def __init__(self, app: WSGIApp, requests: int = SETTLE_AFTER) -> None:
        self.app = app
        self.left = requests
        self._lock = threading.Lock()

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        try:
            return self.app(environ, start_response)
        finally:
            if self.left > 0:  # read without the lock: once it is 0, a request pays nothing
                with self._lock:
                    self.left -= 1
                    now = self.left == 0
                if now:
                    settle()
