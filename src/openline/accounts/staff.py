"""Writes about the staff: invitations (signed, expiring, single-use links sent by e-mail),
roles and deactivation. Only admins act here; nobody changes their own role or deactivates
themselves, and the last active admin always stays one."""

import functools
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import password_validation
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.core.ratelimit import hit

from . import access, actions, selectors
from .models import STAFF_ROLES, Invitation, Role, TwoFactorDevice, User
from .permissions import check_manage_staff
from .tokens_email import send_account_email

# Who changed whom, in the server log (guidance's audit log sits above this app).
log = logging.getLogger("openline.accounts.staff")
_SALT = "openline.accounts.invitation"
ROLE_CHOICES = [(Role.AGENT, "Agent"), (Role.MODERATOR, "Moderator"), (Role.ADMIN, "Admin")]


def invitation_days() -> int:
    return int(settings.OPENLINE.get("INVITATION_DAYS", 7))


# --- reads --------------------------------------------------------------------------------------


def staff_members(actor: User) -> QuerySet[User]:
    """Everyone with a staff role, active or not, with `has_two_factor` annotated."""
    check_manage_staff(actor)
    device = TwoFactorDevice.objects.filter(user=OuterRef("pk"))
    return (
        User.objects.filter(role__in=STAFF_ROLES)
        .annotate(has_two_factor=Exists(device))
        .order_by("-is_active", "username")
    )


def open_invitations(actor: User) -> QuerySet[Invitation]:
    check_manage_staff(actor)
    return (
        Invitation.objects.filter(
            accepted_at__isnull=True, withdrawn_at__isnull=True, expires_at__gt=timezone.now()
        )
        .select_related("invited_by")
        .order_by("-created_at")
    )


# --- the link -----------------------------------------------------------------------------------


def make_invitation_token(invitation: Invitation) -> str:
    return signing.dumps([invitation.pk, invitation.nonce], salt=_SALT, compress=False)


def read_invitation(token: str) -> Invitation:
    """The open invitation a link is for. Raises ValidationError with code "invalid",
    "expired", "used" or "withdrawn"."""
    try:
        pk, nonce = signing.loads(token, salt=_SALT, max_age=timedelta(days=invitation_days()))
    except signing.SignatureExpired as error:
        raise ValidationError(
            _(
                "This invitation has expired: invitations work for %(days)d days. Ask "
                "the admin who invited you for a new one."
            )
            % {"days": invitation_days()},
            code="expired",
        ) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise ValidationError(
            _("This invitation link is not valid. Check that you copied all of it."), code="invalid"
        ) from error
    invitation = Invitation.objects.filter(pk=pk, nonce=str(nonce)).first()
    if invitation is None:
        raise ValidationError(_("This invitation link is not valid."), code="invalid")
    if invitation.accepted_at is not None:
        raise ValidationError(
            _("This invitation was used already. Sign in with the account it made."), code="used"
        )
    if invitation.withdrawn_at is not None:
        raise ValidationError(_("This invitation was withdrawn by an admin."), code="withdrawn")
    if invitation.expires_at <= timezone.now():
        raise ValidationError(
            _("This invitation has expired. Ask the admin who invited you for a new one."),
            code="expired",
        )
    return invitation


def _send_invitation(invitation_id: int) -> None:
    invitation = Invitation.objects.select_related("invited_by").get(pk=invitation_id)
    path = reverse(
        "accounts:accept_invitation", kwargs={"token": make_invitation_token(invitation)}
    )
    context = {
        "invitation": invitation,
        "url": settings.SITE_URL + path,
        "days": invitation_days(),
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
    }
    subject = " ".join(render_to_string("accounts/email/invitation_subject.txt", context).split())
    body = render_to_string("accounts/email/invitation.txt", context)
    send_account_email.enqueue(subject, body, invitation.email)


# --- actions ------------------------------------------------------------------------------------


def invite_staff(actor: User, *, email: str, role: str, team: str = "") -> Invitation:
    """Mails `email` a link to join the staff with `role`. A new invitation to the same
    address replaces the open one."""
    check_manage_staff(actor)
    errors: dict[str, list[str]] = {}
    try:
        email = actions.clean_email(email)
    except ValidationError as error:
        errors["email"] = error.messages
    if role not in STAFF_ROLES:
        errors["role"] = [_("Choose agent, moderator or admin.")]
    team = " ".join((team or "").split())
    if len(team) > 80:
        errors["team"] = [_("Keep the team name under 80 characters.")]
    if "email" not in errors and selectors.email_taken(email):
        errors["email"] = [
            _(
                "Someone already has an account with this address: change their role in the "
                "staff list instead (an agent, moderator or admin is listed there)."
            )
        ]
    if errors:
        raise ValidationError(errors)
    hit("invite", str(actor.pk))
    now = timezone.now()
    with transaction.atomic():
        Invitation.objects.filter(
            email__iexact=email, accepted_at__isnull=True, withdrawn_at__isnull=True
        ).update(withdrawn_at=now)
        invitation = Invitation.objects.create(
            email=email, role=role, team=team, invited_by=actor,
            expires_at=now + timedelta(days=invitation_days()),
        )  # fmt: skip
        transaction.on_commit(functools.partial(_send_invitation, invitation.pk))
    log.info("%s invited %s as %s", actor.username, email, role)
    return invitation


