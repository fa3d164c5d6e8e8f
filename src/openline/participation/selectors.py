"""Reads of participation: the figures (today's stored snapshot, or live), the reputation
history with thread titles, the directory of super-users, pending invitations and the
programme's spaces. The staff dashboards of insights read through these too."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.accounts.models import Role, User
from openline.community.models import Reply, Space
from openline.community.selectors import visible_threads
from openline.people.models import (
    InvitationStatus,
    Reputation,
    ReputationEvent,
    SuperUserInvitation,
)

from . import segments
from .models import ParticipationSnapshot

LIVE_CACHE_SECONDS = 300
MIN_DAYS, MAX_DAYS = 7, 365


def clean_days(raw: object, default: int = segments.DEFAULT_DAYS) -> int:
    """The window length from a query string: a whole number of days, 7 to 365."""
    if raw in (None, ""):
        return default
    try:
        days = int(str(raw))
    except ValueError:
        days = 0
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValidationError(
            {
                "days": _("Give a whole number of days from %(min)d to %(max)d.")
                % {"min": MIN_DAYS, "max": MAX_DAYS}
            }
        )
    return days


def live_participation(days: int) -> dict[str, Any]:
    """The segment counts over the last `days`: today's stored snapshot while it is fresh
    (the background recompute keeps the default window), otherwise computed at most every five
    minutes (seconds at a hundred thousand members)."""
    fresh = timezone.now() - timedelta(
        seconds=2 * settings.OPENLINE.get("PEOPLE_RECOMPUTE_SECONDS", 900)
    )
    snapshot = (
        ParticipationSnapshot.objects.filter(days=days, computed_at__gte=fresh)
        .order_by("-computed_at")
        .first()
    )
    if snapshot is not None:
        counts: dict[str, Any] = snapshot.counts
        return counts
    key = f"participation:live:{days}"
    figures: dict[str, Any] | None = cache.get(key)
    if figures is None:
        figures = segments.participation(days).as_dict()
        cache.set(key, figures, LIVE_CACHE_SECONDS)
    return figures


@dataclass
class ParticipationPage:
    computed_at: datetime
    counts: dict[str, Any]
    trend: list[dict[str, Any]]
    transitions: dict[str, dict[str, int]]
    stored: bool


def participation_page(days: int) -> ParticipationPage:
    """Today's stored snapshot for this window length, or a live report when there is none
    (a fresh install, or a window the recompute does not store)."""
    snapshot = ParticipationSnapshot.objects.filter(days=days).order_by("-day").first()
    if snapshot is not None:
        return ParticipationPage(
            snapshot.computed_at, snapshot.counts, snapshot.trend, snapshot.transitions, True
        )
    key = f"participation:report:{days}"
    page: ParticipationPage | None = cache.get(key)
    if page is None:
        report = segments.report(days)
        page = ParticipationPage(
            report.current.end,
            report.current.as_dict(),
            [f.as_dict() for f in report.trend],
            report.transitions,
            False,
        )
        cache.set(key, page, LIVE_CACHE_SECONDS)
    return page


def reputation_events(user: User, events: list[ReputationEvent]) -> list[dict[str, Any]]:
    """The events of one history page, each with the title of its thread when the member can
    still see it."""
    ids = {e.thread_id for e in events}
    titles = dict(visible_threads(user).filter(pk__in=ids).values_list("pk", "title"))
    return [{"event": e, "title": titles.get(e.thread_id)} for e in events]


@dataclass
class DirectoryEntry:
    user: User
    since: datetime | None
    reputation: int
    accepted: int
    answers: int


def superuser_directory(viewer: User | None) -> list[DirectoryEntry]:
    """Every super-user, most recognised first, with what anyone can count on their profile."""
    people = list(User.objects.filter(role=Role.SUPERUSER, is_active=True))
    ids = [p.pk for p in people]
    since = dict(
        SuperUserInvitation.objects.filter(user_id__in=ids, status=InvitationStatus.ACCEPTED)
        .order_by("responded_at")
        .values_list("user_id", "responded_at")
    )
    points = dict(Reputation.objects.filter(user_id__in=ids).values_list("user_id", "points"))
    counts: dict[int, Mapping[str, Any]] = {
        row["author_id"]: row
        for row in Reply.objects.filter(
            author_id__in=ids, retracted_at__isnull=True, thread__in=visible_threads(viewer)
        )
        .exclude(author_id=F("thread__author_id"))
        .values("author_id")
        .annotate(
            answers=Count("id"), accepted=Count("id", filter=Q(thread__accepted_reply_id=F("id")))
        )
    }
    entries = [
        DirectoryEntry(
            p,
            since.get(p.pk),
            points.get(p.pk, 0),
            counts.get(p.pk, {}).get("accepted", 0),
            counts.get(p.pk, {}).get("answers", 0),
        )
        for p in people
    ]
    entries.sort(key=lambda e: (-e.reputation, -e.accepted, e.user.name.lower()))
    return entries


def pending_invitations() -> QuerySet[SuperUserInvitation]:
    return (
        SuperUserInvitation.objects.filter(status=InvitationStatus.PENDING)
        .select_related("user", "invited_by")
        .order_by("-created_at")
    )


def programme_spaces() -> QuerySet[Space]:
    """The private spaces super-users join: OPENLINE["SUPERUSER_SPACES"] (slugs) if set,
    otherwise every private space."""
    spaces = Space.objects.filter(is_private=True)
    slugs = settings.OPENLINE.get("SUPERUSER_SPACES")
    return spaces.filter(slug__in=slugs) if slugs is not None else spaces
