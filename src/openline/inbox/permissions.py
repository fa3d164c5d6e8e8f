"""The inbox is for staff (agents, moderators, admins). Customers never reach it."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import Role, User
from openline.people.permissions import can_be_champion

from .models import ChampionOptIn, Conversation


def can_use_inbox(user: User | None) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff_member)


def check_use_inbox(user: User | None) -> None:
    if not can_use_inbox(user):
        raise PermissionDenied(_("The inbox is for staff."))


# --- the champion queue -----------------------------------------------------------------------
# Champions are members, not staff: they never pass `check_use_inbox`, and reach only the
# conversations offered to them or taken by them, through these checks.

_CHAMPION_ATTRIBUTE = "_openline_champion_opted_in"


def can_use_champion_queue(user: User | None) -> bool:
    """An eligible member (trust level 4 or a super-user, not staff) who opted in."""
    if not can_be_champion(user):
        return False
    assert user is not None
    cached = getattr(user, _CHAMPION_ATTRIBUTE, None)
    if cached is None:
        cached = ChampionOptIn.objects.filter(user_id=user.pk, active=True).exists()
        setattr(user, _CHAMPION_ATTRIBUTE, cached)
    return cached


def remember_champion(user: User, opted_in: bool) -> None:
    """The opt-in as a caller read it with its own query (`header_champion_queue`)."""
    setattr(user, _CHAMPION_ATTRIBUTE, opted_in)


def forget_champion(user: User) -> None:
    if hasattr(user, _CHAMPION_ATTRIBUTE):
        delattr(user, _CHAMPION_ATTRIBUTE)


def check_use_champion_queue(user: User | None) -> None:
    if not can_use_champion_queue(user):
        raise PermissionDenied(
            _("The champion queue is for super-users and trust-level-4 members who opted in.")
        )


def can_work_champion_conversation(user: User | None, conversation: Conversation) -> bool:
    """Answer, hand back, solve: the champion who took it, while it is theirs."""
    return (
        can_use_champion_queue(user)
        and user is not None
        and conversation.champion_id is not None
        and conversation.champion_id == user.pk
    )


def check_work_champion_conversation(user: User | None, conversation: Conversation) -> None:
    if not can_work_champion_conversation(user, conversation):
        raise PermissionDenied(_("This conversation is not yours to answer (any more)."))


def can_manage_champion_areas(user: User | None) -> bool:
    """Which product areas are offered to champions: moderators and admins."""
    return can_use_inbox(user) and user is not None and user.is_moderator


def check_manage_champion_areas(user: User | None) -> None:
    if not can_manage_champion_areas(user):
        raise PermissionDenied(_("Only moderators and admins choose the champion areas."))


# --- settings ---------------------------------------------------------------------------------


def can_manage_inbox_settings(user: User | None) -> bool:
    """SLA policies, canned replies and channels: admins (the operators), as in the Django
    admin."""
    return can_use_inbox(user) and user is not None and user.role == Role.ADMIN


def check_manage_inbox_settings(user: User | None) -> None:
    if not can_manage_inbox_settings(user):
        raise PermissionDenied(_("Only admins change SLA policies, canned replies and channels."))
