"""Open inboxes wait for the next change instead of asking every 500 ms (issue 19).

inbox.js asks `/inbox/live/wait/?v=<generation shown>` with its live token. Under `openline
serve` (ASGI, core.asgi) that request is held here on the event loop until the inbox generation
moves past `v`, or for `hold` seconds at most (≤ WAIT_SECONDS), and answered 204 with the
current generation; the page then fetches the fragment through the live views, which check the
session in full. A held request costs a coroutine and a socket, no thread and no query.

One watch per process reads the generation counter every CHECK_SECONDS, and only while someone
waits: one primary-key read for all of the process's waiters, whatever their number, on the
database every node already shares (SQLite for `openline serve`, PostgreSQL for a cluster), so
several processes and nodes need nothing more. A failed read (the database restarting) is
retried; the waiters keep waiting and are answered at their deadline.

The wait answers only "changed or not", and only to a live token good for the request's session
and the staff access counter (inbox.live_tokens), which the watch reads with the generation: a
change of anyone's access wakes every waiter, and those whose token it made stale get a 403
(inbox.js then polls in full and is refused or gets a fresh token). Where no ASGI server holds
the wait (a WSGI server, the test client), inbox.fastpath answers at once without
`X-Inbox-Held` and inbox.js polls at its old pace."""

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

from django.conf import settings
from django.db import DatabaseError, connection
from django.http.cookie import parse_cookie
from django.urls import reverse

from openline.accounts.access import STAFF_ACCESS_COUNTER
from openline.core import counters
from openline.core.asgi import Receive, Route, Scope, Send

from . import actions, fastpath, live_tokens

log = logging.getLogger(__name__)

WAIT_SECONDS = 25.0  # under the 30 s idle timeouts of common proxies
CHECK_SECONDS = 0.05  # the watch's pace: at most this much added to a change's way to a page
HELD_HEADER = "X-Inbox-Held"


def read_generation() -> tuple[int, int]:
    """(inbox generation, staff access counter), on the watch's own thread, with its own
    database connection."""
    try:
        generation, access = counters.read_many(actions.INBOX_COUNTER, STAFF_ACCESS_COUNTER)
    except DatabaseError:
        connection.close()  # a restarted server: the next read connects again
        raise
    return generation, access


class GenerationWatch:
    """The inbox generation (and the staff access counter) as one process sees it, and every
    waiter woken when either moves."""

    def __init__(
        self, read: Callable[[], tuple[int, int]] = read_generation, every: float = CHECK_SECONDS
    ) -> None:
        self.read = read
        self.every = every
        self.generation: int | None = None
        self.access: int | None = None
        self.read_at = 0.0
        self.waiters = 0
        self.changed: asyncio.Event | None = None
        self.task: asyncio.Task[None] | None = None
        self.reading: asyncio.Task[int | None] | None = None
        self.reader = ThreadPoolExecutor(1, thread_name_prefix="inbox-watch")

    def close(self) -> None:
        """Its thread's database connection closed and the thread ended (tests, shutdown)."""
        self.reader.submit(lambda: connection.close()).result()
        self.reader.shutdown()

    async def _read(self) -> int | None:
        loop = asyncio.get_running_loop()
        try:
            value, access = await loop.run_in_executor(self.reader, self.read)
        except Exception as error:  # the database restarting, say: the next read tries again
            log.warning("inbox watch: reading the generation failed: %s", error)
            return None
        self.read_at = loop.time()
        if value != self.generation or access != self.access:
            self.generation, self.access = value, access
            if self.changed is not None:
                self.changed.set()
            self.changed = asyncio.Event()
        return value

    async def fresh(self) -> None:
        """A reading at most two paces old; waiters arriving together share one read."""
        loop = asyncio.get_running_loop()
        if self.generation is not None and loop.time() - self.read_at <= self.every * 2:
            return
        if self.reading is None:
            self.reading = loop.create_task(self._read())
            self.reading.add_done_callback(lambda _: setattr(self, "reading", None))
        await asyncio.shield(self.reading)

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        idle_since = None
        try:
            # Kept a second past the last waiter: the pages ask again right after an answer.
            while self.waiters or idle_since is None or loop.time() - idle_since < 1:
                idle_since = None if self.waiters else (idle_since or loop.time())
                if await self._read() is None:
                    await asyncio.sleep(self.every * 20)  # 1 s: the database is restarting
                await asyncio.sleep(self.every)
        finally:
            self.task = None

    async def wait_past(self, seen: int, timeout: float) -> int | None:
        """The generation once it is not `seen` or the staff access counter moved, or after
        `timeout` whatever it is (None when the database could not be read)."""
        loop = asyncio.get_running_loop()
        await self.fresh()
        if self.generation is None or self.generation != seen:
            return self.generation
        access = self.access
        deadline = loop.time() + timeout
        self.waiters += 1
        try:
            if self.task is None:
                self.task = loop.create_task(self._watch())
            while (
                self.generation == seen
                and self.access == access
                and (left := deadline - loop.time()) > 0
            ):
                assert self.changed is not None
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    break
        finally:
            self.waiters -= 1
        return self.generation


