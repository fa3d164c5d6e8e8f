"""Pages on a fixed number of threads, short answers beside them (issue 19).

Granian's WSGI interface runs each request on a pool of blocking threads fed by one FIFO queue.
With one thread per process, an open inbox's poll (~50 µs of Python, answered before Django by
inbox.fastpath) waited in that queue behind every page render ahead of it: hundreds of
milliseconds on a busy page. `openline serve` now gives Granian more threads than it lets run
pages: `PageGate` lets `pages` requests into Django at a time and holds the others (waiting
releases the GIL), so a poll always finds a thread, and pages still run as they did, `pages`
at a time. A poll then waits only for the GIL, a few ms, not for renders.

The gate is off (no limit) unless `openline serve` sets OPENLINE_SERVE_LANE, as under the
test client, Django's live server or another WSGI server that chooses its own threads."""

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

THREADS_ENV = "OPENLINE_SERVE_THREADS"  # page threads per process (`--threads`)
LANE_ENV = "OPENLINE_SERVE_LANE"  # threads beside them for short answers; 0: no gate
LANE_THREADS = 8
URGENT_KEY = "openline.lanes.urgent"  # environ: past the gate without waiting
# Open inboxes' waits held per process on threads of their own (inbox.holds); `openline serve`
# sets it. Then Granian's pool has hundreds of threads, and Django runs on a few of its own.
HOLDS_ENV = "OPENLINE_SERVE_HOLDS"


def held_waits() -> int:
    """How many waits a process holds on threads (0 unless `openline serve` set it)."""
    value = os.environ.get(HOLDS_ENV, "")
    return int(value) if value.isdigit() else 0


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def lane_threads() -> int:
    """The threads beside the page threads (`openline serve`: LANE_THREADS unless set)."""
    value = os.environ.get(LANE_ENV, "")
    return int(value) if value.isdigit() else LANE_THREADS


def page_gate() -> int | None:
    """How many requests may be in Django at once in this process; None: no gate (not under
    `openline serve`, or its lane turned off)."""
    threads = os.environ.get(THREADS_ENV, "")
    if not threads.isdigit() or not os.environ.get(LANE_ENV, "").isdigit():
        return None
    return max(1, int(threads)) if lane_threads() else None


class FairGate:
    """At most `slots` holders at once, admitted in the order they came. A slot that is given
    back goes straight to the longest waiter, never to whoever asks next. A
    `threading.Semaphore` lets a request that arrives just as a page leaves take the place of
    the waiter woken for it (the waiter needs a core and the GIL before it can take it), and the
    waiter then waits again at the back: under a steady stream of pages some waited many times
    their share (bench/README.md, signedin-v5: the signed-in thread's p99)."""

    def __init__(self, slots: int) -> None:
        self._free = slots
        self._lock = threading.Lock()
        self._waiters: deque[threading.Lock] = deque()

    def __enter__(self) -> None:
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return
            turn = threading.Lock()
            turn.acquire()
            self._waiters.append(turn)
        turn.acquire()  # released by __exit__ with the slot already ours

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().release()  # the slot passes on, never free between
            else:
                self._free += 1

    def acquire(self, blocking: bool = True) -> bool:
        """Takes a slot; without `blocking`, only when one is free and nobody waits for it."""
        if blocking:
            self.__enter__()
            return True
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            return False

    def release(self) -> None:
        self.__exit__()


class PageGate:
    """A WSGI application: `app`, entered by at most `pages` requests at once. A request marked
    urgent (environ[URGENT_KEY], set by whatever answers before it) does not wait at the gate:
    the one render of the new inbox list that hundreds of open inboxes wait for
    (inbox.fastpath, at most one per process, generation and kind of reader) runs beside the
    page in progress instead of after it and the pages queued behind it."""

    def __init__(
        self,
        app: WSGIApp,
        pages: int | None,
        *,
        beside: tuple[str, ...] = (),
        own_threads: bool = False,
    ) -> None:
        self.app = app
        self.gate = FairGate(pages) if pages else None
        self.beside = beside  # paths (PATH_INFO prefixes) of short requests that skip the gate
        # With `own_threads` (where waits are held, inbox.holds) Django runs on `pages` threads
        # of its own (their queue is the gate, in order) and the urgent and beside requests on
        # LANE_THREADS more, never on the server's hundreds: each thread that runs Django keeps
        # a database connection (CONN_MAX_AGE), ~1 MB of SQLite schema each or one of
        # PostgreSQL's connections — 275 per process in the first run with held waits.
        self.pools = (
            (
                ThreadPoolExecutor(pages, thread_name_prefix="page"),
                ThreadPoolExecutor(LANE_THREADS, thread_name_prefix="beside"),
            )
            if pages and own_threads
            else None
        )

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        beside = bool(
            environ.get(URGENT_KEY)
            or (self.beside and environ.get("PATH_INFO", "").startswith(self.beside))
        )
        if self.pools is not None:
            return self._on(self.pools[1 if beside else 0], environ, start_response)
        if self.gate is None or beside:
            return self.app(environ, start_response)
        # Django builds the whole response here; a streamed body (a file) is sent after the
        # gate opens again, which is only I/O.
        with self.gate:
            return self.app(environ, start_response)

    def _on(
        self, pool: ThreadPoolExecutor, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """Django's answer made on one of `pool`'s threads, the server's thread waiting for it
        (the GIL released). A whole response is joined and closed there (request_finished:
        Django checks that thread's connections); a streamed one (a file) is sent from here."""
        said: list[Any] = []

        def started(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            said[:] = [status, headers, exc_info]

        def run() -> Iterable[bytes]:
            result = self.app(environ, started)
            if getattr(result, "streaming", True) and not isinstance(result, list):
                return result
            try:
                return [b"".join(result)]
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()

        answer = pool.submit(run).result()
        if said[2] is None:
            start_response(said[0], said[1])
        else:
            start_response(*said)
        return answer
