"""The thread page for a signed-in reader from a shared page and a few strings (issue 19).

Rendering the page with Django's template engine costs several milliseconds, however cheap its
replies (community.fragments); two cores then serve ~200 signed-in thread pages a second where
they serve 10,000 `/robots.txt`. What a signed-in reader sees differs from what another reader
of the same *kind* sees in only a few places, so the page is rendered whole once per

    (thread version, language, address, the reader's page-level flags)

— the flags are booleans and roles (may vote, may accept, moderates, follows, voted for the
thread, staff, role, unread or not, …), never a person — with markers where the person's own
strings go (CSRF token, username, display name, e-mail address, unread count), and kept in a
per-process table (`_SKELETONS`, never shared: the markers carry a per-process secret, so no
post can carry one and have another reader's token written into it). Each reply's HTML is kept
in it as a reader of that kind who did not write, vote for or flag it sees it. A request then
reads the thread's version with the reader's right to its space and the reader's own state
(votes, flags, follow, trust level, unread count) in the two queries the page read already,
renders anew only the replies the reader wrote, voted for or flagged (through the same
functions as the full page), and joins strings.

Correct by construction: the version is read live and bumped by every change a reader could
see (`actions._touch`), the flags are computed live from the reader's row and state by the same
permission functions as the full page, and the shared replies' controls are computed for a
stand-in reader of the same role with no id (`User(pk=0)`), so what depends on who wrote a
post is never baked in. Anything unusual — a pending message, a merged thread or an old slug,
a held reply of the reader's own — takes the full render (`full_context`), which stays the
reference; tests compare the two for every role.
"""

import copy
import functools
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template import engines
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from openline.accounts.models import User

from . import fragments, permissions, selectors
from .forms import ReplyForm

_SECRET = secrets.token_hex(8)


def _mark(name: str) -> str:
    # Letters and digits only: escaping leaves it as it is, wherever the template puts it.
    return f"olmark{_SECRET}{name}x"


CSRF, USERNAME, NAME, EMAIL, UNREAD, REPLIES = (
    _mark(n) for n in ("csrf", "username", "name", "email", "unread", "replies")
)


def full_context(
    request: HttpRequest,
    user: User | None,
    bundle: fragments.ThreadBundle,
    *,
    state: selectors.ReaderState | None = None,
    csrf: str | None = None,
) -> dict[str, Any]:
    """The thread page's context for this reader, with the replies joined to their controls
    (community.fragments) and the thread's own vote, moderation note and forms."""
    thread = bundle.thread
    context = selectors.thread_page_context(
        user,
        thread,
        bundle.replies,
        tags=bundle.tags,
        status_history=bundle.status_history,
        state=state if state is not None else selectors.reader_state(user, thread),
    )
    context["follow_url"] = reverse("community:follow_thread", args=[thread.pk])
    if csrf is None:
        csrf = fragments.csrf_input(request) if user is not None else ""
    context["replies_html"] = mark_safe(  # noqa: S308 - escaped in reply_items
        "".join(
            html
            for _, html in fragments.reply_items(
                request, context, context["replies"], user=user, csrf=csrf
            )
        )
    )
    context["thread_vote"] = fragments.vote_widget(
        vote_id="vote-t",
        vote_url=reverse("community:vote_thread", args=[thread.pk]),
        voted=context["voted_thread"],
        count=thread.upvote_count,
        can_vote=context["can_vote"],
        csrf=csrf,
    )
    history_url = reverse("community:history", args=[thread.pk])
    context["thread_byline"] = fragments.byline(
        thread.author, thread.created_at, thread.edited_at, history_url
    )
    context["thread_moderation_note"] = fragments.moderation_note(
        thread, user=user, can_moderate=context["can_moderate"], history_url=history_url
    )
    if context["can_flag_thread"]:
        flag_url = reverse("community:flag", args=["t", thread.pk])
        context["thread_flag_form"] = fragments.flag_form(flag_url, csrf)
    if context["can_moderate"]:
        context["thread_moderate"] = fragments.moderate_form(
            thread, kind="t", next_path=request.get_full_path(), csrf=csrf
        )
    return context


# --- the shared page ---------------------------------------------------------------------------


# A shared page is kept cut at its markers (`_cut`): pieces of literal text with each marker a
# piece of its own, so a request puts the reader's strings in with one join (`_filled`)
# instead of scanning ~110 KB of page once per marker (~0.25 ms for a 50-reply thread).
Pieces = tuple[str, ...]
_MARKER = re.compile(f"(olmark{_SECRET}(?:csrf|username|name|email|unread)x)")


def _cut(page: str) -> Pieces:
    return tuple(piece for piece in _MARKER.split(page) if piece)


def _own(request: HttpRequest, user: User, unread: Any) -> dict[str, str]:
    """The reader's strings by marker: one CSRF token for the page, escaped names."""
    return {
        CSRF: get_token(request),
        USERNAME: escape(user.username),
        NAME: escape(user.name),
        EMAIL: escape(user.email),
        UNREAD: str(unread) if unread else "",
    }


