"""The thread page's replies, rendered once for every reader and finished per reader.

Django's template engine costs about a millisecond per reply with its vote, byline, correction
and moderation controls, which made a signed-in thread page of 50 replies 80 times slower than
the anonymous page cache (issue 19). Here each reply is split in two:

- the part every reader sees alike (byline, accepted label, retraction notice, body,
  correction) is rendered once per *thread version* and kept in the cache with the reply rows,
  the thread row, its tags and status history (`ThreadBundle`): a signed-in view reads only the
  thread's version, with the reader's right to its space, and the reader's own state.
  Every change a reader could see on a reply (an edit, a vote, a retraction, a correction, an
  accepted answer, hiding or deleting) bumps `Thread.version` in its transaction
  (`actions._touch`), so a new version is a new key: no reader is shown a stale reply, on any
  web node. Keys also carry the static release, as the anonymous page cache's do; entries live
  `ANON_CACHE_SECONDS`, which bounds how old a relative date ("3 hours ago") gets, as there.
- the per-reader parts (vote state, accept, flag, moderate, correct, edit and retract controls,
  the CSRF token, and the text of a hidden reply for its author and the moderators) are joined
  in per request with `format_html`, from flags `selectors.thread_page_context` computes for
  that reader. They are plain server-side HTML: correct without JavaScript.

The byline is rendered in Python rather than in a template: it is the same markup the anonymous
page shows, and rendering it this way keeps a cache miss (the first view after a change) cheap.
"""

import copy
import functools
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.paginator import Page
from django.middleware.csrf import get_token
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import linebreaksbr
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.dates import MONTHS_3
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from openline.accounts.models import Role, User
from openline.core import counters, metrics
from openline.core.cache import release
from openline.web.templatetags.time_tags import ago

from . import permissions, selectors
from .models import LISTS_COUNTER, FlagReason, Reply, Space, StatusChange, Tag, Thread


def bundle_key(pk: int, version: int) -> str:
    # The shared HTML is in the reader's language (issue 17): one copy per language.
    return f"thread:{release()}:{get_language()}:{pk}:{version}"


_key = bundle_key


@dataclass
class ThreadBundle:
    """What the thread page shows alike to every reader, for one version of the thread: the
    thread row (with its space and author), the replies with their shared HTML, the tags and
    the status history (retagging and status changes bump the version too)."""

    thread: Thread
    replies: list[Reply]
    tags: list[Tag]
    status_history: list[StatusChange]


def access_thread_bundle(user: User | None, pk: int) -> ThreadBundle:
    """The thread page's way to a thread `user` may see (Http404 otherwise, as
    `selectors.access_thread`): one plain query for its version and the reader's right to its
    space, then the rest from the cache under that version. A thread's row changes only with a
    new version for anything the page shows, except its view count and its author's and
    space's names, which may be `ANON_CACHE_SECONDS` old, as on the anonymous page."""
    return thread_bundle_at(user, pk, selectors.visible_thread_version(user, pk))


def thread_bundle_at(user: User | None, pk: int, version: int) -> ThreadBundle:
    """`access_thread_bundle` with the version (and the reader's right to it) read already:
    a copy of the shared bundle whose replies the caller may set a reader's flags on."""
    return _copied(shared_bundle_at(user, pk, version))


def shared_bundle_at(user: User | None, pk: int, version: int) -> ThreadBundle:
    """The bundle shared by every request of this process: never to be changed (readers'
    flags go on copies; a server with several threads per process stays correct)."""
    bundle = _kept(_key(pk, version))
    if bundle is None:
        bundle = None if _in_process_cache() else cache.get(_key(pk, version))
        if bundle is None:
            return _shared(selectors.access_thread(user, pk))
        metrics.cache_result("reply_fragments", True)
        bundle = _joined(bundle, bundle.thread)
        _keep(bundle)
    else:
        metrics.cache_result("reply_fragments", True)
    selectors.check_not_held(user, bundle.thread)
    return bundle


