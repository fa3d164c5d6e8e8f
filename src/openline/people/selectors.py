"""Reads about members: reputation and its history, trust, badges, thanks, the programme."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from openline.accounts.models import Role, User
from openline.core import privacy
from openline.core.privacy import Subject

from . import trust
from .models import (
    BadgeAward,
    InvitationStatus,
    Person,
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
        level_name=str(trust.LEVEL_NAMES[level]),
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


# --- privacy requests -------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivacyMatch:
    """Someone a privacy request may be about: an account (with its customer records) or a
    customer record without an account."""

    subject: Subject
    name: str
    emails: list[str]
    username: str
    identities: list[str]
    is_staff: bool

    @property
    def key(self) -> str:
        return (
            f"u{self.subject.user_id}" if self.subject.user_id else f"p{self.subject.person_ids[0]}"
        )


def find_privacy_subjects(query: str, limit: int = 20) -> list[PrivacyMatch]:
    """Accounts and customer records matching an e-mail address, username, handle or name."""
    query = query.strip()
    if len(query) < 2:
        return []
    users = User.objects.filter(
        Q(email__iexact=query) | Q(username__iexact=query) | Q(display_name__icontains=query)
    )[:limit]
    persons = Person.objects.filter(
        Q(email__iexact=query)
        | Q(name__icontains=query)
        | Q(identities__email__iexact=query)
        | Q(identities__handle__iexact=query)
        | Q(identities__external_id__iexact=query)
    ).distinct()[:limit]
    matches: dict[str, PrivacyMatch] = {}
    for subject in [privacy.Subject(user_id=u.pk) for u in users] + [
        privacy.Subject(person_ids=(p.pk,)) for p in persons
    ]:
        match = describe_privacy_subject(privacy.resolve(subject))
        matches.setdefault(match.key, match)
    return list(matches.values())[:limit]


def describe_privacy_subject(subject: Subject) -> PrivacyMatch:
    user = User.objects.filter(pk=subject.user_id).first() if subject.user_id else None
    people = list(Person.objects.filter(pk__in=subject.person_ids).prefetch_related("identities"))
    emails = {user.email} if user and user.email else set()
    emails |= {p.email for p in people if p.email}
    names = [user.name] if user else []
    names += [p.name for p in people if p.name]
    return PrivacyMatch(
        subject=subject,
        name=names[0] if names else "(no name)",
        emails=sorted(emails),
        username=user.username if user else "",
        identities=sorted(str(i) for p in people for i in p.identities.all()),
        is_staff=bool(user and (user.is_staff_member or user.is_superuser)),
    )


def access_privacy_subject(key: str) -> Subject:
    """The subject named in a URL (`u12`: an account, `p3`: a customer record), resolved."""
    kind, number = key[:1], key[1:]
    if not number.isdigit() or kind not in {"u", "p"}:
        raise Http404("No such person.")
    pk = int(number)
    if kind == "u":
        if not User.objects.filter(pk=pk).exists():
            raise Http404("No such account.")
        return privacy.resolve(privacy.Subject(user_id=pk))
    if not Person.objects.filter(pk=pk).exists():
        raise Http404("No such customer record.")
    return privacy.resolve(privacy.Subject(person_ids=(pk,)))