def _filled(pieces: list[str] | Pieces, own: dict[str, str]) -> str:
    # A piece of literal text is never a marker: `_cut` took every marker out of the text.
    return "".join([own.get(piece, piece) for piece in pieces])


@dataclass(frozen=True)
class _Skeleton:
    head: Pieces  # the page before the replies
    replies: tuple[tuple[int, Pieces], ...]  # each reply as a reader of this kind sees it
    tail: Pieces
    expires: float


_SKELETONS: "OrderedDict[tuple[object, ...], _Skeleton]" = OrderedDict()
_LOCK = threading.Lock()
SKELETONS_KEPT = 256  # ~60 KB each
# Home and space pages (`shared_page`), apart: a burst of list pages (each sort, page and
# space per kind of reader) does not push the thread pages out.
_PAGES: "OrderedDict[tuple[object, ...], _Page]" = OrderedDict()
PAGES_KEPT = 256  # ~25 KB each


def _remember[K, V](table: "OrderedDict[K, V]", key: K, value: V, kept: int) -> None:
    with _LOCK:
        table[key] = value
        table.move_to_end(key)
        while len(table) > kept:
            table.popitem(last=False)


def forget() -> None:
    """Drops the pages and bundles this process keeps (a test's database starts again at
    thread 1, version 1)."""
    with _LOCK:
        _SKELETONS.clear()
        _PAGES.clear()
    fragments.forget_bundles()


def _bundle(user: User, pk: int) -> fragments.ThreadBundle:
    """The thread's shared bundle for a reader who may see it (Http404 otherwise)."""
    return fragments.shared_bundle_at(user, pk, selectors.visible_thread_version(user, pk))


class _Mask:
    """The reader as the base layout sees them: their role, with markers for their strings."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, user: User) -> None:
        self.role = user.role
        self.is_staff_member = user.is_staff_member
        self.is_moderator = user.is_moderator
        self.is_superuser = user.is_superuser
        self.email_verified = user.email_verified
        self.email = EMAIL if user.email else ""
        self.username = USERNAME
        self.name = NAME


class _Unread:
    """The header's unread count as a marker; only whether there is any shapes the page."""

    def __init__(self, any_unread: bool) -> None:
        self.any = any_unread

    def __bool__(self) -> bool:
        return self.any

    def __str__(self) -> str:
        return UNREAD


def _header(request: HttpRequest) -> dict[str, Any]:
    """What Openline's context processors give the base layout for this reader (the guidance
    links, settings sections, the missing-worker alert for staff, the unread count). Django's
    own (the request, language, CSRF token, CSP nonce, messages, auth) give nothing a reader
    kind depends on that the key or the markers do not cover."""
    values: dict[str, Any] = {}
    engine = engines["django"].engine  # type: ignore[attr-defined]
    for processor in _openline_processors(engine.template_context_processors):
        values.update(processor(request))
    return values


@functools.lru_cache(maxsize=4)
def _openline_processors(
    processors: tuple[Callable[[HttpRequest], dict[str, Any]], ...],
) -> tuple[Callable[[HttpRequest], dict[str, Any]], ...]:
    return tuple(p for p in processors if p.__module__.startswith("openline."))


def _stand_in(user: User) -> User:
    """A reader of `user`'s role who wrote, voted for and flagged nothing (id 0: no row)."""
    return User(pk=0, role=user.role, is_active=user.is_active, is_superuser=user.is_superuser)


def signed_in_page(request: HttpRequest, user: User, pk: int, slug: str) -> HttpResponse | None:
    """The page for a signed-in reader, or None where the full render answers (see above)."""
    if len(get_messages(request)):
        return None
    bundle = _bundle(user, pk)
    thread = bundle.thread
    if thread.merged_at is not None or slug != thread.slug:
        return None
    state = selectors.reader_state(user, thread)
    moderator = permissions.can_moderate(user)
    if not moderator and any(r.is_held and r.author_id == user.pk for r in bundle.replies):
        return None
    flags = selectors.page_flags(user, thread, state)
    header = _header(request)
    unread = header.get("unread_notifications")
    key = (
        fragments.bundle_key(pk, thread.version),
        request.get_full_path() if moderator else request.path,
        tuple(sorted(flags.items())),
        user.pk == thread.author_id,
        thread.duplicate_of_id and selectors.visible_original(user, thread),
        _reader_kind(request, user, header),
    )
    skeleton = _SKELETONS.get(key)
    if skeleton is None or skeleton.expires < time.monotonic():
        skeleton = _build(request, user, bundle, state, key, header)
        if skeleton is None:
            return None
    csrf_html = fragments.csrf_input(request, token=CSRF)
    pieces = list(skeleton.head)
    mine = state.voted_replies | {pk for pk in state.flagged if pk is not None}
    personal = [copy.copy(r) for r in bundle.replies if r.author_id == user.pk or r.pk in mine]
    if personal:
        html_of = _reply_html(request, user, bundle, state, flags, personal, csrf_html)
        for rpk, shared in skeleton.replies:
            pieces += shared if rpk not in html_of else _cut(html_of[rpk])
    else:
        for _, shared in skeleton.replies:
            pieces += shared
    pieces += skeleton.tail
    return HttpResponse(_filled(pieces, _own(request, user, unread)))


