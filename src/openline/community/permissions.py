"""Who may do what in the community: `can_*` for templates, `check_*` raising PermissionDenied."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from openline.accounts.models import User
from openline.people import permissions as people_permissions

from . import held
from .models import Reply, Silence, Space, Thread


def _signed_in(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def can_view_space(
    user: User | None, space: Space, *, member_space_ids: set[int] | None = None
) -> bool:
    if not space.is_private:
        return True
    if not _signed_in(user):
        return False
    assert user is not None
    if user.is_staff_member:
        return True
    if member_space_ids is not None:
        return space.pk in member_space_ids
    return space.members.filter(pk=user.pk).exists()


def can_post_in_space(user: User | None, space: Space) -> bool:
    return _signed_in(user) and can_view_space(user, space)


def can_reply(user: User | None, thread: Thread) -> bool:
    """Signed in; a locked or deleted thread takes replies from moderators only."""
    if not _signed_in(user):
        return False
    assert user is not None
    return (thread.locked_at is None and thread.deleted_at is None) or user.is_moderator


def can_vote(user: User | None) -> bool:
    return _signed_in(user)


def can_accept_answer(user: User | None, thread: Thread) -> bool:
    if not _signed_in(user) or not thread.is_answerable:
        return False
    assert user is not None
    return user.pk == thread.author_id or user.is_staff_member


def can_change_status(user: User | None, thread: Thread) -> bool:
    return _signed_in(user) and user is not None and user.is_staff_member


def can_edit_thread(user: User | None, thread: Thread) -> bool:
    if not _signed_in(user):
        return False
    assert user is not None
    return user.pk == thread.author_id or user.is_moderator


def can_edit_reply(user: User | None, reply: Reply) -> bool:
    if not _signed_in(user) or reply.is_retracted:
        return False
    assert user is not None
    return user.pk == reply.author_id or user.is_moderator


def can_retract_reply(user: User | None, reply: Reply) -> bool:
    return can_edit_reply(user, reply)


def _check(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def check_post_in_space(user: User | None, space: Space) -> None:
    _check(can_post_in_space(user, space), "Sign in to post in this space.")
    check_not_silenced(user)


def silenced(user: User | None) -> Silence | None:
    """The silence in force for `user`, if any."""
    if user is None or not _signed_in(user):
        return None
    rows = Silence.objects.filter(user_id=user.pk, until__gt=timezone.now())
    return rows.order_by("-until").first()


def check_not_silenced(user: User | None) -> None:
    silence = silenced(user)
    if silence is not None:
        raise PermissionDenied(
            f"A moderator silenced you until {silence.until:%d %b %Y %H:%M} UTC: {silence.reason}"
        )


def check_reply(user: User | None, thread: Thread) -> None:
    check_not_silenced(user)
    if _signed_in(user) and (thread.locked_at is not None or thread.deleted_at is not None):
        _check(can_reply(user, thread), "This thread is locked: it takes no new replies.")
    _check(can_reply(user, thread), "Sign in to reply.")


def check_vote(user: User | None) -> None:
    _check(can_vote(user), "Sign in to vote.")


def check_accept_answer(user: User | None, thread: Thread) -> None:
    _check(
        can_accept_answer(user, thread),
        "Only the person who asked, or staff, can accept an answer to a question or problem.",
    )


def check_change_status(user: User | None, thread: Thread) -> None:
    _check(can_change_status(user, thread), "Only staff can change a thread's status.")


def check_edit_thread(user: User | None, thread: Thread) -> None:
    _check(can_edit_thread(user, thread), "You can only edit your own posts.")


def check_edit_reply(user: User | None, reply: Reply) -> None:
    _check(can_edit_reply(user, reply), "You can only edit your own replies.")


def check_retract_reply(user: User | None, reply: Reply) -> None:
    _check(can_retract_reply(user, reply), "You can only retract your own replies.")


# --- privileges that follow from trust (the levels live in openline.people) -------------------


def can_triage(user: User | None, thread: Thread) -> bool:
    """Retag, move between public spaces, mark as a duplicate: trust level 3 and staff."""
    return people_permissions.can_triage(user) and can_view_space(user, thread.space)


def check_triage(user: User | None, thread: Thread) -> None:
    people_permissions.check_triage(user)
    _check(can_view_space(user, thread.space), "You cannot see this thread.")


def can_publish_answered_thread(user: User | None, space: Space) -> bool:
    """A question published with its accepted answer in one step (from the inbox): staff."""
    return (
        _signed_in(user)
        and user is not None
        and user.is_staff_member
        and can_view_space(user, space)
    )


def check_publish_answered_thread(user: User | None, space: Space) -> None:
    _check(
        can_publish_answered_thread(user, space),
        "Only staff publish a question together with its answer.",
    )


def can_move_between_private_spaces(user: User | None) -> bool:
    """Moving a thread into or out of a private space changes who can read it: moderators only."""
    return _signed_in(user) and user is not None and user.is_moderator


def _recent_post_times(user: User, since: datetime) -> list[datetime]:
    threads = Thread.objects.filter(author=user, created_at__gte=since)
    replies = Reply.objects.filter(author=user, created_at__gte=since)
    thread_times = threads.values_list("created_at", flat=True)
    return [*thread_times, *replies.values_list("created_at", flat=True)]


UNVERIFIED_MESSAGE = (
    "Confirm your e-mail address before you post: open the link we sent to {email}. "
    "No mail? Send the link again from the notice on this page."
)
NO_EMAIL_MESSAGE = "Add an e-mail address on your profile and confirm it before you post."


def needs_verified_email(user: User | None, *, new_thread: bool) -> bool:
    """Whether `user` must confirm their address before this post (OPENLINE["UNVERIFIED_POSTS"]):
    "verify" asks it for every post; "hold" sends their replies to the review queue instead
    (guidance), but a new thread still needs the address, as there is no queue for threads."""
    if user is None or not user.is_authenticated or user.is_staff_member or user.email_verified:
        return False
    return settings.OPENLINE["UNVERIFIED_POSTS"] != "hold" or new_thread


def check_verified_email(user: User, *, new_thread: bool) -> None:
    if needs_verified_email(user, new_thread=new_thread):
        message = UNVERIFIED_MESSAGE.format(email=user.email) if user.email else NO_EMAIL_MESSAGE
        raise ValidationError(message, code="unverified")


def new_member_hold(user: User, text: str) -> str:
    """Why a new member's post waits for a moderator (OPENLINE["HOLD_NEW_MEMBERS"]; a code of
    community.held), or "":
    "first_post" holds every post of a member at trust level 0 until one of theirs was
    approved; "links" holds their posts with links. Staff and trusted members are never held."""
    policy: set[str] = settings.OPENLINE.get("HOLD_NEW_MEMBERS") or set()
    if not policy or user.is_staff_member or people_permissions.effective_level(user) > 0:
        return ""
    if "first_post" in policy:
        published = Thread.objects.filter(author=user, held_reason="").exists() or (
            Reply.objects.filter(author=user, held_reason="").exists()
        )
        if not published:
            return held.FIRST_POST
    if "links" in policy and people_permissions.LINK_RE.search(text):
        return held.LINK
    return ""


def check_post_limits(user: User, body: str, *, new_post: bool) -> None:
    """A new member's limits on links per post and (for new posts) posts per day."""
    people_permissions.check_post_limits(
        user,
        body,
        recent_posts=(lambda since: _recent_post_times(user, since)) if new_post else None,
    )


