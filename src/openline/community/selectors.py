"""Reads. `access_*` is the one way to fetch what a person may see: private spaces answer 404."""

import functools
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext

from openline.accounts.models import Role, User
from openline.core import counters
from openline.notifications.selectors import (
    FOLLOWED_SQL,
    FOLLOWING_SQL,
    UNREAD_SQL,
    remember_unread,
)
from openline.people.permissions import LEVEL_SQL, remember_level
from openline.people.selectors import profile_standing

from . import notify, permissions
from .models import (
    LISTS_COUNTER,
    Flag,
    FlagReason,
    ModerationLog,
    Reply,
    Space,
    SpaceMembership,
    StatusChange,
    Tag,
    Thread,
    ThreadStatus,
    Vote,
    statuses_for,
)


def visible_spaces(user: User | None) -> QuerySet[Space]:
    spaces = Space.objects.all()
    if user is None or not user.is_authenticated:
        return spaces.filter(is_private=False)
    if user.is_staff_member:
        return spaces
    return spaces.filter(Q(is_private=False) | Q(members=user)).distinct()


def visible_threads(user: User | None, *, merged: bool = False) -> QuerySet[Thread]:
    """Threads in the spaces `user` may see. The space ids are read first (a small table) so
    lists filter on an indexed column instead of joining spaces for every row. Threads merged
    into another are left out unless `merged` (their address redirects to the original)."""
    threads = Thread.objects.all() if merged else Thread.objects.filter(merged_at__isnull=True)
    if user is not None and user.is_authenticated and user.is_staff_member:
        return threads
    space_ids = list(visible_spaces(user).values_list("id", flat=True))
    return threads.filter(space_id__in=space_ids)


SpaceRow = tuple[int, str, str, str, bool, int]  # id, slug, name, description, private, position
_SPACE_FIELDS = ("id", "slug", "name", "description", "is_private", "position")


@dataclass(frozen=True)
class ListPageState:
    """What a list page (home, a space) reads per request, in one query (`list_page_state`)."""

    # The sidebar's spaces: those the reader may see, in `visible_spaces`' order, as rows (a
    # shared page's key); `spaces` makes them objects when a page is rendered.
    space_rows: tuple[SpaceRow, ...]
    lists_version: int  # the lists counter every change to a listed thread bumps
    followed_spaces: frozenset[int] | None = None  # None: a visitor (no follow button)
    tag: Tag | None = None  # the tag page's tag, when it was asked for and exists
    following_tag: bool | None = None  # None: a visitor

    @functools.cached_property
    def spaces(self) -> list[Space]:
        return [Space.from_db(connection.alias, _SPACE_FIELDS, row) for row in self.space_rows]

    def space(self, slug: str) -> Space:
        """The space of that slug if the reader may see it (Http404 otherwise)."""
        row = next((row for row in self.space_rows if row[1] == slug), None)
        if row is None:
            raise Http404("No such space.")
        return Space.from_db(connection.alias, _SPACE_FIELDS, row)

    def following(self, space: Space) -> bool | None:
        return None if self.followed_spaces is None else space.pk in self.followed_spaces


_SPACE, _LISTS, _LIST_UNREAD, _FOLLOWED, _TAG, _FOLLOWED_TAG, _LIST_LEVEL = range(7)
_NULLS = ", NULL" * 6