WATCH = GenerationWatch()


async def _respond(send: Send, status: int, headers: dict[str, str], body: bytes = b"") -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]
            + [(b"cache-control", b"no-store")],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def _number(query: dict[str, list[str]], name: str, default: float) -> float:
    try:
        return float(query[name][0])
    except (KeyError, IndexError, ValueError):
        return default


async def serve_wait(scope: Scope, receive: Receive, send: Send) -> None:
    """The held wait (see the module's docstring)."""
    if scope["method"] != "GET":
        await _respond(send, 405, {"Allow": "GET"})
        return
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    if fastpath.bad_generation(next(iter(query.get("v", [])), None)):
        await _respond(send, 400, {}, b"Bad v.")
        return
    token, cookie = _token_and_session(scope)
    await WATCH.fresh()
    if WATCH.access is None or not live_tokens.check(token, cookie, WATCH.access):
        # inbox.js then polls in full, which checks the session and gives a fresh token.
        await _respond(send, 403, {}, b"Live token missing or expired.")
        return
    seen = int(_number(query, "v", -1))
    hold = min(max(_number(query, "hold", WAIT_SECONDS), 0.0), WAIT_SECONDS)
    waiting = asyncio.ensure_future(WATCH.wait_past(seen, hold))
    gone = asyncio.ensure_future(_until_disconnect(receive))
    await asyncio.wait({waiting, gone}, return_when=asyncio.FIRST_COMPLETED)
    gone.cancel()
    if not waiting.done():  # the page went away: nobody to answer
        waiting.cancel()
        return
    generation = waiting.result()
    if generation is None:
        await _respond(send, 503, {"Retry-After": "5"}, b"The inbox cannot be read just now.")
        return
    if WATCH.access is None or not live_tokens.check(token, cookie, WATCH.access):
        await _respond(send, 403, {}, b"Live token missing or expired.")  # access changed
        return
    await _respond(send, 204, {fastpath.GENERATION_HEADER: str(generation), HELD_HEADER: "1"})


def _token_and_session(scope: Scope) -> tuple[str, str]:
    """The live token and the session cookie of a request."""
    token, cookies = "", []
    for name, value in scope.get("headers", []):
        if name == b"x-inbox-token":
            token = value.decode("latin-1")
        elif name == b"cookie":
            cookies.append(value.decode("latin-1"))
    session = parse_cookie("; ".join(cookies)).get(settings.SESSION_COOKIE_NAME, "")
    return token, session


_paths: dict[str, str] = {}


def route(path: str) -> Route | None:
    """For core.asgi.WSGIOverASGI: the wait's path is held here, everything else is Django's."""
    if not _paths:
        _paths["wait"] = reverse("inbox:live_wait")
    return serve_wait if path == _paths["wait"] else None