# Bundles kept in the process by version, not pickled: with the per-process cache (LocMem) a
# second copy there would only cost pickling on a miss and unpickling on every hit. With Redis
# they are also put there, for the other processes and nodes.
_KEPT: "OrderedDict[str, tuple[ThreadBundle, float]]" = OrderedDict()
_KEPT_LOCK = threading.Lock()
BUNDLES_KEPT = 64


def _in_process_cache() -> bool:
    return isinstance(caches["default"], LocMemCache)


def _kept(key: str) -> ThreadBundle | None:
    kept = _KEPT.get(key)
    return kept[0] if kept is not None and kept[1] > time.monotonic() else None


def _keep(bundle: ThreadBundle) -> None:
    key = _key(bundle.thread.pk, bundle.thread.version)
    expires = time.monotonic() + settings.OPENLINE["ANON_CACHE_SECONDS"]
    with _KEPT_LOCK:
        _KEPT[key] = (bundle, expires)
        _KEPT.move_to_end(key)
        while len(_KEPT) > BUNDLES_KEPT:
            _KEPT.popitem(last=False)


def forget_bundles() -> None:
    """Drops the bundles this process keeps (a test's database starts again at thread 1)."""
    with _KEPT_LOCK:
        _KEPT.clear()


def _copied(bundle: ThreadBundle, thread: Thread | None = None) -> ThreadBundle:
    thread = thread if thread is not None else bundle.thread
    replies = [copy.copy(reply) for reply in bundle.replies]
    for reply in replies:
        reply.thread = thread
    return ThreadBundle(thread, replies, bundle.tags, bundle.status_history)


# What the bundle leaves out of the reply rows and their people: the Markdown source (the page
# shows body_html) and every column of a person but those a byline shows. Smaller to load and
# to keep, and no password hash or e-mail address in the cache.
_SHOWN_OF_PEOPLE = {"id", "username", "display_name", "role", "team"}
_UNSHOWN = ["body"] + [
    f"{relation}__{field.name}"
    for relation in ("author", "retracted_by", "corrected_by")
    for field in User._meta.concrete_fields
    if field.name not in _SHOWN_OF_PEOPLE
]


def thread_bundle(thread: Thread) -> ThreadBundle:
    """The bundle of a thread read already (a copy for this request): kept from an earlier
    view when the thread has not changed since it was rendered, else loaded and rendered."""
    return _copied(_shared(thread), thread)


def _shared(thread: Thread) -> ThreadBundle:
    key = _key(thread.pk, thread.version)
    bundle = _kept(key)
    if bundle is None and not _in_process_cache():
        bundle = cache.get(key)
        if bundle is not None:
            bundle = _joined(bundle, bundle.thread)
            _keep(bundle)
    metrics.cache_result("reply_fragments", bundle is not None)
    if bundle is None:
        replies = list(selectors.thread_replies(thread).defer(*_UNSHOWN))
        history_url = reverse("community:history", args=[thread.pk])
        for reply in replies:
            reply.shared_head = _head(reply, thread, history_url)
            body = mark_safe(reply.body_html)  # noqa: S308 - sanitised by core.markdown when saved
            reply.shared_body = format_html('<div class="body">{}</div>', body)
            reply.shared_correction = _correction(reply, history_url)
            reply._state.fields_cache.pop("thread", None)  # joined again below, not pickled
        bundle = ThreadBundle(
            thread=thread,
            replies=replies,
            tags=list(thread.tags.all()),
            status_history=selectors.status_history(thread),
        )
        if not _in_process_cache():
            cache.set(key, bundle, settings.OPENLINE["ANON_CACHE_SECONDS"])
        bundle = _joined(bundle, thread)
        _keep(bundle)
    return bundle


def _joined(bundle: ThreadBundle, thread: Thread) -> ThreadBundle:
    bundle.thread = thread
    for reply in bundle.replies:
        reply.thread = thread  # the rows were cached without it: no query for reply.thread
    return bundle