@functools.cache
def _list_page_sql(reader: str, tag: bool) -> str:
    """The query of `list_page_state` for a visitor, a member or staff, with a tag or not."""
    spaces = (
        f"SELECT {_SPACE}, s.id, s.slug, s.name, s.description, s.is_private, s.position, "  # noqa: S608 - a table name
        "ROW_NUMBER() OVER (ORDER BY s.position, s.name) "
        f"FROM {Space._meta.db_table} s"
    )
    if reader == "visitor":
        spaces += " WHERE NOT s.is_private"
    elif reader == "member":
        spaces += (
            f" WHERE NOT s.is_private OR EXISTS (SELECT 1 FROM {SpaceMembership._meta.db_table} m"  # noqa: S608 - a table
            " WHERE m.space_id = s.id AND m.user_id = %s)"
        )
    parts = [spaces, f"SELECT {_LISTS}, c.*{_NULLS} FROM ({counters.READ_SQL}) c"]  # noqa: S608 - constants
    if reader != "visitor":
        parts += [
            f"SELECT {_LIST_UNREAD}, n.*{_NULLS} FROM ({UNREAD_SQL}) n",  # noqa: S608 - constants
            f"SELECT {_FOLLOWED}, f.*{_NULLS} FROM ({FOLLOWED_SQL}) f",  # noqa: S608 - constants
        ]
    if reader == "member":  # the trust level, for the header's champion link and the controls
        parts.append(f"SELECT {_LIST_LEVEL}, l.*{_NULLS} FROM ({LEVEL_SQL}) l")  # noqa: S608 - constants
    if tag:
        parts.append(
            f"SELECT {_TAG}, t.id, t.slug, t.name{', NULL' * 4} "  # noqa: S608 - a table name
            f"FROM {Tag._meta.db_table} t WHERE t.slug = %s"
        )
    if tag and reader != "visitor":
        parts.append(
            f"SELECT {_FOLLOWED_TAG}, f.*{_NULLS} FROM ({FOLLOWED_SQL}) f "  # noqa: S608 - constants
            f"WHERE f.about_id IN (SELECT id FROM {Tag._meta.db_table} WHERE slug = %s)"
        )
    return " UNION ALL ".join(parts)


def list_page_state(user: User | None, *, tag_slug: str | None = None) -> ListPageState:
    """The spaces the reader may see (as `visible_spaces`), the lists counter, and for a
    signed-in reader the spaces they follow and their unread count (remembered on the user
    object for the header; a member's trust level too, for the header's champion link); with
    `tag_slug`, the tag (None if there is none of that slug) and whether the reader follows it:
    one round trip instead of four to six, in plain SQL as the list pages run it on every
    signed-in view. The spaces come ordered by the database's own ordering
    (`Space.Meta.ordering`, numbered with ROW_NUMBER: same collation)."""
    reader = user if user is not None and user.is_authenticated else None
    kind = "visitor" if reader is None else "staff" if reader.is_staff_member else "member"
    params: list[int | str] = [reader.pk] if reader is not None and kind == "member" else []
    params.append(LISTS_COUNTER)
    if reader is not None:
        params += [reader.pk, reader.pk, notify.SPACE]
    if kind == "member":
        params.append(reader.pk)  # type: ignore[union-attr]
    if tag_slug is not None:
        params.append(tag_slug)
        if reader is not None:
            params += [reader.pk, notify.TAG, tag_slug]
    with connection.cursor() as cursor:
        cursor.execute(_list_page_sql(kind, tag_slug is not None), params)
        rows = cursor.fetchall()
    spaces = tuple(
        (pk, slug, name, text, bool(private), at)
        for _, pk, slug, name, text, private, at, _ in sorted(
            (row for row in rows if row[0] == _SPACE), key=lambda row: row[7]
        )
    )
    lists_version = next((row[1] for row in rows if row[0] == _LISTS), 0)
    tag = next(
        (
            Tag.from_db(connection.alias, ("id", "slug", "name"), row[1:4])
            for row in rows
            if row[0] == _TAG
        ),
        None,
    )
    if reader is None:
        return ListPageState(spaces, lists_version, tag=tag)
    remember_unread(reader, next(row[1] for row in rows if row[0] == _LIST_UNREAD))
    if kind == "member":
        remember_level(reader, next((row[1] for row in rows if row[0] == _LIST_LEVEL), 0) or 0)
    return ListPageState(
        spaces,
        lists_version,
        frozenset(row[1] for row in rows if row[0] == _FOLLOWED),
        tag=tag,
        following_tag=any(row[0] == _FOLLOWED_TAG for row in rows),
    )


def _visible_space(user: User | None) -> Q:
    """The condition on a thread's space that `visible_spaces` gives, for one query with the
    thread instead of reading the space ids first (a single thread's page)."""
    if user is None or not user.is_authenticated:
        return Q(space__is_private=False)
    if user.is_staff_member:
        return Q()
    member = SpaceMembership.objects.filter(space_id=OuterRef("space_id"), user_id=user.pk)
    return Q(space__is_private=False) | Q(Exists(member))


