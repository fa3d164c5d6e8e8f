"""Writes of participation: the recompute that brings every member's figures up to date
(reputation, trust levels, segments, then badges), the reads pages noted, and the super-user
programme's workflow across people and community (invite; accept: role, badge, private-space
membership, a welcome e-mail; decline; withdraw; leave). The people side of the programme lives
in people.actions.

The recompute writes people's tables in bulk through core.db, batch by batch and not in one
transaction: a run cut short is finished by the next. It is idempotent and writes only
differences."""

import logging
import time
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.accounts.models import User
from openline.community import actions as community_actions
from openline.community.models import Space, Thread
from openline.core import db
from openline.people import actions as people_actions
from openline.people.badges import award_earned_badges
from openline.people.models import (
    Participation,
    Reputation,
    ReputationEvent,
    SuperUserInvitation,
    TrustLevel,
)

from . import reputation, segments, trust_levels
from .emails import send_invitation_email, send_welcome_email
from .models import ParticipationSnapshot
from .selectors import programme_spaces

log = logging.getLogger(__name__)


# --- the recompute ----------------------------------------------------------------------------


def recompute_reputation(now: datetime | None = None) -> dict[str, float]:
    """Rebuilds every member's reputation events and totals from the community's votes and
    accepted answers. Returns counts and timings."""
    started = time.perf_counter()
    found = reputation.changes(now or timezone.now())
    db.delete_ids(ReputationEvent, "pk", found.stale)
    db.insert_rows(ReputationEvent, reputation.EVENT_FIELDS, found.new)
    db.update_rows(ReputationEvent, "id", ("points", "worth", "limited_by"), found.changed)
    db.delete_ids(Reputation, "user_id", found.gone)
    db.upsert_rows(Reputation, "user", ("user", "points", "updated_at"), found.totals)
    return {
        "events": found.events,
        "created": len(found.new),
        "updated": len(found.changed),
        "deleted": len(found.stale),
        "totals_written": len(found.totals) + len(found.gone),
        "measure_seconds": found.measure_seconds,
        "seconds": round(time.perf_counter() - started, 2),
    }


def recompute_trust_levels(now: datetime | None = None) -> dict[str, float]:
    """Stores the trust level that applies to every member, with their figures."""
    started = time.perf_counter()
    found = trust_levels.changes(now or timezone.now())
    with transaction.atomic():
        db.upsert_rows(TrustLevel, "user", trust_levels.TRUST_FIELDS, found.rows)
    return {
        "members_measured": found.members_measured,
        "written": len(found.rows),
        "promoted": found.promoted,
        "demoted": found.demoted,
        "measure_seconds": found.measure_seconds,
        "seconds": round(time.perf_counter() - started, 2),
    }


def recompute_segments(
    days: int = segments.DEFAULT_DAYS, *, now: datetime | None = None
) -> dict[str, Any]:
    """Stores every member's segment and today's snapshot (counts, trend, transitions)."""
    started = time.perf_counter()
    now = now or timezone.now()
    result = segments.report(days, end=now)
    measured = time.perf_counter()
    existing = dict(Participation.objects.values_list("user_id", "segment"))
    rows = [(u, s, days, now) for u, s in result.assignments.items() if existing.get(u) != s]
    gone = [u for u in existing if u not in result.assignments]
    with transaction.atomic():
        db.upsert_rows(Participation, "user", ("user", "segment", "window_days", "computed_at"),
                       rows)  # fmt: skip
        db.delete_ids(Participation, "user_id", gone)
        ParticipationSnapshot.objects.update_or_create(
            day=now.date(),
            days=days,
            defaults={
                "computed_at": now,
                "counts": result.current.as_dict(),
                "trend": [f.as_dict() for f in result.trend],
                "transitions": result.transitions,
            },
        )
    return {
        "members": len(result.assignments),
        "written": len(rows) + len(gone),
        "measure_seconds": round(measured - started, 2),
        "seconds": round(time.perf_counter() - started, 2),
    }


