"""Suspending a member: they cannot sign in (password, single sign-on, API token) until a time,
or indefinitely, and are shown the reason and the end when they try. Suspending ends their
sessions at once (the session epoch is part of the session hash); lifting it early does not
bring those sessions back. Every suspension and lift is kept as the audit record.

Moderators suspend members for 1 to 365 days; admins may also suspend indefinitely and
suspend staff below admin. Nobody suspends themselves or an admin."""

from datetime import UTC, datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import access
from .models import Role, Suspension, User

DAYS_MAX = 365
REASON_MAX = 500
# "Indefinitely" on the user row: a date no clock reaches, so one comparison answers.
INDEFINITE = datetime(9999, 12, 31, tzinfo=UTC)


def can_suspend(actor: User | None, member: User | None = None) -> bool:
    """Moderators and admins; a member's staff role protects them from moderators."""
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return False
    if not actor.is_moderator:
        return False
    if member is None:
        return True
    if member.pk == actor.pk or member.role == Role.ADMIN:
        return False
    return not member.is_staff_member or actor.role == Role.ADMIN


def check_suspend(actor: User | None, member: User | None = None) -> None:
    if can_suspend(actor):
        if member is not None and not can_suspend(actor, member):
            raise PermissionDenied(
                _(
                    "Staff are suspended by an admin only, and nobody suspends an admin or "
                    "themselves: change their role on the staff page instead."
                )
            )
        return
    raise PermissionDenied(_("Only moderators and admins suspend members."))


def current(user: User) -> Suspension | None:
    """The suspension in force for `user`, if any (one indexed query; callers that only need a
    yes or no read `user.is_suspended`)."""
    if not user.is_suspended:
        return None
    now = timezone.now()
    rows = Suspension.objects.filter(user=user, lifted_at__isnull=True)
    rows = rows.exclude(until__lte=now)
    return rows.order_by("-created_at", "-id").first()


def describe(suspension: Suspension) -> str:
    """What the member is told when they try to sign in."""
    if suspension.until is None:
        text = _(
            "Your account is suspended until further notice. The moderators' reason: %(reason)s"
        )
        return text % {"reason": suspension.reason}
    text = _("Your account is suspended until %(until)s UTC. The moderators' reason: %(reason)s")
    return text % {
        "until": date_format(suspension.until, "SHORT_DATETIME_FORMAT"),
        "reason": suspension.reason,
    }


def refusal(user: User) -> str | None:
    """The message for a suspended person trying to sign in or use a token, else None."""
    suspension = current(user)
    return describe(suspension) if suspension is not None else None


def _clean_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Give the reason: the member is shown it at sign-in.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX}}
        )
    return reason


def suspend_member(actor: User, member: User, *, days: int | None, reason: str) -> Suspension:
    """Suspends `member` for `days` days (None: indefinitely, admins only) and ends their
    sessions. A second suspension replaces the first (which stays in the record as lifted)."""
    check_suspend(actor, member)
    if days is None:
        if actor.role != Role.ADMIN:
            raise PermissionDenied(_("Only admins suspend indefinitely: give a number of days."))
    elif not 1 <= days <= DAYS_MAX:
        raise ValidationError({"days": _("Suspend for 1 to %(max)d days.") % {"max": DAYS_MAX}})
    reason = _clean_reason(reason)
    now = timezone.now()
    until = now + timedelta(days=days) if days is not None else None
    with transaction.atomic():
        Suspension.objects.filter(user=member, lifted_at__isnull=True).update(
            lifted_at=now, lifted_by=actor
        )
        suspension = Suspension.objects.create(
            user=member, until=until, reason=reason, created_by=actor, created_at=now
        )
        User.objects.filter(pk=member.pk).update(
            suspended_until=until or INDEFINITE, session_epoch=F("session_epoch") + 1
        )
        access.staff_access_changed_for(member)  # sessions end: so do their live tokens
    member.refresh_from_db(fields=["suspended_until", "session_epoch"])
    return suspension


def lift_suspension(actor: User, member: User) -> Suspension:
    """Ends the member's suspension now: they can sign in again (their old sessions stay
    ended)."""
    check_suspend(actor, member)
    suspension = current(member)
    if suspension is None:
        raise ValidationError(_("%(name)s is not suspended.") % {"name": member.name})
    with transaction.atomic():
        suspension.lifted_at, suspension.lifted_by = timezone.now(), actor
        suspension.save(update_fields=["lifted_at", "lifted_by"])
        User.objects.filter(pk=member.pk).update(suspended_until=None)
    member.refresh_from_db(fields=["suspended_until"])
    return suspension


def suspension_log(limit: int = 100) -> QuerySet[Suspension]:
    """The latest suspensions, in force or not, with who did what: the moderators' record."""
    rows = Suspension.objects.select_related("user", "created_by", "lifted_by")
    return rows.order_by("-created_at", "-id")[:limit]
