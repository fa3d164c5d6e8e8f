"""Reads, recorded without slowing the pages.

`ReadsMiddleware` sits above the anonymous page cache, so cached hits are counted too. A page
only notes what it saw, in memory: a view of a thread page (status 200, GET), and for a
signed-in member the visit of the day and their read of the thread. Every VIEW_FLUSH_SECONDS
(10) a short-lived thread with its own connection writes the batch in one transaction
(`actions.store_reads`):

- page views with one UPDATE per distinct count (`view_count = view_count + n` for all threads
  seen n times); the thread's version is not touched, so cached pages stay cached;
- reads, one row per member, thread and day, and visits, one per member and day, inserted in
  bulk, skipping what is already there (another process may have stored it).

A page therefore runs no query for this. What is still in memory when a process dies is lost:
ten seconds of page views. Obvious robots are not counted.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from django.conf import settings
from django.db import close_old_connections, connection
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from openline.core.urls import resolve_request

from .actions import store_reads

log = logging.getLogger(__name__)

THREAD_VIEW = "community:thread"
ROBOT_MARKERS = ("bot", "crawl", "spider", "slurp", "preview", "monitor", "curl", "wget")
SEEN_LIMIT = 500_000  # reads remembered per day to skip repeats; past it, repeats reach the DB


class Recorder:
    """What pages saw since the last flush, and what was already noted today."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._views: Counter[int] = Counter()
        self._reads: set[tuple[int, int, date]] = set()
        self._visits: set[tuple[int, date]] = set()
        self._seen: set[tuple[Any, ...]] = set()
        self._day: date | None = None
        self._last_flush = time.monotonic()
        self._flushing = False
        self._flusher: threading.Thread | None = None

    def _new_today(self, key: tuple[Any, ...], today: date) -> bool:
        if today != self._day or len(self._seen) > SEEN_LIMIT:
            self._seen.clear()
            self._day = today
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def view(self, thread_id: int) -> None:
        with self._lock:
            self._views[thread_id] += 1

    def read(self, user_id: int, thread_id: int, today: date) -> None:
        with self._lock:
            if self._new_today(("read", user_id, thread_id), today):
                self._reads.add((user_id, thread_id, today))

    def visit(self, user_id: int, today: date) -> None:
        with self._lock:
            if self._new_today(("visit", user_id), today):
                self._visits.add((user_id, today))

    def pending(self) -> dict[str, Any]:
        with self._lock:
            return {
                "views": dict(self._views),
                "reads": set(self._reads),
                "visits": set(self._visits),
            }

    def _take(self) -> tuple[Counter[int], set[tuple[int, int, date]], set[tuple[int, date]]]:
        with self._lock:
            taken = (self._views, self._reads, self._visits)
            self._views, self._reads, self._visits = Counter(), set(), set()
            self._last_flush = time.monotonic()
            return taken

    def flush(self) -> dict[str, int]:
        """Writes what was gathered. Returns how many threads, reads and visits it wrote."""
        views, reads, visits = self._take()
        store_reads(views, reads, visits)
        return {"threads": len(views), "reads": len(reads), "visits": len(visits)}

    def due(self, every: float) -> bool:
        return time.monotonic() - self._last_flush >= every

    def flush_in_background(self) -> None:
        """Flushes on a short-lived thread with its own connection, so no reader waits."""
        with self._lock:
            if self._flushing:
                return
            self._flushing = True
            self._last_flush = time.monotonic()

        def run() -> None:
            try:
                self.flush()
            except Exception:
                log.exception("Could not write page views and reads")
            finally:
                connection.close()
                with self._lock:
                    self._flushing = False

        thread = threading.Thread(target=run, name="openline-reads", daemon=True)
        self._flusher = thread
        thread.start()

    def settle(self, timeout: float = 10.0) -> bool:
        """Waits for the background flush under way, if any: the test suite, before its
        database is emptied (the flush writes on a connection of its own). False where it is
        still writing after `timeout`."""
        thread = self._flusher
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()


recorder = Recorder()


def discard_pending() -> None:
    """Forgets what was noted but not written, and which reads were already noted today: the
    test suite, after each test (the next test's database has other threads and members under
    the same ids)."""
    with recorder._lock:
        recorder._views.clear()
        recorder._reads.clear()
        recorder._visits.clear()
        recorder._seen.clear()


@atexit.register
def _flush_at_exit() -> None:  # pragma: no cover - process shutdown
    try:
        close_old_connections()
        recorder.flush()
    except Exception:
        log.warning("Page views and reads not written at exit", exc_info=True)


def _is_robot(request: HttpRequest) -> bool:
    agent = request.headers.get("User-Agent", "").lower()
    return not agent or any(marker in agent for marker in ROBOT_MARKERS)


def _thread_id(request: HttpRequest) -> int | None:
    match = resolve_request(request)
    if match is None:
        return None
    return match.kwargs.get("pk") if match.view_name == THREAD_VIEW else None


def note(request: HttpRequest) -> None:
    """Notes the views, reads and visit a served page stands for."""
    user = getattr(request, "user", None)  # set further down the stack, unless served cached
    user_id = user.pk if user is not None and user.is_authenticated else None
    today = timezone.now().date()
    if user_id is not None:
        recorder.visit(user_id, today)
    thread_id = _thread_id(request)
    if thread_id is not None:
        recorder.view(thread_id)
        if user_id is not None:
            recorder.read(user_id, thread_id, today)


class ReadsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method != "GET" or response.status_code != 200 or _is_robot(request):
            return response
        try:
            note(request)
            # Never from inside a transaction (tests run in one): a second writer would wait.
            every = settings.OPENLINE.get("VIEW_FLUSH_SECONDS", 10)
            if recorder.due(every) and not connection.in_atomic_block:
                recorder.flush_in_background()
        except Exception:  # counting must never break a page
            log.exception("Could not note a read")
        return response