def withdraw_invitation(actor: User, invitation_id: int) -> Invitation:
    check_manage_staff(actor)
    invitation = Invitation.objects.filter(pk=invitation_id).first()
    if invitation is None:
        raise ValidationError(_("That invitation does not exist."), code="missing")
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
    return invitation


def accept_invitation(token: str, *, username: str, password: str, display_name: str = "") -> User:
    """Creates the invited colleague's account (the address is confirmed: the link reached
    it) with the invitation's role and team; the link works once."""
    invitation = read_invitation(token)
    errors: dict[str, list[str]] = {}
    try:
        username = actions.clean_username(username)
    except ValidationError as error:
        errors["username"] = error.messages
    else:
        if selectors.username_taken(username):
            errors["username"] = [_("That username is taken. Try another.")]
    try:
        display_name = actions.clean_display_name(display_name)
    except ValidationError as error:
        errors["display_name"] = error.messages
    user = User(
        username=username, email=invitation.email, display_name=display_name,
        role=invitation.role, team=invitation.team, email_verified=True,
    )  # fmt: skip
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        errors["password"] = error.messages
    if selectors.email_taken(invitation.email):
        errors["__all__"] = [_("An account with this address exists already: sign in with it.")]
    if errors:
        raise ValidationError(errors)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            # Conditional: two tabs submitting the same link make one account.
            taken = Invitation.objects.filter(
                pk=invitation.pk, accepted_at__isnull=True, withdrawn_at__isnull=True
            ).update(accepted_at=timezone.now(), accepted_by=user)
            if not taken:
                raise ValidationError(_("This invitation was used already."), code="used")
    except IntegrityError as error:
        raise ValidationError({"username": _("That username is taken. Try another.")}) from error
    return user


def _check_not_self(actor: User, person: User) -> None:
    if actor.pk == person.pk:
        raise PermissionDenied(_("You can't change your own role or deactivate yourself."))


def _other_admins(person: User) -> bool:
    # Locks the admins' rows, so two admins demoting each other at once leave one.
    admins = User.objects.select_for_update().filter(role=Role.ADMIN, is_active=True)
    return admins.exclude(pk=person.pk).exists()


def change_role(actor: User, person: User, role: str) -> User:
    """Sets a staff member's role; "customer" takes them off the staff."""
    check_manage_staff(actor)
    _check_not_self(actor, person)
    if role not in {*STAFF_ROLES, Role.CUSTOMER}:
        raise ValidationError(_("Choose agent, moderator, admin or no staff role."), code="role")
    with transaction.atomic():
        if person.role == Role.ADMIN and role != Role.ADMIN and not _other_admins(person):
            raise ValidationError(
                _("%(name)s is the last admin: make someone else admin first.")
                % {"name": person.name},
                code="last",
            )
        old, person.role = person.role, role
        person.save(update_fields=["role"])
        access.staff_access_changed()  # their open inbox stops at once (accounts.access)
    log.info("%s changed the role of %s from %s to %s", actor.username, person.username, old, role)
    return person


def _clean_team(team: str) -> str:
    team = " ".join((team or "").split())
    if len(team) > 80:
        raise ValidationError({"team": [_("Keep the team name under 80 characters.")]})
    return team


def change_team(actor: User, person: User, team: str) -> User:
    """A staff member's team, shown beside their posts; empty for none."""
    check_manage_staff(actor)
    if person.role not in STAFF_ROLES:
        raise ValidationError(_("Only staff belong to a team."))
    team = _clean_team(team)
    old, person.team = person.team, team
    person.save(update_fields=["team"])
    log.info("%s moved %s from team %r to %r", actor.username, person.username, old, team)
    return person


def teams(actor: User) -> list[tuple[str, int]]:
    """The staff's teams with how many active members each has, by name (one query)."""
    check_manage_staff(actor)
    rows = (
        User.objects.filter(role__in=STAFF_ROLES, is_active=True)
        .exclude(team="")
        .values_list("team")
        .annotate(members=Count("pk"))
        .order_by("team")
    )
    return [(team, members) for team, members in rows]


def rename_team(actor: User, old: str, new: str) -> int:
    """Renames a team for every member and open invitation; returns how many people moved.
    Renaming onto an existing team merges the two."""
    check_manage_staff(actor)
    new = _clean_team(new)
    if not new:
        raise ValidationError({"team": [_("Give the team's new name.")]})
    with transaction.atomic():
        moved = User.objects.filter(role__in=STAFF_ROLES, team=old).update(team=new)
        Invitation.objects.filter(team=old, accepted_at__isnull=True).update(team=new)
    if not moved:
        raise ValidationError(
            {"team": [_("Nobody is in a team called “%(team)s”.") % {"team": old}]}
        )
    log.info("%s renamed team %r to %r (%s people)", actor.username, old, new, moved)
    return moved


def set_active(actor: User, person: User, *, active: bool) -> User:
    """Deactivates a colleague (their sessions and API tokens stop working at once) or
    brings them back."""
    check_manage_staff(actor)
    _check_not_self(actor, person)
    with transaction.atomic():
        if not active and person.role == Role.ADMIN and not _other_admins(person):
            raise ValidationError(
                _("%(name)s is the last admin: make someone else admin first.")
                % {"name": person.name},
                code="last",
            )
        person.is_active = active
        person.save(update_fields=["is_active"])
        access.staff_access_changed()
    verb = "reactivated" if active else "deactivated"
    log.info("%s %s %s", actor.username, verb, person.username)
    return person