def byline(person: User, when: Any, edited: object, history_url: str) -> SafeString:
    """Who wrote a post and when. Plain f-strings with `escape` rather than `format_html` and
    the date filter: a cache miss renders one per reply. Each "·" ends the item before it,
    glued by a no-break space, so a phone's narrow byline wraps after a separator and never
    starts its second line with one."""
    edited_html = dot = ""
    if edited:
        edited_text = escape(_("edited"))  # outside the f-string, where makemessages finds it
        edited_html = f'<span><a href="{escape(history_url)}">{edited_text}</a></span>'
        dot = "\u00a0·"
    return mark_safe(  # noqa: S308 - every value is escaped
        f'<div class="byline">\n  <span>{_person(person, "\u00a0·")}</span>\n'
        f'  <span><time datetime="{when.isoformat()}" title="{_day_and_time(when)} UTC">'
        f"{escape(ago(when))}</time>{dot}</span>\n  {edited_html}\n</div>"
    )


def _person(person: User, after: str = "") -> str:
    """The name and role badge, then `after` (the byline's "·"). A no-break space does not glue
    text to an inline-block (a line may break on either side of one), so the badge and what
    follows it are held together (`.tied`): a narrow byline never starts a line with "·"."""
    link = f'<a href="/u/{escape(person.username)}/">{escape(person.name)}</a>'
    if not person.badge:
        return link + after
    superuser = " superuser" if person.role == Role.SUPERUSER else ""
    badge = f'<span class="badge{superuser}">{escape(person.badge)}</span>'
    return f'{link}<span class="tied">{badge}{after}</span>'


def _day_and_time(when: Any) -> str:
    """The date filter's "j M Y H:i" (the month's abbreviation in the active language)."""
    month = _month_abbreviations(get_language())[when.month]
    return f"{when.day} {month} {when.year} {when.hour:02}:{when.minute:02}"


@functools.lru_cache(maxsize=16)
def _month_abbreviations(language: str | None) -> dict[int, str]:
    """MONTHS_3 titled in `language` (the active one), resolved once rather than per byline."""
    return {number: name.title() for number, name in MONTHS_3.items()}


def _head(reply: Reply, thread: Thread, history_url: str) -> str:
    parts = [byline(reply.author, reply.created_at, reply.edited_at, history_url)]
    if reply.pk == thread.accepted_reply_id:
        parts.append(format_html('<p class="accepted-label">{}</p>', _("✔ Accepted answer")))
    if reply.is_retracted:
        retracted_by = reply.retracted_by.name if reply.retracted_by else ""
        parts.append(
            format_html(
                '<p class="notice">{}</p>',
                format_html(
                    _("<strong>Retracted</strong> by {name}: {note}"),
                    name=retracted_by,
                    note=reply.retraction_note,
                ),
            )
        )
    return "\n".join(parts)


def _correction(reply: Reply, history_url: str) -> str:
    if not reply.is_corrected:
        return ""
    by = reply.corrected_by
    badge = format_html(' <span class="badge">{}</span>', by.badge) if by and by.badge else ""
    return format_html(
        '<div class="correction" id="correction-{}">\n'
        '{}, <time datetime="{}" title="{} UTC">{}</time>:\n'
        '<span class="correction-text">{}</span>\n<a href="{}">{}</a>\n</div>',
        reply.pk,
        format_html(
            _("<strong>Correction</strong> by {name}{badge}"),
            name=by.name if by else pgettext("a correction by", "staff"),
            badge=badge,
        ),
        format_date(reply.corrected_at, "c"),
        format_date(reply.corrected_at, "j M Y H:i"),
        format_date(reply.corrected_at, "j M Y"),
        linebreaksbr(reply.correction, autoescape=True),
        history_url,
        _("history"),
    )


# --- per reader -------------------------------------------------------------------------------