def access_space(user: User | None, slug: str) -> Space:
    try:
        return visible_spaces(user).get(slug=slug)
    except Space.DoesNotExist:
        raise Http404("No such space.") from None


def access_thread(user: User | None, thread_id: int) -> Thread:
    """A thread held for review exists only for its author and the moderators."""
    try:
        threads = Thread.objects.filter(_visible_space(user))
        thread = threads.select_related("space", "author").get(pk=thread_id)
    except (Thread.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such thread.") from None
    check_not_held(user, thread)
    return thread


def check_not_held(user: User | None, thread: Thread) -> None:
    if thread.is_held and not permissions.can_see_hidden(user, thread):
        raise Http404("No such thread.")


def visible_thread_version(user: User | None, thread_id: int) -> int:
    """The version of the thread if `user` may see its space (as access_thread asks, merged
    threads included; Http404 if not): the thread page's one look at the thread row, which
    takes the rest from the cache under that version (community.fragments). Plain SQL: it
    runs on every signed-in thread view."""
    sql = (
        f"SELECT t.version FROM {Thread._meta.db_table} t "  # noqa: S608 - table names
        f"JOIN {Space._meta.db_table} s ON s.id = t.space_id WHERE t.id = %s"
    )
    params: list[int] = [thread_id]
    if user is None or not user.is_authenticated:
        sql += " AND NOT s.is_private"
    elif not user.is_staff_member:
        members = SpaceMembership._meta.db_table
        sql += (
            f" AND (NOT s.is_private OR EXISTS (SELECT 1 FROM {members} m"  # noqa: S608 - a table
            " WHERE m.space_id = t.space_id AND m.user_id = %s))"
        )
        params.append(user.pk)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
    except OverflowError:
        row = None
    if row is None:
        raise Http404("No such thread.")
    return int(row[0])


def current_thread(thread: Thread) -> Thread:
    """The thread itself, or for a merged thread the one its question and replies live in."""
    seen: set[int] = set()
    while thread.merged_at is not None and thread.duplicate_of_id and thread.pk not in seen:
        seen.add(thread.pk)
        thread = Thread.objects.select_related("space").get(pk=thread.duplicate_of_id)
    return thread


def address_of(thread: Thread) -> str:
    """The thread's address, or for a merged thread the address of the one it now lives in."""
    return current_thread(thread).get_absolute_url()


def access_reply(user: User | None, reply_id: int) -> Reply:
    try:
        reply = Reply.objects.select_related("thread__space", "author").get(
            pk=reply_id, thread__in=visible_threads(user, merged=True)
        )
    except (Reply.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such reply.") from None
    held = reply.is_held or reply.thread.is_held
    if held and not (permissions.can_see_hidden(user, reply) or permissions.can_moderate(user)):
        raise Http404("No such reply.")
    return reply


SORTS = {
    "latest": ["-last_activity_at", "-id"],
    "top": ["-upvote_count", "-last_activity_at"],
    "unanswered": ["-created_at", "-id"],
}


def thread_list(
    user: User | None,
    *,
    space: Space | None = None,
    tag_slug: str | None = None,
    sort: str = "latest",
    pinned_apart: bool = False,
) -> QuerySet[Thread]:
    """`pinned_apart`: leave out the pinned threads, which the page shows above (pinned())."""
    threads = (
        visible_threads(user)
        if space is None
        else Thread.objects.filter(space=space, merged_at__isnull=True)
    )
    if tag_slug:
        threads = threads.filter(tags__slug=tag_slug)
    if sort == "unanswered":
        threads = threads.filter(reply_count=0, status=ThreadStatus.OPEN)
    if not permissions.can_moderate(user):  # hidden and deleted threads leave the lists
        threads = threads.filter(hidden_at__isnull=True, deleted_at__isnull=True)
    if pinned_apart:
        threads = threads.filter(pinned_at__isnull=True)
    return threads.select_related("space", "author").order_by(*SORTS.get(sort, SORTS["latest"]))


def pinned(user: User | None, *, space: Space | None = None, limit: int = 10) -> list[Thread]:
    """The pinned threads shown above the latest threads, most recently pinned first."""
    threads = thread_list(user, space=space, sort="top").exclude(pinned_at__isnull=True)
    return list(threads.defer("body", "body_html", "status_reason").order_by("-pinned_at")[:limit])


def thread_summaries(user: User | None, **filters: Any) -> QuerySet[Thread]:
    """thread_list without the texts, for list pages that show titles only."""
    return thread_list(user, **filters).defer("body", "body_html", "status_reason")


def thread_replies(thread: Thread) -> QuerySet[Reply]:
    return thread.replies.select_related("author", "retracted_by", "corrected_by").order_by(
        "created_at", "id"
    )


@dataclass(frozen=True)
class ReaderState:
    """What the thread page shows differently to one signed-in reader, read in one query."""

    voted_thread: bool = False
    voted_replies: frozenset[int] = frozenset()
    flagged: frozenset[int | None] = frozenset()  # reply ids, None for the thread
    following: bool | None = None  # None: a visitor (no button)


_VOTE, _FLAG, _FOLLOW, _LEVEL, _UNREAD = range(5)


def reader_state(user: User | None, thread: Thread) -> ReaderState:
    """The reader's votes and flags on the thread, whether they follow it, and (remembered on
    the user object for the permissions and the header) their trust level and unread
    notification count: one round trip instead of five, in plain SQL as the page runs it on
    every signed-in view."""
    if user is None or not user.is_authenticated:
        return ReaderState()
    about_type, about_id = notify.about(thread)
    sql = " UNION ALL ".join(
        [
            f"SELECT {_VOTE}, reply_id FROM {Vote._meta.db_table} "  # noqa: S608 - table names
            "WHERE thread_id = %s AND user_id = %s",
            f"SELECT {_FLAG}, reply_id FROM {Flag._meta.db_table} "  # noqa: S608 - table names
            "WHERE thread_id = %s AND user_id = %s",
            f"SELECT {_FOLLOW}, f.* FROM ({FOLLOWING_SQL}) f",  # noqa: S608 - constants
            f"SELECT {_LEVEL}, l.* FROM ({LEVEL_SQL}) l",  # noqa: S608 - constants
            f"SELECT {_UNREAD}, n.* FROM ({UNREAD_SQL}) n",  # noqa: S608 - constants
        ]
    )
    params: list[int | str] = [thread.pk, user.pk, thread.pk, user.pk]
    params += [user.pk, about_type, about_id, user.pk, user.pk]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    votes = [value for kind, value in rows if kind == _VOTE]
    remember_level(user, next((value for kind, value in rows if kind == _LEVEL), 0) or 0)
    remember_unread(user, next(value for kind, value in rows if kind == _UNREAD))
    return ReaderState(
        voted_thread=None in votes,
        voted_replies=frozenset(v for v in votes if v is not None),
        flagged=frozenset(value for kind, value in rows if kind == _FLAG),
        following=any(kind == _FOLLOW for kind, _ in rows),
    )


def reply_flags(
    user: User | None,
    thread: Thread,
    replies: list[Reply],
    state: ReaderState,
    *,
    sees_space: bool | None = None,
) -> list[Reply]:
    """The replies `user` may read (a held reply is its author's and the moderators'), each
    with the per-reader flags the page's controls follow (community.fragments builds their
    URLs). Sets attributes on `replies`: give it objects of this request alone.
    `sees_space`: whether `user` may read the thread's space, when the caller knows it."""
    replies = [r for r in replies if not r.is_held or permissions.can_see_hidden(user, r)]
    voted_replies, flagged = state.voted_replies, state.flagged
    signed_in = user is not None and user.is_authenticated
    if sees_space is None:
        sees_space = signed_in and permissions.can_view_space(user, thread.space)
    for reply in replies:
        reply.voted = reply.pk in voted_replies
        if signed_in:
            reply.can_edit = permissions.can_edit_reply(user, reply)
            reply.can_correct = permissions.can_correct_reply(user, reply)
            reply.can_flag = (
                permissions.can_flag(user, thread, reply, sees_space=sees_space)
                and reply.pk not in flagged
            )
        else:  # what the permissions answer for a visitor, without asking 50 times
            reply.can_edit = reply.can_correct = reply.can_flag = False
        reply.shows_text = _shows_text(user, reply)
    return replies


def page_flags(user: User | None, thread: Thread, state: ReaderState) -> dict[str, Any]:
    """What the thread page shows or offers `user` about the thread itself (not per reply)."""
    signed_in = user is not None and user.is_authenticated
    sees_space = signed_in and permissions.can_view_space(user, thread.space)
    return {
        "voted_thread": state.voted_thread,
        "following": state.following,
        "can_reply": permissions.can_reply(user, thread),
        "can_vote": permissions.can_vote(user),
        "can_accept": permissions.can_accept_answer(user, thread),
        "can_change_status": permissions.can_change_status(user, thread),
        "can_edit_thread": permissions.can_edit_thread(user, thread),
        "can_triage": permissions.can_triage(user, thread),
        "can_moderate": permissions.can_moderate(user),
        "thread_shows_text": _shows_text(user, thread),
        "can_flag_thread": permissions.can_flag(user, thread, sees_space=sees_space)
        and None not in state.flagged,
        "drafts_checked": drafts_checked(user),
    }


def thread_page_context(
    user: User | None,
    thread: Thread,
    replies: list[Reply],
    *,
    tags: list[Tag],
    status_history: list[StatusChange],
    state: ReaderState,
) -> dict[str, Any]:
    """Everything the thread page shows, in a fixed number of queries whatever the replies:
    `tags` and `status_history` as the thread bundle keeps them (community.fragments), the
    reader's votes, flags and follow from `reader_state`."""
    replies = reply_flags(user, thread, replies, state)
    accepted = next((r for r in replies if r.pk == thread.accepted_reply_id), None)
    return {
        "thread": thread,
        "duplicate_of": visible_original(user, thread),
        "replies": replies,
        "accepted": accepted,
        "tags": tags,
        **page_flags(user, thread, state),
        "flag_reasons": FlagReason.choices,
        "statuses": [(s.value, s.label) for s in statuses_for(thread.kind)],
        "status_history": status_history,
    }


def status_history(thread: Thread) -> list[StatusChange]:
    """Every public status change of the thread with its reason, oldest first."""
    return list(thread.status_changes.select_related("changed_by").order_by("created_at", "id"))


def _shows_text(user: User | None, post: Thread | Reply) -> bool:
    """A hidden post's text is read by its author and moderators; a deleted one's by nobody
    on the page (the reason stands in its place; moderators have the admin and history)."""
    if post.deleted_at is not None:
        return False
    return post.hidden_at is None or permissions.can_see_hidden(user, post)


def flag_queue(limit: int = 100) -> list[dict[str, Any]]:
    """Posts with open flags, oldest flag first, each with its flags: a fixed number of
    queries whatever the count. Callers check permissions.check_moderate first."""
    flags = (
        Flag.objects.filter(resolved_at__isnull=True)
        .select_related("user", "thread__author", "thread__space", "reply__author")
        .order_by("created_at", "id")
    )
    posts: dict[tuple[int, int | None], dict[str, Any]] = {}
    for flag in flags[: limit * 10]:
        key = (flag.thread_id, flag.reply_id)
        if key not in posts:
            if len(posts) >= limit:
                continue
            post: Thread | Reply = flag.thread
            if flag.reply is not None:
                flag.reply.thread = flag.thread  # its link needs the thread: no query
                post = flag.reply
            posts[key] = {"thread": flag.thread, "reply": flag.reply, "post": post, "flags": []}
        posts[key]["flags"].append(flag)
    return list(posts.values())


def held_queue(limit: int = 100) -> list[dict[str, Any]]:
    """Threads and replies held for review (not deleted), oldest first: two queries whatever
    the count. Callers check permissions.check_moderate first."""
    threads = (
        Thread.objects.exclude(held_reason="")
        .filter(hidden_at__isnull=False, deleted_at__isnull=True)
        .select_related("author", "space")
        .order_by("created_at", "id")[:limit]
    )
    replies = (
        Reply.objects.exclude(held_reason="")
        .filter(hidden_at__isnull=False, deleted_at__isnull=True)
        .select_related("author", "thread__space")
        .order_by("created_at", "id")[:limit]
    )
    items: list[dict[str, Any]] = [
        {"thread": t, "reply": None, "post": t, "flags": []} for t in threads
    ]
    items += [{"thread": r.thread, "reply": r, "post": r, "flags": []} for r in replies]
    items.sort(key=lambda item: item["post"].created_at)
    return items[:limit]


def moderation_log(limit: int = 50) -> QuerySet[ModerationLog]:
    rows = ModerationLog.objects.select_related("actor", "member", "thread", "reply")
    return rows.order_by("-created_at", "-id")[:limit]


def thread_choices(
    user: User | None, query: str, *, exclude: Thread, limit: int = 10
) -> list[Thread]:
    """Threads a moderator may merge `exclude` into, found by words of their title or by
    number: published, not merged, readable by `user`."""
    query = " ".join((query or "").split())[:100]
    if not query:
        return []
    threads = visible_threads(user).exclude(pk=exclude.pk).filter(deleted_at__isnull=True)
    threads = threads.filter(held_reason="")
    if query.lstrip("#").isdigit():
        threads = threads.filter(pk=int(query.lstrip("#")[:18]))
    else:
        for word in query.split()[:6]:
            threads = threads.filter(title__icontains=word)
    return list(threads.select_related("space").order_by("-last_activity_at")[:limit])


def drafts_checked(user: User | None) -> bool:
    """Staff and super-users answer for the company: their drafts are checked as they type."""
    return (
        user is not None
        and user.is_authenticated
        and (user.is_staff_member or user.role == Role.SUPERUSER)
    )


def thread_history(thread: Thread) -> list[dict[str, Any]]:
    """Every earlier text of the thread and its replies, newest first, with the current text."""
    revisions = thread.revisions.select_related("editor", "reply").order_by("-created_at", "-id")
    return [
        {
            "revision": rev,
            "what": gettext("Reply #%(id)s") % {"id": rev.reply_id}
            if rev.reply_id
            else gettext("Question"),
        }
        for rev in revisions
    ]


def profile_context(viewer: User | None, person: User) -> dict[str, Any]:
    threads = visible_threads(viewer).filter(author=person).select_related("space")
    replies = (
        Reply.objects.filter(author=person, thread__in=visible_threads(viewer))
        .select_related("thread")
        .order_by("-created_at")
    )
    own = viewer is not None and viewer.is_authenticated and viewer.pk == person.pk
    if not own and not permissions.can_moderate(viewer):  # posts waiting for review
        threads = threads.filter(held_reason="")
        replies = replies.filter(held_reason="", thread__held_reason="")
    return {
        "person": person,
        "threads": threads.order_by("-created_at")[:20],
        "replies": replies[:20],
        "thread_count": threads.count(),
        "reply_count": replies.count(),
        "accepted_count": visible_threads(viewer).filter(accepted_reply__author=person).count(),
        **profile_standing(viewer, person),
    }


def visible_original(user: User | None, thread: Thread) -> Thread | None:
    """The thread a duplicate points to, if `user` may read it: the original may have been
    moved into a private space after the mark was set."""
    if thread.duplicate_of_id is None:
        return None
    return visible_threads(user).filter(pk=thread.duplicate_of_id).first()


def public_thread_version(pk: int) -> tuple[int, str] | None:
    """(version, slug) of a thread in a public space, or None. Runs on every anonymous page
    view, so it skips the ORM's query building: one indexed lookup, about 50 µs."""
    sql = (
        f"SELECT t.version, t.slug FROM {Thread._meta.db_table} t "  # noqa: S608 - table names
        f"JOIN {Space._meta.db_table} s ON s.id = t.space_id WHERE t.id = %s AND NOT s.is_private"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        row: tuple[int, str] | None = cursor.fetchone()
        return row
