"""Open inboxes' waits held on the WSGI server's threads (issue 19, session 17).

Under Granian's WSGI interface (the default `openline serve`) an open inbox used to ask for its
list every 500 ms: 1,000 requests a second for 500 inboxes, a quarter of a core with nothing
changing and a third of the pages' throughput lost to the GIL handed to the polls. With
OPENLINE_SERVE_HOLDS=N (opt-in: docs/decisions.md, session 17 live-cost) `openline serve`
gives each process N threads more, and inbox.fastpath holds a wait
(`/inbox/live/wait/?v=<shown>&hold=<s>`) on one of them until the inbox generation or the staff
access counter moves, or for its hold: a held thread sleeps on an event (no GIL, no CPU). An
idle inbox then asks once per hold (≤ 25 s) instead of 50 times.

One `ThreadWatch` per process reads both counters every CHECK_SECONDS on its own thread and
database connection, only while someone waits or asks (and a second after): every waiter and
every fast-path poll of the process uses its reading (at most FRESH_SECONDS old) instead of a
query of its own on its own thread, so the many threads of the pool never open a database
connection for a poll. The counters live in the database every node shares, so waiters of any
process and node are woken by a change made anywhere, and nothing is lost across a Redis restart.

A waiter woken by a change of the access counter is checked again (inbox.live_tokens) before
it is told anything: a signed-out or demoted reader's wait is left to Django, which refuses it.
The slots are bounded (`SLOTS`): past them a wait is answered at once without `X-Inbox-Held`
and that page polls at the old pace, so holds can never take the threads the pages need."""

import logging
import threading
import time
from collections.abc import Callable

from django.db import DatabaseError, connection

from openline.accounts.access import STAFF_ACCESS_COUNTER
from openline.core import counters, lanes

from .ingestion import INBOX_COUNTER

log = logging.getLogger(__name__)

HOLDS_ENV = lanes.HOLDS_ENV  # held waits per process under `openline serve` (WSGI)
WAIT_SECONDS = 25.0  # under the 30 s idle timeouts of common proxies (as inbox.waiting)
CHECK_SECONDS = 0.05  # the watch's pace: at most this much added to a change's way to a page
FRESH_SECONDS = 2 * CHECK_SECONDS  # how old a reading a poll may be answered from
LINGER_SECONDS = 1.0  # the watch keeps reading this long after the last waiter or reader
# The waiters are woken at most this often for new messages: each wake-up costs every open inbox
# a fetch of the list, and the worker's readings of a backlog move the inbox many times a
# second. The first change after a quiet spell wakes them at once; a change of access always.
WAKE_SPACING = 0.5
HELD_HEADER = "X-Inbox-Held"

Reading = tuple[int, int]  # (inbox generation, staff access counter)


def read_counters() -> Reading:
    generation, staff_access = counters.read_many(INBOX_COUNTER, STAFF_ACCESS_COUNTER)
    return generation, staff_access


class ThreadWatch:
    """The inbox generation and the staff access counter as one process sees them; every
    waiter woken (one event set) when either moves."""

    def __init__(
        self,
        read: Callable[[], Reading] = read_counters,
        every: float = CHECK_SECONDS,
        linger: float = LINGER_SECONDS,
        spacing: float = WAKE_SPACING,
    ) -> None:
        self._read = read
        self.every = every
        self.linger = linger
        self.spacing = spacing
        self._woken_at = -spacing  # monotonic: the last wake-up
        self.woken: Reading | None = None  # the reading the waiters were last woken for
        self._lock = threading.Lock()
        self._read_done = threading.Condition(self._lock)  # a reading's readers (few)
        self._changed = threading.Event()  # set, then replaced, on each change (the waiters)
        self.reading: Reading | None = None
        self.read_started = 0.0  # monotonic: when the current reading's query began
        self.reads = 0
        self.waiters = 0
        self._wanted = 0.0  # monotonic: the last time someone asked or stopped waiting
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    idle = not self.waiters and time.monotonic() - self._wanted > self.linger
                    if idle:
                        self._thread = None
                        self._read_done.notify_all()
                        return
                started = time.monotonic()
                try:
                    value = self._read()
                except Exception as error:  # the database restarting: the waiters wait on
                    log.warning("inbox watch: reading the counters failed: %s", error)
                    connection.close()  # a restarted server: the next read connects again
                    time.sleep(self.every * 20)
                    continue
                woken = None
                with self._lock:
                    self.reading, self.read_started = value, started
                    self.reads += 1
                    now = time.monotonic()
                    if value != self.woken and (
                        self.woken is None
                        or value[1] != self.woken[1]
                        or now - self._woken_at >= self.spacing
                    ):
                        woken, self._changed = self._changed, threading.Event()
                        self.woken, self._woken_at = value, now
                    self._read_done.notify_all()
                if woken is not None:
                    woken.set()
                time.sleep(self.every)
        finally:
            connection.close()  # this thread's own connection

    def _start(self) -> None:
        """Under the lock: the watch's thread runs (again)."""
        self._wanted = time.monotonic()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="inbox-watch", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """The watch's thread ends once no one waits (it starts again when next asked): a
        process shutting down, or a test before its database is emptied. False where a waiter
        kept it past `timeout`."""
        with self._lock:
            linger, self.linger = self.linger, 0.0
            thread = self._thread
        try:
            if thread is not None:
                thread.join(timeout)
            return thread is None or not thread.is_alive()
        finally:
            with self._lock:
                self.linger = linger

    def since(self, moment: float, timeout: float = 2.0) -> Reading:
        """A reading whose query began at `moment` (monotonic) or later: changes committed
        before `moment` are in it. Raises DatabaseError when none comes within `timeout`."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._start()
            while self.reading is None or self.read_started < moment:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise DatabaseError("the inbox counters could not be read")
                self._read_done.wait(left)
                if self._thread is None:
                    self._start()
            return self.reading

    def recent(self) -> Reading:
        """A reading at most FRESH_SECONDS old (one for all of the process's polls)."""
        return self.since(time.monotonic() - FRESH_SECONDS)

    def wait_past(self, seen: Reading, timeout: float) -> Reading:
        """The reading once it is not `seen` (at once where it is not already; else at the next
        wake-up, WAKE_SPACING after the last one at the earliest), or after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self.waiters += 1
            self._start()
        try:
            while True:
                with self._lock:
                    current, changed = self.reading, self._changed
                if current is not None and current != seen:
                    return current
                left = deadline - time.monotonic()
                if left <= 0:
                    return current or seen
                changed.wait(left)
        finally:
            with self._lock:
                self.waiters -= 1
                self._wanted = time.monotonic()


WATCH = ThreadWatch()


class Slots:
    """At most `count` waits held at once in this process."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._free = threading.BoundedSemaphore(count) if count else None

    def take(self) -> bool:
        return self._free is not None and self._free.acquire(blocking=False)

    def give_back(self) -> None:
        assert self._free is not None
        self._free.release()


_slots: list[Slots] = []


def slots() -> Slots:
    """This process's slots, from HOLDS_ENV as `openline serve` set it."""
    if not _slots:
        _slots.append(Slots(lanes.held_waits()))
    return _slots[0]


def forget() -> None:
    """Tests: the slots read from the environment again."""
    _slots.clear()