def csrf_input(request: Any, *, token: str | None = None) -> SafeString:
    """The CSRF field, masked once for the page: every form on it may carry the same one."""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">',
        token if token is not None else get_token(request),
    )


def vote_widget(
    *, vote_id: str, vote_url: str, voted: bool, count: int, can_vote: bool, csrf: str
) -> SafeString:
    """The upvote button and count: on the page for the thread and each reply, and alone as
    the htmx answer to a vote."""
    if can_vote:
        title = _("Take back your upvote") if voted else _("Upvote: this is useful")
        button = format_html(
            '<form method="post" action="{0}" hx-post="{0}" hx-target="#{1}" hx-swap="outerHTML">'
            '{2}\n    <button type="submit" aria-pressed="{3}" title="{4}">▲</button>\n  </form>',
            vote_url,
            vote_id,
            csrf,
            "true" if voted else "false",
            title,
        )
    else:
        button = mark_safe('<span aria-hidden="true">▲</span>')
    return format_html(
        '<div class="vote" id="{}">\n  {}\n  <span class="n" aria-label="{}">{}</span>\n</div>',
        vote_id,
        button,
        _("upvotes"),
        count,
    )


def moderation_note(
    post: Thread | Reply, *, user: User | None, can_moderate: bool, history_url: str
) -> str:
    """Deleted, waiting for review or hidden (what the reader is told depends on whether it is
    theirs or they moderate), and edited by a moderator."""
    note = ""
    if post.deleted_at is not None:
        note = format_html(
            '<p class="notice moderation-note">{}</p>',
            format_html(
                _("<strong>Deleted by a moderator</strong>: {reason}"), reason=post.deletion_reason
            ),
        )
    elif post.is_held:
        note = format_html(
            '<p class="notice moderation-note held-note">{}</p>',
            format_html(
                _(
                    "<strong>Waiting for review</strong>: {reason}. It is public once a moderator "
                    "approves it; until then only its author and the moderators see it."
                ),
                reason=post.held_reason_shown,
            ),
        )
    elif post.hidden_at is not None:
        who = (
            _("Hidden by a moderator")
            if post.hidden_by_id
            else _("Hidden until a moderator reviews the flags")
        )
        own = user is not None and user.is_authenticated and user.pk == post.author_id
        aside = (
            _(" — only its author and the moderators see the text") if own or can_moderate else ""
        )
        note = format_html(
            '<p class="notice moderation-note"><strong>{}</strong>{}.</p>', who, aside
        )
    if post.moderator_edited_at is not None:
        note += format_html(
            '\n<p class="muted moderator-edit">{}</p>',
            format_html(
                _(
                    'Edited by a moderator on <time datetime="{iso}">{date}</time> — '
                    '<a href="{url}">see the earlier text</a>.'
                ),
                iso=format_date(post.moderator_edited_at, "c"),
                date=format_date(post.moderator_edited_at, "j M Y"),
                url=history_url,
            ),
        )
    return note


@functools.cache
def _flag_reasons(language: str) -> str:  # the labels are in `language`
    return "".join(
        format_html(
            '<label><input type="radio" name="reason" value="{}" required> {}</label>', value, label
        )
        for value, label in FlagReason.choices
    )


def flag_form(flag_url: str, csrf: str) -> SafeString:
    return format_html(
        '<details class="inline flag"><summary>{}</summary>\n'
        '  <form method="post" action="{}" class="stack">{}\n'
        "    <fieldset><legend>{}</legend>\n    {}\n"
        "    </fieldset>\n"
        # A text area: its hint wraps on a phone instead of losing "(needed for …)".
        '    <textarea name="note" rows="2" maxlength="500" aria-label="{}" '
        'placeholder="{}"></textarea>\n'
        '    <button type="submit">{}</button>\n  </form>\n</details>',
        _("Flag"),
        flag_url,
        csrf,
        _("Why should a moderator look at this?"),
        mark_safe(_flag_reasons(get_language())),  # noqa: S308 - built with format_html from constants
        _("Note"),
        _("A note for the moderators (needed for “Something else”)"),
        _("Flag for the moderators"),
    )