def can_correct_reply(user: User | None, reply: Reply) -> bool:
    """A staff reply can be marked as a mistake by its author or by a moderator, once."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if reply.is_retracted or reply.is_corrected or not reply.author.is_staff_member:
        return False
    return user.is_moderator or (user.is_staff_member and user.pk == reply.author_id)


def check_correct_reply(user: User | None, reply: Reply) -> None:
    if not can_correct_reply(user, reply):
        raise PermissionDenied(
            "Only the staff member who wrote it, or a moderator, can correct a staff reply, "
            "once, and not after it was retracted."
        )


# --- moderation -------------------------------------------------------------------------------


def can_moderate(user: User | None) -> bool:
    """The flag queue, hiding, deleting and locking: moderators and admins."""
    return _signed_in(user) and user is not None and user.is_moderator


def check_moderate(user: User | None) -> None:
    _check(can_moderate(user), "Only moderators can do this.")


def can_merge_ideas(user: User | None) -> bool:
    """Merging ideas moves votes and demand between them: moderators and admins."""
    return can_moderate(user)


def check_merge_ideas(user: User | None) -> None:
    _check(can_merge_ideas(user), "Only moderators can merge ideas.")


def can_flag(
    user: User | None, thread: Thread, reply: Reply | None = None, *, sees_space: bool | None = None
) -> bool:
    """Any signed-in member who can read the post, not on their own post nor a deleted one.
    `sees_space`: can_view_space(user, thread.space), when the caller asked it once for many."""
    if sees_space is None:
        sees_space = can_view_space(user, thread.space)
    if not _signed_in(user) or not sees_space:
        return False
    assert user is not None
    post: Thread | Reply = reply if reply is not None else thread
    return post.author_id != user.pk and post.deleted_at is None


def check_flag(user: User | None, thread: Thread, reply: Reply | None = None) -> None:
    _check(can_flag(user, thread, reply), "You cannot flag this post.")


def can_see_hidden(user: User | None, post: Thread | Reply) -> bool:
    """A hidden post's text: its author and the moderators."""
    return (
        _signed_in(user) and user is not None and (user.is_moderator or user.pk == post.author_id)
    )