def recompute_people() -> dict[str, dict[str, Any]]:
    """One pass over the community: reputation, trust levels, segments, then the badges those
    earn. Run as a background task (every PEOPLE_RECOMPUTE_SECONDS by `openline worker`)."""
    started = time.perf_counter()
    now = timezone.now()
    result = {
        "reputation": recompute_reputation(now),
        "trust": recompute_trust_levels(now),
        "segments": recompute_segments(now=now),
    }
    badges_started = time.perf_counter()
    result["badges"] = {
        "awarded": award_earned_badges(),
        "seconds": round(time.perf_counter() - badges_started, 2),
    }
    result["total"] = {"seconds": round(time.perf_counter() - started, 2)}
    log.info("Recomputed people: %s", result)
    return result


# --- reads ------------------------------------------------------------------------------------


def store_reads(
    views: Counter[int],
    reads: Iterable[tuple[int, int, date]],
    visits: Iterable[tuple[int, date]],
) -> None:
    """Writes what pages saw (participation.reads) in one transaction: view counts with one
    UPDATE per distinct count, the thread's version untouched so cached pages stay cached;
    reads and visits of members who still exist."""
    reads, visits = list(reads), list(visits)
    by_count: dict[int, list[int]] = {}
    for thread_id, n in views.items():
        by_count.setdefault(n, []).append(thread_id)
    people = {u for u, _, _ in reads} | {u for u, _ in visits}
    if people:  # a member deleted since their read was noted would break the insert
        people = set(User.objects.filter(pk__in=people).values_list("pk", flat=True))
    with transaction.atomic():
        for n, ids in by_count.items():
            for chunk in db.chunks(ids, 500):
                Thread.objects.filter(pk__in=chunk).update(view_count=F("view_count") + n)
        people_actions.record_reads(r for r in reads if r[0] in people)
        people_actions.record_visits(v for v in visits if v[0] in people)


# --- the super-user programme -----------------------------------------------------------------


def invite_to_programme(
    actor: User, user: User, *, message: str = "", space_slugs: Iterable[str] | None = None
) -> SuperUserInvitation:
    spaces = programme_spaces()
    if space_slugs is not None:
        wanted = set(space_slugs)
        spaces = spaces.filter(slug__in=wanted)
        unknown = wanted - {s.slug for s in spaces}
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ValidationError(
                {"spaces": _("Not a programme space: %(names)s.") % {"names": names}}
            )
    with transaction.atomic():
        invitation = people_actions.create_invitation(
            actor, user, message=message, space_ids=[s.pk for s in spaces]
        )
        transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk))
    return invitation


def accept_invitation(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    """Joins the programme. The spaces are opened on behalf of the moderator who invited."""
    inviter = invitation.invited_by
    if inviter is None or not inviter.is_active or not inviter.is_moderator:
        raise ValidationError(
            _(
                "This invitation can no longer be accepted: the person who sent it no longer "
                "runs the programme. Ask the community team for a new one."
            )
        )
    with transaction.atomic():
        people_actions.accept_invitation(user, invitation)
        for space in Space.objects.filter(pk__in=invitation.space_ids, is_private=True):
            community_actions.add_space_member(inviter, space, user)
        transaction.on_commit(lambda: send_welcome_email.enqueue(invitation.pk))
    return invitation


def decline_invitation(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    return people_actions.decline_invitation(user, invitation)


def withdraw_invitation(actor: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    return people_actions.withdraw_invitation(actor, invitation)


def leave_programme(actor: User, user: User) -> None:
    """The member leaves (or a moderator ends their membership): back to customer, out of the
    programme's private spaces."""
    with transaction.atomic():
        invitation = people_actions.leave_programme(actor, user)
        spaces = (
            Space.objects.filter(pk__in=invitation.space_ids)
            if invitation is not None
            else programme_spaces()
        )
        for space in spaces:
            community_actions.remove_space_member(actor, space, user)
