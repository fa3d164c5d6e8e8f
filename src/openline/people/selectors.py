"""Reads about members: reputation and its history, trust, badges, thanks, the programme."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import QuerySet

from openline.accounts.models import Role, User

from . import trust
from .models import (
    BadgeAward,
    InvitationStatus,
    Reputation,
    ReputationEvent,
    SuperUserInvitation,
    ThankYouNote,
    TrustLevel,
)


def reputation_points(user: User) -> int:
    return Reputation.objects.filter(user_id=user.pk).values_list("points", flat=True).first() or 0


def reputation_history(user: User) -> QuerySet[ReputationEvent]:
    """The member's events, newest first; only they (and staff) see it."""
    return ReputationEvent.objects.filter(user=user).order_by("-created_at", "-id")


def trust_record(user: User) -> TrustLevel:
    """The stored level, or an unsaved level-0 record before the first recompute."""
    return TrustLevel.objects.filter(user_id=user.pk).first() or TrustLevel(user=user)


def badges_of(user: User) -> list[BadgeAward]:
    return list(
        BadgeAward.objects.filter(user=user).select_related("badge").order_by("badge__position")
    )


def thank_you_notes(user: User) -> QuerySet[ThankYouNote]:
    return ThankYouNote.objects.filter(user=user).select_related("author")


def latest_invitation(user: User) -> SuperUserInvitation | None:
    return (
        SuperUserInvitation.objects.filter(user=user)
        .select_related("invited_by")
        .order_by("-created_at")
        .first()
    )


@dataclass
class Standing:
    """What a profile shows about a member beyond their posts."""

    reputation: int
    level: int
    level_name: str
    is_pinned: bool
    badges: list[BadgeAward]
    notes: list[ThankYouNote]
    superuser_since: datetime | None
    is_superuser: bool
    invitation: SuperUserInvitation | None = None
    progress: list[dict[str, Any]] = field(default_factory=list)


def standing(viewer: User | None, person: User) -> Standing:
    record = trust_record(person)
    invitation = latest_invitation(person)
    since = None
    if invitation is not None and invitation.status == InvitationStatus.ACCEPTED:
        since = invitation.responded_at
    is_self = viewer is not None and viewer.is_authenticated and viewer.pk == person.pk
    level = record.level
    if person.role == Role.SUPERUSER:  # as permissions.effective_level, without a second query
        level = max(level, trust.TRIAGE_LEVEL)
    return Standing(
        reputation=reputation_points(person),
        level=level,
        level_name=trust.LEVEL_NAMES[level],
        is_pinned=record.is_pinned,
        badges=badges_of(person),
        notes=list(thank_you_notes(person)[:10]),
        superuser_since=since,
        is_superuser=person.role == Role.SUPERUSER,
        invitation=invitation if is_self else None,
        progress=trust.next_level_progress(record.level, record.stats) if is_self else [],
    )


def profile_standing(viewer: User | None, person: User) -> dict[str, Any]:
    """Context for the standing block of a profile page (community/profile.html)."""
    staff = viewer if viewer is not None and viewer.is_authenticated else None
    if staff is not None and not staff.is_staff_member:
        staff = None
    return {
        "standing": standing(viewer, person),
        "can_thank": staff is not None and staff.pk != person.pk,
        "can_pin": staff is not None and staff.is_moderator and not person.is_staff_member,
    }
