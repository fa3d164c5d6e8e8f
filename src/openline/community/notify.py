"""Who in the community is told what. Each function is called inside the causing action's
transaction and does its work once that commits: a reply that fails tells nobody. Everyone told
may read the thread (a private space's non-members are left out)."""

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models.functions import Lower

from openline.accounts.models import User
from openline.notifications import actions as notifications
from openline.notifications.models import Kind
from openline.notifications.selectors import followers, stopped_following
from openline.notifications.selectors import is_following as is_following_row

from . import permissions
from .models import Reply, Space, Tag, Thread, Vote

THREAD = "community.thread"
TAG = "community.tag"
SPACE = "community.space"


def about(thread: Thread) -> tuple[str, int]:
    return (THREAD, thread.pk)


def watch(person: User, thread: Thread) -> None:
    """Asking or replying follows the thread, unless the person once stopped following it."""
    notifications.watch(person, about(thread), label=thread.title, url=thread.get_absolute_url())


Followable = Thread | Tag | Space


def follow_key(target: Followable) -> tuple[str, int]:
    if isinstance(target, Thread):
        return about(target)
    return (TAG, target.pk) if isinstance(target, Tag) else (SPACE, target.pk)


def is_following(user: User | None, target: Followable) -> bool | None:
    """None for an anonymous visitor (no button), else whether they follow it."""
    if user is None or not user.is_authenticated:
        return None
    return is_following_row(user, *follow_key(target))


def set_following(user: User, target: Followable, *, following: bool) -> None:
    """The caller has fetched `target` through an `access_*` selector."""
    key = follow_key(target)
    if not following:
        notifications.unfollow(user, key)
        return
    label = target.title if isinstance(target, Thread) else target.name
    notifications.follow(user, key, label=label, url=target.get_absolute_url())


def _line(kind: Kind, actor: User, thread: Thread) -> dict[str, Any]:
    """What a line of `kind` reads from (notification_lines.py), told in each reader's language."""
    values: dict[str, dict[str, Any]] = {
        Kind.COMMUNITY_REPLY: {"actor": actor.name, "title": thread.title},
        Kind.COMMUNITY_ACCEPTED: {"actor": actor.name, "title": thread.title},
        Kind.COMMUNITY_MENTION: {"actor": actor.name, "title": thread.title},
        Kind.COMMUNITY_STATUS: {
            "title": thread.title,
            "status": thread.status,
            "reason": thread.status_reason,
        },
        Kind.COMMUNITY_NEW_THREAD: {
            "actor": actor.name,
            "title": thread.title,
            "space": thread.space.name,
        },
    }
    return values[kind]


def _mentioned_ids(usernames: set[str]) -> set[int]:
    if not usernames:
        return set()
    people = User.objects.alias(lower_username=Lower("username")).filter(
        lower_username__in=usernames, is_active=True
    )
    return set(people.values_list("pk", flat=True))


def _tell(
    kind: Kind, actor: User, thread: Thread, reply: Reply | None, ids: Iterable[int]
) -> set[int]:
    """Notifies those of `ids` who may read the thread; returns who that was."""
    people = User.objects.filter(pk__in=set(ids) - {actor.pk}, is_active=True)
    allowed = {u.pk for u in people if permissions.can_view_space(u, thread.space)}
    if allowed:
        notifications.notify(
            allowed,
            kind=kind,
            actor=actor,
            line=kind.value,
            values=_line(kind, actor, thread),
            url=reply.get_absolute_url() if reply else thread.get_absolute_url(),
            about=about(thread),
            detail_id=reply.pk if reply else None,
        )
    return allowed


def thread_created(author: User, thread: Thread, mentioned: set[str], tag_ids: list[int]) -> None:
    """The people mentioned, then those following the space or one of the tags."""

    def run() -> None:
        told = _tell(Kind.COMMUNITY_MENTION, author, thread, None, _mentioned_ids(mentioned))
        following = followers([(SPACE, thread.space_id)] + [(TAG, pk) for pk in tag_ids])
        _tell(Kind.COMMUNITY_NEW_THREAD, author, thread, None, following - told)

    transaction.on_commit(run)


def reply_created(author: User, thread: Thread, reply: Reply, mentioned: set[str]) -> None:
    """The people mentioned, then those watching the thread: everyone who replied or chose to
    follow it, and its author unless they stopped (threads imported or seeded without a follow
    row still tell the person who asked)."""

    def run() -> None:
        told = _tell(Kind.COMMUNITY_MENTION, author, thread, reply, _mentioned_ids(mentioned))
        asker = {thread.author_id} - stopped_following({thread.author_id}, about(thread))
        watching = followers([about(thread)]) | asker
        _tell(Kind.COMMUNITY_REPLY, author, thread, reply, watching - told)

    transaction.on_commit(run)


def mentions(actor: User, thread: Thread, reply: Reply | None, mentioned: set[str]) -> None:
    """After an edit: the people the text mentions."""

    def run() -> None:
        _tell(Kind.COMMUNITY_MENTION, actor, thread, reply, _mentioned_ids(mentioned))

    transaction.on_commit(run)


def tell(kind: Kind, actor: User, thread: Thread, reply: Reply | None, ids: set[int]) -> None:
    transaction.on_commit(lambda: _tell(kind, actor, thread, reply, ids))


def status_changed(actor: User, thread: Thread) -> None:
    """Who asked, voted for or follows the thread (the authors and voters of ideas merged into
    it follow it), unless they chose to stop following it; with the public reason."""
    voters = set(
        Vote.objects.filter(thread=thread, reply__isnull=True).values_list("user_id", flat=True)
    )

    def run() -> None:
        key = about(thread)
        people = {thread.author_id, *voters} - stopped_following({thread.author_id, *voters}, key)
        _tell(Kind.COMMUNITY_STATUS, actor, thread, None, people | followers([key]))

    transaction.on_commit(run)


def merged(actor: User, duplicate: Thread, original: Thread, ids: set[int]) -> None:
    """The author and voters of an idea merged into another: where their vote counts now."""
    values = {"duplicate": duplicate.title, "original": original.title}

    def run() -> None:
        people = User.objects.filter(pk__in=ids - {actor.pk}, is_active=True)
        allowed = {u.pk for u in people if permissions.can_view_space(u, original.space)}
        notifications.notify(
            allowed, kind=Kind.COMMUNITY_STATUS, actor=actor, line="community.merged",
            values=values, url=original.get_absolute_url(), about=about(original),
        )  # fmt: skip

    transaction.on_commit(run)


def tell_author(
    kind: Kind, actor: User | None, thread: Thread, reply: Reply | None, line: str, **values: Any
) -> None:
    """A moderation outcome, to the post's author (who may always read their own post): `line`
    reads from `values` and which post it was."""
    values = {"reply": reply is not None, "title": thread.title, **values}
    author_id = reply.author_id if reply is not None else thread.author_id
    url = reply.get_absolute_url() if reply is not None else thread.get_absolute_url()

    def run() -> None:
        notifications.notify(
            {author_id},
            kind=kind,
            actor=actor,
            line=line,
            values=values,
            url=url,
            about=about(thread),
            detail_id=reply.pk if reply else None,
        )

    transaction.on_commit(run)


def tell_member(kind: Kind, actor: User, member: User, line: str, **values: Any) -> None:
    """A moderation decision about the member themselves (a silence), linked to their profile."""

    def run() -> None:
        notifications.notify(
            {member.pk},
            kind=kind,
            actor=actor,
            line=line,
            values=values,
            url=f"/u/{member.username}/",
            about=("accounts.user", member.pk),
        )

    transaction.on_commit(run)
