"""Reads, recorded without slowing the pages.

`ReadsMiddleware` sits above the anonymous page cache, so cached hits are counted too. For each
thread page served (status 200, GET) it adds one to an in-process counter; every
VIEW_FLUSH_SECONDS (10) a short-lived thread writes the counts with one UPDATE per distinct
count (`view_count = view_count + n` for all threads viewed n times), which does not touch the
thread's version, so cached pages stay cached. Counts still in memory when a process dies are
lost: they are page views, not records.

For a signed-in member it also records the visit of the day and the read of the thread (one row
per member, thread and day, see people.actions.record_read); both are a cache lookup once done.
Obvious robots are not counted.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

from openline.community.models import Thread
from openline.people.actions import record_read, record_visit

log = logging.getLogger(__name__)

THREAD_VIEW = "community:thread"
ROBOT_MARKERS = ("bot", "crawl", "spider", "slurp", "preview", "monitor", "curl", "wget")


class ViewCounter:
    """Page views per thread, kept in memory and written in batches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: Counter[int] = Counter()
        self._last_flush = time.monotonic()
        self._flushing = False

    def add(self, thread_id: int) -> None:
        with self._lock:
            self._pending[thread_id] += 1

    def pending(self) -> dict[int, int]:
        with self._lock:
            return dict(self._pending)

    def _take(self) -> Counter[int]:
        with self._lock:
            taken, self._pending = self._pending, Counter()
            self._last_flush = time.monotonic()
            return taken

    def flush(self) -> int:
        """Writes the pending counts: one UPDATE per distinct count. Returns threads updated."""
        taken = self._take()
        if not taken:
            return 0
        by_count: dict[int, list[int]] = {}
        for thread_id, n in taken.items():
            by_count.setdefault(n, []).append(thread_id)
        try:
            with transaction.atomic():
                for n, ids in by_count.items():
                    for start in range(0, len(ids), 500):
                        Thread.objects.filter(pk__in=ids[start : start + 500]).update(
                            view_count=F("view_count") + n
                        )
        except Exception:
            with self._lock:  # keep them for the next flush
                self._pending.update(taken)
            raise
        return len(taken)

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
                log.exception("Could not write page view counts")
            finally:
                connection.close()
                with self._lock:
                    self._flushing = False

        threading.Thread(target=run, name="openline-view-counts", daemon=True).start()


views = ViewCounter()


@atexit.register
def _flush_at_exit() -> None:  # pragma: no cover - process shutdown
    try:
        close_old_connections()
        views.flush()
    except Exception:
        log.warning("Page view counts not written at exit", exc_info=True)


def _is_robot(request: HttpRequest) -> bool:
    agent = request.headers.get("User-Agent", "").lower()
    return not agent or any(marker in agent for marker in ROBOT_MARKERS)


def _thread_id(request: HttpRequest) -> int | None:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name != THREAD_VIEW:
        return None
    return match.kwargs.get("pk")


class ReadsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method != "GET" or response.status_code != 200 or _is_robot(request):
            return response
        try:
            self._count(request)
        except Exception:  # counting must never break a page
            log.exception("Could not record a read")
        return response

    def _count(self, request: HttpRequest) -> None:
        user = getattr(request, "user", None)  # set further down the stack, unless cached
        signed_in = user is not None and user.is_authenticated
        if signed_in:
            record_visit(user.pk)
        thread_id = _thread_id(request)
        if thread_id is not None:
            views.add(thread_id)
            if signed_in:
                record_read(user.pk, thread_id)
        # Never from inside a transaction (tests run in one): a second writer would wait on it.
        every = settings.OPENLINE.get("VIEW_FLUSH_SECONDS", 10)
        if views.due(every) and not connection.in_atomic_block:
            views.flush_in_background()
