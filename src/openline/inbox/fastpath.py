"""Open inboxes' polls answered before Django (issue 19): a WSGI application around Django's.

Five hundred open inboxes ask several hundred times a second, nearly always "anything new?".
Django's handler costs more than the answer: the request object, the request signals, eleven
middleware, the URL resolver. `LiveFastPath` answers three kinds of request itself, after one
query (the inbox generation and the staff access counter, core.counters.read_many), and only
for a live token that is good for the request's session cookie (inbox.live_tokens). Where
waits are held, the counters are the process's watch's reading (for a wait at most 100 ms old;
for a poll, one begun after the poll came), not a query on the request's thread:

- the wait (`/inbox/live/wait/`): where `openline serve` holds waits (OPENLINE_SERVE_HOLDS),
  held on this thread until the inbox
  or anyone's access changes (inbox.holds), checked again, then 204 with the generation and
  `X-Inbox-Held`; elsewhere (or with every slot taken) 204 at once, and the page polls;
- a poll of the list or of a conversation at the current generation: 204;
- a list poll after a change, once the generation's list was rendered for readers of the same
  kind (inbox.live_cache): the fragment, finished with the reader's token and "Mine" count.
  While one request of the process renders it (through Django), the others of the same kind
  wait for that render instead of queueing for Django themselves, then are checked again.

Everything else, a refused or stale token included, goes to Django as before, which checks the
session in full and says what to do (401, 403, a fresh token). A malformed `?v=` is a 400 here.
`LivePollMiddleware` runs the same `answer` for servers that call Django directly (the test
client, Django's live server), so the tests exercise this code too."""

import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple
from urllib.parse import parse_qs

from django.conf import settings
from django.db import DatabaseError
from django.http import QueryDict
from django.http.cookie import parse_cookie
from django.urls import NoReverseMatch, get_script_prefix, reverse

from openline.accounts.access import STAFF_ACCESS_COUNTER
from openline.core import counters, lanes

from . import holds, live_cache, live_tokens
from .ingestion import INBOX_COUNTER

GENERATION_HEADER = "X-Inbox-Generation"
# Where the fast path left its reading for the view (one query per request, not two).
READ_KEY = "openline.inbox.counters"
TRIED_KEY = "openline.inbox.fastpath"
# The shared list this request renders through Django, which other readers wait for.
RENDERS_KEY = "openline.inbox.renders"
_GENERATION = re.compile(r"\d{1,18}")
_HOLD = re.compile(r"\d{1,3}(\.\d{1,6})?")

Headers = list[tuple[str, str]]


class Answer(NamedTuple):
    status: int
    headers: Headers
    body: bytes


_NO_STORE: Headers = [("Cache-Control", "no-store")]


class _Paths(NamedTuple):
    wait: str
    list: str
    conversation: re.Pattern[str]


_paths: list[_Paths] = []


def _known_paths() -> _Paths | None:
    """The live views' paths as PATH_INFO gives them (no script prefix); None where the URLconf
    has no inbox (some tests')."""
    if not _paths:
        prefix = get_script_prefix()
        try:
            wait, listed, one = (
                "/" + reverse(name, args=args).removeprefix(prefix)
                for name, args in (
                    ("inbox:live_wait", ()),
                    ("inbox:live", ()),
                    ("inbox:conversation_live", (0,)),
                )
            )
        except NoReverseMatch:
            return None
        conversation = re.compile(re.escape(one).replace("0", r"\d{1,18}", 1))
        _paths.append(_Paths(wait, listed, conversation))
    return _paths[0]


def read(
    environ: dict[str, Any], *, shared: bool = False, since: float | None = None
) -> tuple[int, int]:
    """(inbox generation, staff access counter), read once per request. `shared` (where waits
    are held, inbox.holds): the process's watch's reading, at most FRESH_SECONDS old or begun
    after `since`, instead of a query on this request's thread."""
    found: tuple[int, int] | None = environ.get(READ_KEY)
    if found is None:
        if shared:
            found = holds.WATCH.recent() if since is None else holds.WATCH.since(since)
        else:
            generation, staff_access = counters.read_many(INBOX_COUNTER, STAFF_ACCESS_COUNTER)
            found = (generation, staff_access)
        environ[READ_KEY] = found
    return found


def bad_generation(value: str | None) -> bool:
    return value is not None and not _GENERATION.fullmatch(value)


def finish(shared: dict[str, Any], user_id: int, token: str) -> str:
    """A shared list fragment for one reader: their token, their "Mine" count."""
    html: str = shared["html"].replace(shared["token_slot"], token, 1)
    return html.replace(shared["mine_slot"], str(shared["mine"].get(user_id, 0)), 1)