def moderate_form(
    post: Thread | Reply, *, kind: str, next_path: str, csrf: str, pk: int | None = None
) -> SafeString:
    moderate_url = reverse("community:moderate", args=[kind, pk or post.pk])
    hidden = post.hidden_at is not None
    if post.is_held:
        first = format_html(
            '<button type="submit" name="operation" value="approve" class="primary">{}</button>',
            _("Approve"),
        )
    else:
        first = format_html(
            '<button type="submit" name="operation" value="{}">{}</button>',
            "unhide" if hidden else "hide",
            _("Unhide") if hidden else _("Hide"),
        )
    buttons = [first]
    tools = ""
    if kind == "t":
        locked = getattr(post, "locked_at", None) is not None
        buttons.append(
            format_html(
                '<button type="submit" name="operation" value="{}">{}</button>',
                "unlock" if locked else "lock",
                _("Unlock") if locked else _("Lock"),
            )
        )
        pinned = getattr(post, "pinned_at", None) is not None
        buttons.append(
            format_html(
                '<button type="submit" name="operation" value="{}">{}</button>',
                "unpin" if pinned else "pin",
                _("Unpin") if pinned else _("Pin"),
            )
        )
        tools = format_html(
            '\n  <a href="{}">{}</a>',
            reverse("community:thread_tools", args=[pk or post.pk]),
            _("Move or merge…"),
        )
    delete = ""
    if post.deleted_at is None:
        delete = format_html(
            '\n  <form method="post" action="{}" class="stack">{}\n'
            '    <input type="hidden" name="next" value="{}">\n'
            '    <input type="hidden" name="operation" value="delete">\n'
            '    <textarea name="reason" rows="2" required maxlength="500" aria-label="{}" '
            'placeholder="{}"></textarea>\n'
            '    <button type="submit">{}</button>\n  </form>',
            moderate_url,
            csrf,
            next_path,
            _("Reason"),
            _("The reason, shown publicly in the post's place"),
            _("Delete with this reason"),
        )
    return format_html(
        '<details class="inline moderate"><summary>{}</summary>\n'
        '  <form method="post" action="{}" class="actions">{}\n'
        '    <input type="hidden" name="next" value="{}">\n    {}\n  </form>{}{}\n</details>',
        _("Moderate"),
        moderate_url,
        csrf,
        next_path,
        mark_safe("".join(buttons)),  # noqa: S308 - built with format_html above
        tools,
        delete,
    )


PK = "987654321987"  # stands for a reply's id in a control rendered once for the page
COUNT = "876543219876"  # and for its vote count


def _url(name: str, *args: object) -> str:
    """The URL of a reply's control with PK for the reply's id."""
    return reverse(name, args=[*args, int(PK)])