def _reader_kind(request: HttpRequest, user: User, header: dict[str, Any]) -> tuple[object, ...]:
    """What the base layout shows differently to readers, but for their own strings."""
    return (
        get_language(),
        (user.role, user.is_superuser, user.email_verified, bool(user.email)),
        # Before the unread count: where no page read the level, the champion link reads it, the
        # opt-in and the unread count in one query (inbox.champions.selectors).
        bool(header.get("champion_queue")),
        bool(header.get("unread_notifications")),
        repr(header.get("guidance_links")),
        tuple(section.key for section in header.get("settings_sections") or ()),
        repr(header.get("missing_worker")),
    )


def _masked(user: User, header: dict[str, Any]) -> dict[str, Any]:
    """The context that renders the reader's own strings as markers."""
    return {
        "user": _Mask(user),
        "csrf_token": CSRF,
        "messages": (),
        "unread_notifications": _Unread(bool(header.get("unread_notifications"))),
    }


@dataclass(frozen=True)
class _Page:
    pieces: Pieces
    expires: float


def shared_page(
    request: HttpRequest,
    user: User,
    key: tuple[object, ...],
    build: Callable[[], tuple[str, dict[str, Any]]],
) -> HttpResponse | None:
    """A page whose content is all in `key` but for the base layout's per-reader parts (home,
    a space): rendered once per key, path and kind of reader (`build` gives the template and
    its context; `key` names every query parameter the page reads), then filled with the
    reader's strings. None where the full render answers."""
    if len(get_messages(request)):
        return None
    header = _header(request)
    full_key = ("page", key, request.path, _reader_kind(request, user, header))
    page = _PAGES.get(full_key)
    if page is None or page.expires < time.monotonic():
        template, context = build()
        context.update(_masked(user, header))
        html = render(request, template, context).content.decode()
        ttl = settings.OPENLINE["ANON_CACHE_SECONDS"]
        page = _Page(_cut(html), time.monotonic() + ttl)
        _remember(_PAGES, full_key, page, PAGES_KEPT)
    unread = header.get("unread_notifications")
    return HttpResponse(_filled(page.pieces, _own(request, user, unread)))


def _reply_html(
    request: HttpRequest,
    user: User,
    bundle: fragments.ThreadBundle,
    state: selectors.ReaderState,
    flags: dict[str, Any],
    replies: list[Any],
    csrf_html: str,
) -> dict[int, str]:
    """The replies the reader wrote, voted for or flagged, as the full page renders them."""
    thread = bundle.thread
    shown = selectors.reply_flags(user, thread, replies, state, sees_space=True)
    context = {"thread": thread, **flags}
    return dict(fragments.reply_items(request, context, shown, user=user, csrf=csrf_html))


def _build(
    request: HttpRequest,
    user: User,
    bundle: fragments.ThreadBundle,
    state: selectors.ReaderState,
    key: tuple[object, ...],
    header: dict[str, Any],
) -> _Skeleton | None:
    """Renders the page for this kind of reader with markers, and keeps it."""
    copied = fragments.ThreadBundle(
        thread=bundle.thread,
        replies=[copy.copy(r) for r in bundle.replies],
        tags=bundle.tags,
        status_history=bundle.status_history,
    )
    csrf_html = fragments.csrf_input(request, token=CSRF)
    context = full_context(request, user, copied, state=state, csrf=csrf_html)
    # Each reply as a reader of this role who wrote, voted for and flagged none of them sees
    # it (the reader's own are rendered per request): the reader may see the space, or the
    # version query had answered 404.
    stand_in = _stand_in(user)
    others = [copy.copy(r) for r in bundle.replies]
    state_of_none = selectors.ReaderState()
    shown = selectors.reply_flags(stand_in, bundle.thread, others, state_of_none, sees_space=True)
    replies = fragments.reply_items(request, context, shown, user=stand_in, csrf=csrf_html)
    if [r.pk for r in context["replies"]] != [pk for pk, _ in replies]:
        return None  # a held reply of the reader's own, which a reader of their kind cannot see
    context.update(replies_html=REPLIES, reply_form=ReplyForm(), **_masked(user, header))
    page = render(request, "community/thread.html", context).content.decode()
    head, tail = page.split(REPLIES)
    ttl = settings.OPENLINE["ANON_CACHE_SECONDS"]
    cut = tuple((rpk, _cut(html)) for rpk, html in replies)
    skeleton = _Skeleton(_cut(head), cut, _cut(tail), time.monotonic() + ttl)
    _remember(_SKELETONS, key, skeleton, SKELETONS_KEPT)
    return skeleton
