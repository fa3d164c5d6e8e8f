"""Moderation writes: members flag posts; moderators hide, unhide, delete with a reason,
dismiss flags and lock threads. Each action checks permission, validates, runs in one
transaction and queues its side effects (notifications, page cache) on commit, like
actions.create_reply. A post is a thread (reply=None) or one of its replies."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.accounts import suspensions
from openline.accounts.models import Suspension, User
from openline.core import counters
from openline.notifications.models import Kind
from openline.people.permissions import effective_level

from . import actions, notify, permissions, search
from .actions import _touch, announce_reply, announce_thread
from .models import (
    LISTS_COUNTER,
    Flag,
    FlagReason,
    ModerationAction,
    ModerationLog,
    Reply,
    Silence,
    Space,
    Thread,
)

NOTE_MAX = 500
REASON_MAX = 500

Post = Thread | Reply


def _thread_of(post: Post) -> Thread:
    return post.thread if isinstance(post, Reply) else post


def _split(post: Post) -> tuple[Thread, Reply | None]:
    return (post.thread, post) if isinstance(post, Reply) else (post, None)


def _open_flags(post: Post) -> list[Flag]:
    thread, reply = _split(post)
    rows = Flag.objects.filter(thread=thread, resolved_at__isnull=True)
    rows = rows.filter(reply=reply) if reply is not None else rows.filter(reply__isnull=True)
    return list(rows)


def _resolve(actor: User, post: Post, outcome: str) -> int:
    thread, reply = _split(post)
    rows = Flag.objects.filter(thread=thread, reply=reply, resolved_at__isnull=True)
    return rows.update(resolved_at=timezone.now(), resolved_by=actor, outcome=outcome)


def _unindex(post: Post) -> None:
    """Hidden and deleted replies leave the search index; threads are filtered in search()."""
    if isinstance(post, Reply):
        search.remove_reply(post)


def _reindex(post: Post) -> None:
    if isinstance(post, Reply) and not post.is_retracted:
        search.index_reply(post)


def _tell_author(actor: User | None, post: Post, line: str, **values: str) -> None:
    """`line` (community/notification_lines.py) is told in the author's language."""
    thread, reply = _split(post)
    notify.tell_author(Kind.COMMUNITY_MODERATED, actor, thread, reply, line, **values)


def log(
    actor: User, action: str, post: Post | None = None, *, member: User | None = None,
    note: str = "",
) -> None:  # fmt: skip
    """The moderation log's record of one action (in the action's transaction)."""
    thread, reply = _split(post) if post is not None else (None, None)
    if member is None and post is not None:
        member = post.author
    ModerationLog.objects.create(
        actor=actor, action=action, thread=thread, reply=reply, member=member, note=note[:500]
    )


# --- flags ------------------------------------------------------------------------------------


def hides_post(levels: list[int]) -> bool:
    """Whether open flags from members at these trust levels hide the post until reviewed
    (OPENLINE["FLAGS_TO_HIDE"])."""
    rule: dict[str, int] = settings.OPENLINE["FLAGS_TO_HIDE"]
    if any(level >= rule["STRONG_LEVEL"] for level in levels):
        return True
    return sum(1 for level in levels if level >= rule["LEVEL"]) >= rule["COUNT"]


def flag_post(user: User, post: Post, *, reason: str, note: str = "") -> Flag:
    """Reports a post to the moderators. Enough flags from trusted members hide it until a
    moderator reviews it, and its author is told."""
    thread, reply = _split(post)
    permissions.check_flag(user, thread, reply)
    if reason not in FlagReason.values:
        raise ValidationError({"reason": _("Choose why you flag this post.")})
    note = " ".join((note or "").split())
    if reason == FlagReason.OTHER and not note:
        raise ValidationError({"note": _("Say what is wrong with this post.")})
    if len(note) > NOTE_MAX:
        raise ValidationError(
            {"note": _("Keep the note under %(max)d characters.") % {"max": NOTE_MAX}}
        )
    level = effective_level(user)
    try:
        with transaction.atomic():
            flag = Flag.objects.create(
                user=user, thread=thread, reply=reply, reason=reason, note=note, level=level
            )
            levels = [f.level for f in _open_flags(post)]
            if post.hidden_at is None and hides_post(levels):
                post.hidden_at, post.hidden_by = timezone.now(), None
                post.save(update_fields=["hidden_at", "hidden_by"])
                _unindex(post)
                _touch(thread)
                _tell_author(None, post, "community.flag_hidden")
    except IntegrityError:
        raise ValidationError(_("You have already flagged this post.")) from None
    return flag


# --- moderators' actions ----------------------------------------------------------------------


def hide_post(actor: User, post: Post) -> Post:
    """Hides the post from the public (its author and moderators still read it); its flags are
    resolved as agreed."""
    permissions.check_moderate(actor)
    with transaction.atomic():
        post.hidden_at, post.hidden_by = timezone.now(), actor
        post.save(update_fields=["hidden_at", "hidden_by"])
        _resolve(actor, post, "hidden")
        _unindex(post)
        _touch(_thread_of(post))
        log(actor, ModerationAction.HIDE, post)
        _tell_author(actor, post, "community.post_hidden")
    return post


def unhide_post(actor: User, post: Post) -> Post:
    permissions.check_moderate(actor)
    if post.is_held:
        raise ValidationError(_("This post waits for review: approve it instead."))
    with transaction.atomic():
        post.hidden_at, post.hidden_by = None, None
        post.save(update_fields=["hidden_at", "hidden_by"])
        log(actor, ModerationAction.UNHIDE, post)
        _resolve(actor, post, "unhidden")
        if post.deleted_at is None:
            _reindex(post)
        _touch(_thread_of(post))
    return post