class _Controls:
    """Each control of a reply rendered once per page for this reader, with PK (and COUNT)
    standing in for the reply's values, then copied per reply with str.replace: the markup
    comes from the same functions as the thread's own controls, at a fraction of the cost."""

    def __init__(
        self, request: Any, context: dict[str, Any], *, user: User | None, csrf: str
    ) -> None:
        self.thread: Thread = context["thread"]
        self.user = user
        self.can_vote: bool = context["can_vote"]
        self.can_accept: bool = context["can_accept"]
        self.can_moderate: bool = context["can_moderate"]
        self.csrf = csrf if self.user is not None else ""
        self.next_path = request.get_full_path() if self.can_moderate else ""
        self.memo: dict[tuple[object, ...], str] = {}
        self.history_url = reverse("community:history", args=[self.thread.pk])

    def _once(self, key: tuple[object, ...], build: Any) -> str:
        if key not in self.memo:
            self.memo[key] = str(build())
        return self.memo[key]

    def vote(self, r: Reply) -> str:
        html = self._once(
            ("vote", r.voted),
            lambda: vote_widget(
                vote_id=f"vote-r{PK}",
                vote_url=_url("community:vote_reply", self.thread.pk),
                voted=r.voted,
                count=int(COUNT),
                can_vote=self.can_vote,
                csrf=self.csrf,
            ),
        )
        return html.replace(PK, str(r.pk)).replace(COUNT, str(r.upvote_count))

    def actions(self, r: Reply, *, accepted: bool) -> str:
        parts: list[str] = []
        if self.can_accept and not r.is_retracted and r.author_id != self.thread.author_id:
            parts.append(
                self._once(("accept", accepted), lambda: _accept_form(accepted, self.csrf))
            )
        if r.can_flag:
            parts.append(
                self._once(("flag",), lambda: flag_form(_url("community:flag", "r"), self.csrf))
            )
        if self.can_moderate:
            hidden, deleted = r.hidden_at is not None, r.deleted_at is not None
            parts.append(
                self._once(
                    ("moderate", hidden, deleted, r.is_held),
                    lambda: moderate_form(
                        r, kind="r", next_path=self.next_path, csrf=self.csrf, pk=int(PK)
                    ),
                )
            )
        if self.can_moderate:
            # guidance's "this is <term>": the reply names a register term another way.
            parts.append(
                self._once(
                    ("name_term",),
                    lambda: format_html(
                        '<a href="{}">{}</a>',
                        _url("guidance:name_term"),
                        _("Names a register term…"),
                    ),
                )
            )
        if r.can_correct:
            parts.append(
                self._once(
                    ("correct",),
                    lambda: format_html(
                        '<a href="{}">{}</a>', _url("guidance:mistake"), _("Mark as a mistake")
                    ),
                )
            )
        if r.can_edit:
            parts.append(self._once(("edit",), lambda: _edit_controls(self.csrf)))
        return "".join(parts).replace(PK, str(r.pk))


def _accept_form(accepted: bool, csrf: str) -> SafeString:
    button = (
        format_html(
            '<input type="hidden" name="undo" value="1"><button type="submit">{}</button>',
            _("Unaccept"),
        )
        if accepted
        else format_html(
            '<button type="submit" class="primary">{}</button>', _("Accept this answer")
        )
    )
    return format_html(
        '<form method="post" action="{}" class="inline">{}\n  {}\n</form>',
        _url("community:accept"),
        csrf,
        mark_safe(button),  # noqa: S308 - a constant
    )


def _edit_controls(csrf: str) -> SafeString:
    return format_html(
        '<a href="{}">{}</a>\n<details class="inline"><summary>{}</summary>\n'
        '  <form method="post" action="{}" class="stack">{}\n'
        '    <textarea name="note" rows="2" required placeholder="{}"></textarea>\n'
        '    <button type="submit">{}</button>\n  </form>\n</details>',
        _url("community:edit_reply"),
        _("Edit"),
        _("Retract"),
        _url("community:retract"),
        csrf,
        _("Why you take it back — readers see this note"),
        _("Retract in public"),
    )


def reader_replies(request: Any, context: dict[str, Any]) -> SafeString:
    """The replies as this reader sees them: the shared parts of each with this reader's
    controls, from `selectors.thread_page_context(...)`'s flags. Only strings are copied and
    joined per reply."""
    user = request.user if request.user.is_authenticated else None
    csrf = csrf_input(request) if user is not None else ""
    items = reply_items(request, context, context["replies"], user=user, csrf=csrf)
    return mark_safe("".join(html for _, html in items))  # noqa: S308 - escaped in reply_items


