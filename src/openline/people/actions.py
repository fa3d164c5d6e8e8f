"""Writes about people: finding or creating the person behind a channel identity;
recording reads and visits; pinning trust levels; thank-you notes; the super-user programme's
invitations (the community side of joining, private-space membership, is done by
`openline.participation.actions`, which calls these)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.accounts.models import Role, User
from openline.core import db, privacy
from openline.core.models import ErasureRecord

from . import permissions, trust
from .models import (
    Badge,
    BadgeAward,
    Identity,
    InvitationStatus,
    Person,
    SuperUserInvitation,
    ThankYouNote,
    ThreadRead,
    TrustLevel,
    Visit,
)


@dataclass(frozen=True)
class Sender:
    """Who wrote an inbound item, as the channel told us."""

    channel_kind: str
    external_id: str
    name: str = ""
    handle: str = ""
    email: str = ""
    email_verified: bool = False
    url: str = ""


def identify_senders(senders: Iterable[Sender]) -> dict[tuple[str, str], Identity]:
    """The identity of every sender, keyed by (channel kind, external id), created on first
    sight: a new identity with a verified e-mail joins the person who already has that
    verified address; otherwise it gets a new person. Runs in the caller's transaction; one
    query when everyone is known (ingestion calls it for every batch of messages), plain SQL
    because this is the webhook hot path. A concurrent writer creating the same identity
    makes this raise IntegrityError: the caller retries its transaction."""
    wanted: dict[tuple[str, str], Sender] = {}
    for sender in senders:
        wanted.setdefault((sender.channel_kind, sender.external_id), sender)
    found: dict[tuple[str, str], Identity] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, external_id in wanted:
        by_kind.setdefault(kind, []).append(external_id)
    for kind, external_ids in by_kind.items():
        for part in db.chunks(external_ids):
            where = f"channel_kind = %s AND external_id IN ({db.placeholders(part)})"
            for identity in db.fetch(Identity, where, [kind, *part]):
                found[kind, identity.external_id] = identity
    new = [sender for key, sender in wanted.items() if key not in found]
    if new:
        for identity in _new_identities(new):
            found[identity.channel_kind, identity.external_id] = identity
    return found


def _new_identities(senders: list[Sender]) -> list[Identity]:
    """Identities for first-seen senders, with new people where no verified e-mail matches,
    in two multi-row INSERTs (people, then identities)."""
    # By verified address, one person per address; addresses are stored lower-cased (here,
    # the only place people are made), so one IN query finds those who have one already.
    senders = sorted(senders, key=lambda s: (s.channel_kind, s.external_id))  # lock order
    verified_emails = {s.email.strip().lower() for s in senders if s.email and s.email_verified}
    people: dict[str, Person] = {}
    if verified_emails:
        for known in Person.objects.filter(email__in=verified_emails).order_by("pk"):
            people.setdefault(known.email, known)
    new_people: list[Person] = []
    identities = []
    for sender in senders:
        email = sender.email.strip().lower()
        verified = bool(email and sender.email_verified)
        person = people.get(email) if verified else None
        if person is None:
            person = Person(name=sender.name or sender.handle, email=email if verified else "")
            new_people.append(person)
        if verified:
            people[email] = person
        identities.append(
            Identity(
                person=person,
                channel_kind=sender.channel_kind,
                external_id=sender.external_id,
                handle=sender.handle[:200],
                name=sender.name[:200],
                email=email,
                email_verified=sender.email_verified,
                url=sender.url[:500],
            )
        )
    db.insert_many(new_people)
    for identity in identities:
        identity.person_id = identity.person.pk  # set after the people were inserted
    db.insert_many(identities)
    return identities


# --- reads and visits -------------------------------------------------------------------------
# Gathered in memory by the page that saw them (openline.participation.reads) and stored here in
# batches; the unique constraints make storing the same read twice harmless.

BATCH = 2000


def record_visits(visits: Iterable[tuple[int, date]]) -> None:
    """Stores (member id, day) visits; ones already stored are skipped."""
    rows = [Visit(user_id=user_id, day=day) for user_id, day in visits]
    Visit.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)


def record_reads(reads: Iterable[tuple[int, int, date]]) -> None:
    """Stores (member id, thread id, day) reads; ones already stored are skipped."""
    rows = [ThreadRead(user_id=u, thread_id=t, day=day) for u, t, day in reads]
    ThreadRead.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)


# --- trust ------------------------------------------------------------------------------------


def _check_moderator(actor: User | None, message: str) -> None:
    if actor is None or not actor.is_authenticated or not actor.is_moderator:
        raise PermissionDenied(message)


def pin_trust_level(actor: User, user: User, *, level: int | None) -> TrustLevel:
    """A moderator pins a member's level (it no longer follows the criteria), or unpins it with
    `level=None` (the computed level applies again)."""
    _check_moderator(actor, _("Only moderators and admins can pin a trust level."))
    if level is not None and level not in trust.LEVELS:
        raise ValidationError({"level": _("Choose a level from 0 to 4.")})
    with transaction.atomic():
        record, _created = TrustLevel.objects.select_for_update().get_or_create(user=user)
        now = timezone.now()
        if level is None:
            record.pinned_level, record.pinned_by, record.pinned_at = None, None, None
            record.level = record.computed_level
        else:
            record.pinned_level, record.pinned_by, record.pinned_at = level, actor, now
            record.level = level
        record.updated_at = now
        record.save(update_fields=["pinned_level", "pinned_by", "pinned_at", "level", "updated_at"])
    permissions.forget_level(user)
    return record


# --- badges and thanks ------------------------------------------------------------------------


def award_badge(user: User, slug: str) -> BadgeAward | None:
    """Awards a badge once; None when the member already has it. The badge rows are created by
    people.badges.sync_badges."""
    from .badges import sync_badges

    badge = Badge.objects.filter(slug=slug).first() or sync_badges()[slug]
    award, created = BadgeAward.objects.get_or_create(user=user, badge=badge)
    return award if created else None


def add_thank_you_note(actor: User, user: User, *, body: str) -> ThankYouNote:
    """Staff thank a member in public, on the member's profile."""
    if actor is None or not actor.is_authenticated or not actor.is_staff_member:
        raise PermissionDenied(_("Only staff can add thank-you notes."))
    body = " ".join((body or "").split())
    if not body:
        raise ValidationError(
            {"body": _("Write the thank-you note: it is shown on their profile.")}
        )
    if len(body) > 1000:
        raise ValidationError({"body": _("Keep the note under 1,000 characters.")})
    if actor.pk == user.pk:
        raise ValidationError({"body": _("Thank someone else.")})
    return ThankYouNote.objects.create(user=user, author=actor, body=body)