def delete_post(actor: User, post: Post, *, reason: str) -> Post:
    """Removes the post's text from the public; the reason is shown in its place."""
    permissions.check_moderate(actor)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Give the reason: readers see it in the post's place.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX}}
        )
    with transaction.atomic():
        post.deleted_at, post.deletion_reason = timezone.now(), reason
        post.save(update_fields=["deleted_at", "deletion_reason"])
        _resolve(actor, post, "deleted")
        log(actor, ModerationAction.DELETE, post, note=reason)
        _unindex(post)
        _touch(_thread_of(post))
        _tell_author(actor, post, "community.post_deleted", reason=reason)
    return post


def dismiss_flags(actor: User, post: Post) -> int:
    """The flags were wrong: they are closed, and a post hidden by flags shows again."""
    permissions.check_moderate(actor)
    with transaction.atomic():
        count = _resolve(actor, post, "dismissed")
        log(actor, ModerationAction.DISMISS, post)
        if post.hidden_at is not None and post.hidden_by_id is None and not post.is_held:
            post.hidden_at = None
            post.save(update_fields=["hidden_at"])
            if post.deleted_at is None:
                _reindex(post)
            _touch(_thread_of(post))
    return count


def set_locked(actor: User, thread: Thread, *, locked: bool) -> Thread:
    """A locked thread takes no new replies (moderators excepted); its page says so."""
    permissions.check_moderate(actor)
    with transaction.atomic():
        thread.locked_at = timezone.now() if locked else None
        thread.save(update_fields=["locked_at"])
        log(actor, ModerationAction.LOCK if locked else ModerationAction.UNLOCK, thread)
        _touch(thread)
    return thread


SILENCE_DAYS_MAX = 365


def silence_member(actor: User, member: User, *, days: int, reason: str) -> Silence:
    """The member reads but cannot post for `days` days; they are told why, and every refused
    post repeats the reason."""
    permissions.check_moderate(actor)
    if member.is_staff_member:
        raise ValidationError(_("Staff are not silenced: change their role instead."))
    if not 1 <= days <= SILENCE_DAYS_MAX:
        raise ValidationError(
            {"days": _("Silence for 1 to %(max)d days.") % {"max": SILENCE_DAYS_MAX}}
        )
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Give the reason: the member is shown it.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX}}
        )
    with transaction.atomic():
        until = timezone.now() + timedelta(days=days)
        silence = Silence.objects.create(user=member, until=until, reason=reason, created_by=actor)
        log(actor, ModerationAction.SILENCE, member=member, note=f"{days} days: {reason}")
        notify.tell_member(
            Kind.COMMUNITY_MODERATED,
            actor,
            member,
            "community.silenced",
            until=until.isoformat(),
            reason=reason,
        )
    return silence


# --- held posts and thread tools --------------------------------------------------------------


def approve_post(actor: User, post: Post) -> Post:
    """Publishes a post held for review: from now on it is public, counted, searchable, and
    its followers and mentioned people hear of it as if it had just been posted."""
    permissions.check_moderate(actor)
    if not post.is_held:
        raise ValidationError(_("This post is not waiting for review."))
    with transaction.atomic():
        post.hidden_at, post.held_reason = None, ""
        post.save(update_fields=["hidden_at", "held_reason"])
        if isinstance(post, Reply):
            announce_reply(post)
        else:
            announce_thread(post)
            counters.bump(LISTS_COUNTER)
        _touch(_thread_of(post))
        log(actor, ModerationAction.APPROVE, post)
        _tell_author(actor, post, "community.post_approved")
    return post


def set_pinned(actor: User, thread: Thread, *, pinned: bool) -> Thread:
    """A pinned thread leads its space's list and the home page's."""
    permissions.check_moderate(actor)
    if thread.is_pinned == pinned:
        return thread
    with transaction.atomic():
        thread.pinned_at = timezone.now() if pinned else None
        thread.save(update_fields=["pinned_at"])
        log(actor, ModerationAction.PIN if pinned else ModerationAction.UNPIN, thread)
        _touch(thread)
    return thread


def move_thread(actor: User, thread: Thread, *, space: Space) -> Thread:
    """A moderator moves a thread (any space: actions.move_thread checks), logged."""
    permissions.check_moderate(actor)
    previous = thread.space.name
    with transaction.atomic():
        moved = actions.move_thread(actor, thread, space=space)
        log(actor, ModerationAction.MOVE, thread, note=f"{previous} → {space.name}")
    return moved


def merge_thread(actor: User, thread: Thread, *, into: Thread) -> Thread:
    """A moderator merges a thread into another (actions.merge_thread), logged."""
    permissions.check_moderate(actor)
    if thread.is_held or into.is_held:
        raise ValidationError(_("A thread waiting for review is approved or deleted first."))
    with transaction.atomic():
        original = actions.merge_thread(actor, thread, into=into)
        log(actor, ModerationAction.MERGE, thread, note=f"into #{original.pk} {original.title}")
    return original


def suspend_member(actor: User, member: User, *, days: int | None, reason: str) -> Suspension:
    """accounts.suspensions.suspend_member, in the moderation log too."""
    with transaction.atomic():
        suspension = suspensions.suspend_member(actor, member, days=days, reason=reason)
        span = f"{days} days" if days is not None else "indefinitely"
        log(actor, ModerationAction.SUSPEND, member=member, note=f"{span}: {suspension.reason}")
    return suspension


def lift_suspension(actor: User, member: User) -> Suspension:
    with transaction.atomic():
        suspension = suspensions.lift_suspension(actor, member)
        log(actor, ModerationAction.LIFT, member=member)
    return suspension