def answer(
    environ: dict[str, Any], *, waited: str | None = None, since: float | None = None
) -> Answer | None:
    """The answer without Django, or None: Django answers. `waited`: the shared list this
    request waited for another request of its process to render (`since` it began)."""
    environ[TRIED_KEY] = True
    token = environ.get("HTTP_X_INBOX_TOKEN")
    if token is None or environ.get("REQUEST_METHOD") != "GET":
        return None
    paths = _known_paths()
    path = environ.get("PATH_INFO", "")
    if paths is None:
        return None
    kind = (
        "wait"
        if path == paths.wait
        else "list"
        if path == paths.list
        else "conversation"
        if paths.conversation.fullmatch(path)
        else None
    )
    if kind is None:
        return None
    raw_query = environ.get("QUERY_STRING", "")
    asked = parse_qs(raw_query, keep_blank_values=True)  # a third of QueryDict's cost
    seen = asked["v"][-1] if "v" in asked else None  # the last, as QueryDict.get gives it
    if bad_generation(seen):
        return Answer(400, [("Content-Type", "text/plain"), *_NO_STORE], b"Bad v.")
    held = holds.slots()
    if held.count and kind != "wait" and since is None:
        # What can carry customers' text is decided on a reading begun after the request came
        # (≤ one pace of the watch later), as a query of its own would be: a reader signed out
        # a moment ago gets nothing. Only the wait, which says "changed or not", takes the
        # process's latest reading.
        since = time.monotonic()
    try:
        generation, staff_access = read(environ, shared=bool(held.count), since=since)
    except DatabaseError:  # Django's handler closes a broken connection and answers
        return None
    cookie = parse_cookie(environ.get("HTTP_COOKIE", "")).get(settings.SESSION_COOKIE_NAME, "")
    claims = live_tokens.check(token, cookie, staff_access)
    if claims is None:
        return None
    if kind == "wait":
        return _wait(environ, held, asked, claims, token, cookie, (generation, staff_access))
    if seen == str(generation):
        return Answer(204, _NO_STORE, b"")
    if kind != "list" or asked.get("queue", [""])[-1] == "mine":  # per reader, by Django
        return None
    name = live_cache.key(generation, claims.language, QueryDict(raw_query))
    shared = live_cache.get(name)
    if shared is None and waited is not None:
        # The list moved on while this reader waited for its render (the worker's readings
        # of a new message change it again within a second): that render is still newer
        # than what the reader shows, and the next poll brings the next one. Sent to Django
        # instead, the reader waited for a render and then for the pages as well.
        shared = live_cache.get(waited)
        generation = live_cache.generation_of(waited)
    if shared is None:
        if waited is not None:
            return None
        waited_from = time.monotonic()
        claimed, _ = live_cache.claim_or_wait(name)
        if claimed:
            environ[RENDERS_KEY] = name
            environ[lanes.URGENT_KEY] = True  # others wait for it: not behind the pages
            return None
        # Waited for another request's render: check access again on a fresh reading, as
        # it may have been lost meanwhile; then the render is there (or Django answers).
        del environ[READ_KEY]
        return answer(environ, waited=name, since=waited_from)
    said = [(GENERATION_HEADER, str(generation)), *_NO_STORE]
    body = finish(shared, claims.user_id, token).encode()
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(len(body))),
        ("Content-Language", claims.language),
        ("Vary", "Cookie, Accept-Language"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        *said,
    ]
    return Answer(200, headers, body)


def _wait(
    environ: dict[str, Any],
    held: holds.Slots,
    asked: dict[str, list[str]],
    claims: live_tokens.Claims,
    token: str,
    cookie: str,
    reading: tuple[int, int],
) -> Answer | None:
    """The wait: where this process holds waits (inbox.holds), held on this thread until the
    generation or the access counter moves, or for its hold, and then checked again; else (or
    with every slot taken) answered at once without `X-Inbox-Held`, and the page polls."""
    said: Headers = [(GENERATION_HEADER, str(reading[0])), *_NO_STORE]
    if not held.count:
        return Answer(204, said, b"")
    seen = asked["v"][-1] if "v" in asked else None
    if seen != str(reading[0]):  # behind already: at once, but this server holds waits
        return Answer(204, [*said, (holds.HELD_HEADER, "1")], b"")
    if not held.take():
        return Answer(204, said, b"")
    raw = asked.get("hold", [""])[-1]
    hold = min(float(raw), holds.WAIT_SECONDS) if _HOLD.fullmatch(raw) else holds.WAIT_SECONDS
    hold = min(hold, claims.expires - time.time())  # never past the token's end
    try:
        reading = holds.WATCH.wait_past(reading, max(hold, 0.0))
    finally:
        held.give_back()
    environ[READ_KEY] = reading  # Django, if the token went stale, answers from this one
    if live_tokens.check(token, cookie, reading[1]) is None:
        return None  # access changed: Django's full check says what to do (403)
    return Answer(
        204, [(GENERATION_HEADER, str(reading[0])), *_NO_STORE, (holds.HELD_HEADER, "1")], b""
    )


@contextmanager
def rendering(environ: dict[str, Any]) -> Iterator[None]:
    """Around Django's answer to a request the fast path left to it: if it was to render a
    shared list that other readers wait for, they look again once it is done (or failed)."""
    try:
        yield
    finally:
        name = environ.pop(RENDERS_KEY, None)
        if name is not None:
            live_cache.rendered(name)


_REASONS = {200: "200 OK", 204: "204 No Content", 400: "400 Bad Request"}

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class LiveFastPath:
    """The WSGI application `config.wsgi` and `config.asgi` serve: `answer`, else Django."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        if "HTTP_X_INBOX_TOKEN" in environ:
            answered = answer(environ)
            if answered is not None:
                start_response(_REASONS[answered.status], answered.headers)
                return [answered.body]
            with rendering(environ):
                return self.app(environ, start_response)
        return self.app(environ, start_response)