def reply_items(
    request: Any, context: dict[str, Any], replies: list[Reply], *, user: User | None, csrf: str
) -> list[tuple[int, str]]:
    """Each of `replies` (with the flags `selectors.reply_flags` set for `user`) as
    (id, HTML) with the controls of the page's `context`; every form carries `csrf`."""
    controls = _Controls(request, context, user=user, csrf=csrf)
    accepted_id = controls.thread.accepted_reply_id
    out: list[tuple[int, str]] = []
    for r in replies:
        accepted = r.pk == accepted_id
        classes = (
            "card reply"
            + (" accepted" if accepted else "")
            + (" retracted" if r.is_retracted else "")
        )
        note = ""
        if r.hidden_at is not None or r.deleted_at is not None or r.moderator_edited_at:
            note = moderation_note(
                r,
                user=controls.user,
                can_moderate=controls.can_moderate,
                history_url=controls.history_url,
            )
        out.append(
            (
                r.pk,
                f'<article class="{classes}" id="reply-{r.pk}">\n  <div class="post">\n'
                f"    {controls.vote(r)}\n"
                f"    <div>\n      {r.shared_head}\n      {note}"
                f"{r.shared_body if r.shows_text else ''}{r.shared_correction}\n"
                f'      <div class="actions">\n        {controls.actions(r, accepted=accepted)}\n'
                "      </div>\n    </div>\n  </div>\n</article>\n",
            )
        )
    return out


# --- thread lists -----------------------------------------------------------------------------


def list_key(
    request: Any,
    user: User | None,
    spaces: list[Space],
    *,
    sort: str,
    show_space: bool,
    space: Space | None = None,
    tag_slug: str | None = None,
    lists_version: int | None = None,
) -> str:
    """Everything a page of a thread list depends on (see `thread_list`). `lists_version`:
    the lists counter, when the caller read it already."""
    moderator = permissions.can_moderate(user)
    staff = user is not None and user.is_authenticated and user.is_staff_member
    seen = "all" if staff else ",".join(str(s.pk) for s in sorted(spaces, key=lambda s: s.pk))
    where = f"s{space.pk}" if space is not None else f"t{tag_slug}" if tag_slug else "home"
    number = request.GET.get("page", "1")
    if lists_version is None:
        lists_version = counters.read(LISTS_COUNTER)
    return (
        f"tlist:{release()}:{get_language()}:"
        f"{lists_version}:{where}:{sort}:{number}:"
        f"{int(moderator)}:{int(show_space)}:{hashlib.sha256(seen.encode()).hexdigest()[:16]}"
    )


def thread_list(
    request: Any,
    user: User | None,
    spaces: list[Space],
    *,
    sort: str,
    paginate: Callable[[Any], Page[Thread]],
    show_space: bool,
    space: Space | None = None,
    tag_slug: str | None = None,
    lists_version: int | None = None,
) -> tuple[SafeString, int]:
    """A page of a thread list (home, a space, a tag) and its page number. What it shows
    depends on the reader only through the spaces they may see (`spaces`, read once for the
    sidebar too) and whether they moderate (hidden threads), so it is kept per those, the
    list's filters and the lists counter every thread change bumps. A page past the last is
    never stored, so it stays "not found"."""
    key = list_key(
        request,
        user,
        spaces,
        sort=sort,
        show_space=show_space,
        space=space,
        tag_slug=tag_slug,
        lists_version=lists_version,
    )
    stored: tuple[str, int] | None = cache.get(key)
    metrics.cache_result("thread_lists", stored is not None)
    if stored is None:
        # Pinned threads lead the first page of the latest threads of home and a space.
        apart = sort == "latest" and tag_slug is None
        threads = selectors.thread_summaries(
            user, space=space, tag_slug=tag_slug, sort=sort, pinned_apart=apart
        )
        page = paginate(threads)
        pinned = selectors.pinned(user, space=space) if apart and page.number == 1 else []
        context = {"page": page, "sort": sort, "show_space": show_space, "pinned": pinned}
        html = render_to_string("community/_thread_list.html", context)
        stored = (html, page.number)
        cache.set(key, stored, settings.OPENLINE["ANON_CACHE_SECONDS"])
    return mark_safe(stored[0]), stored[1]  # noqa: S308 - rendered by the template engine