# --- the super-user programme -----------------------------------------------------------------


def open_invitation(user: User) -> SuperUserInvitation | None:
    return (
        SuperUserInvitation.objects.filter(
            user=user, status__in=[InvitationStatus.PENDING, InvitationStatus.ACCEPTED]
        )
        .order_by("-created_at")
        .first()
    )


def create_invitation(
    actor: User, user: User, *, message: str, space_ids: Iterable[int]
) -> SuperUserInvitation:
    """A community manager invites a member; they answer on their programme page."""
    _check_moderator(actor, _("Only moderators and admins can invite super-users."))
    if not user.is_active or user.is_staff_member:
        raise ValidationError(_("Only active community members can be invited; staff cannot."))
    if user.role == Role.SUPERUSER:
        raise ValidationError(_("%(name)s is already a super-user.") % {"name": user.name})
    message = (message or "").strip()
    if len(message) > 2000:
        raise ValidationError({"message": _("Keep the message under 2,000 characters.")})
    try:
        with transaction.atomic():
            return SuperUserInvitation.objects.create(
                user=user, invited_by=actor, message=message, space_ids=sorted(set(space_ids))
            )
    except IntegrityError:
        raise ValidationError(
            _("%(name)s already has an open invitation.") % {"name": user.name}
        ) from None


def _respondable(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    if invitation.user_id != user.pk:
        raise PermissionDenied(_("This invitation is for someone else."))
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(
            _("This invitation is no longer open (%(status)s).")
            % {"status": invitation.get_status_display().lower()}
        )
    return invitation


def accept_invitation(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    """The people side of joining: the role and the badge. Private-space membership is added
    by the caller in the same transaction."""
    _respondable(user, invitation)
    with transaction.atomic():
        invitation.status, invitation.responded_at = InvitationStatus.ACCEPTED, timezone.now()
        invitation.save(update_fields=["status", "responded_at"])
        user.role = Role.SUPERUSER
        user.save(update_fields=["role"])
        award_badge(user, "super-user")
    permissions.forget_level(user)
    return invitation


def decline_invitation(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    _respondable(user, invitation)
    invitation.status, invitation.responded_at = InvitationStatus.DECLINED, timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    return invitation


def withdraw_invitation(actor: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    _check_moderator(actor, _("Only moderators and admins can withdraw an invitation."))
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("Only an invitation still waiting for an answer can be withdrawn."))
    invitation.status, invitation.responded_at = InvitationStatus.WITHDRAWN, timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    return invitation


def leave_programme(actor: User, user: User) -> SuperUserInvitation | None:
    """The people side of leaving, by the member or a moderator: back to customer; the badge
    stays, it was earned. Returns the accepted invitation (its spaces are the memberships to
    remove), if there was one."""
    if actor.pk != user.pk:
        _check_moderator(
            actor, _("Only the member, or a moderator, can end a programme membership.")
        )
    if user.role != Role.SUPERUSER:
        raise ValidationError(
            _("%(name)s is not in the super-user programme.") % {"name": user.name}
        )
    with transaction.atomic():
        invitation = open_invitation(user)
        if invitation is not None:
            invitation.status, invitation.left_at = InvitationStatus.LEFT, timezone.now()
            invitation.save(update_fields=["status", "left_at"])
        user.role = Role.CUSTOMER
        user.save(update_fields=["role"])
    permissions.forget_level(user)
    return invitation


# --- privacy requests -------------------------------------------------------------------------


def erase_on_request(
    actor: User, subject: privacy.Subject, *, note: str, policy: str, confirmed: bool
) -> ErasureRecord:
    """An administrator erases a person at their request (by e-mail, say): their account if
    they have one, their customer records and identities, and their posts and messages under
    `policy`. Staff accounts and the administrator's own are refused."""
    permissions.check_handle_privacy_requests(actor)
    if subject.user_id is not None:
        target = User.objects.filter(pk=subject.user_id).first()
        if target is not None and (target.is_staff_member or target.is_superuser):
            raise ValidationError(
                _("Staff accounts are closed in the admin, after their work is handed over.")
            )
    errors = {}
    if policy not in privacy.POLICIES:
        errors["policy"] = _("Choose one of: %(policies)s.") % {
            "policies": ", ".join(privacy.POLICIES)
        }
    if not confirmed:
        errors["confirm"] = _("Tick the box to confirm: an erasure cannot be undone.")
    if len(note) > 300:
        errors["note"] = _("Keep the reference under 300 characters.")
    if errors:
        raise ValidationError(errors)
    return privacy.erase(
        subject,
        actor_id=actor.pk,
        actor_name=actor.username,
        requested_by="staff",
        note=note,
        policy_name=policy,
    )
