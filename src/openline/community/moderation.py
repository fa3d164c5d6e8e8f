"""Moderation writes: members flag posts; moderators hide, unhide, delete with a reason,
dismiss flags and lock threads. Each action checks permission, validates, runs in one
transaction and queues its side effects (notifications, page cache) on commit, like
actions.create_reply. A post is a thread (reply=None) or one of its replies."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from openline.accounts.models import User
from openline.notifications.models import Kind
from openline.people.permissions import effective_level

from . import notify, permissions, search
from .actions import _touch
from .models import Flag, FlagReason, Reply, Silence, Thread

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


def _tell_author(actor: User | None, post: Post, text: str) -> None:
    thread, reply = _split(post)
    notify.tell_author(Kind.COMMUNITY_MODERATED, actor, thread, reply, text)


def _what(post: Post) -> str:
    thread = _thread_of(post)
    return f"your reply on “{thread.title}”" if isinstance(post, Reply) else f"“{thread.title}”"


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
        raise ValidationError({"reason": "Choose why you flag this post."})
    note = " ".join((note or "").split())
    if reason == FlagReason.OTHER and not note:
        raise ValidationError({"note": "Say what is wrong with this post."})
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": f"Keep the note under {NOTE_MAX} characters."})
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
                _tell_author(
                    None,
                    post,
                    f"Members flagged {_what(post)}: it is hidden until a moderator reviews it.",
                )
    except IntegrityError:
        raise ValidationError("You have already flagged this post.") from None
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
        _tell_author(actor, post, f"A moderator hid {_what(post)}.")
    return post


def unhide_post(actor: User, post: Post) -> Post:
    permissions.check_moderate(actor)
    with transaction.atomic():
        post.hidden_at, post.hidden_by = None, None
        post.save(update_fields=["hidden_at", "hidden_by"])
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
        raise ValidationError({"reason": "Give the reason: readers see it in the post's place."})
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": f"Keep the reason under {REASON_MAX} characters."})
    with transaction.atomic():
        post.deleted_at, post.deletion_reason = timezone.now(), reason
        post.save(update_fields=["deleted_at", "deletion_reason"])
        _resolve(actor, post, "deleted")
        _unindex(post)
        _touch(_thread_of(post))
        _tell_author(actor, post, f"A moderator deleted {_what(post)}: {reason}")
    return post


def dismiss_flags(actor: User, post: Post) -> int:
    """The flags were wrong: they are closed, and a post hidden by flags shows again."""
    permissions.check_moderate(actor)
    with transaction.atomic():
        count = _resolve(actor, post, "dismissed")
        if post.hidden_at is not None and post.hidden_by_id is None:
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
        _touch(thread)
    return thread


SILENCE_DAYS_MAX = 365


def silence_member(actor: User, member: User, *, days: int, reason: str) -> Silence:
    """The member reads but cannot post for `days` days; they are told why, and every refused
    post repeats the reason."""
    permissions.check_moderate(actor)
    if member.is_staff_member:
        raise ValidationError("Staff are not silenced: change their role instead.")
    if not 1 <= days <= SILENCE_DAYS_MAX:
        raise ValidationError({"days": f"Silence for 1 to {SILENCE_DAYS_MAX} days."})
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": "Give the reason: the member is shown it."})
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": f"Keep the reason under {REASON_MAX} characters."})
    with transaction.atomic():
        until = timezone.now() + timedelta(days=days)
        silence = Silence.objects.create(user=member, until=until, reason=reason, created_by=actor)
        notify.tell_member(
            Kind.COMMUNITY_MODERATED,
            actor,
            member,
            f"A moderator silenced you until {until:%d %b %Y}: {reason}",
        )
    return silence
