"""The super-user programme's workflow, across people and community: an invitation by a
community manager; accepting it (role, badge, private-space membership, a welcome e-mail);
declining; leaving (role and membership undone). The people side lives in people.actions."""

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from openline.accounts.models import User
from openline.community import actions as community_actions
from openline.community.models import Space
from openline.people import actions as people_actions
from openline.people.models import SuperUserInvitation

from .tasks import send_invitation_email, send_welcome_email


def programme_spaces() -> QuerySet[Space]:
    """The private spaces super-users join: OPENLINE["SUPERUSER_SPACES"] (slugs) if set,
    otherwise every private space."""
    spaces = Space.objects.filter(is_private=True)
    slugs = settings.OPENLINE.get("SUPERUSER_SPACES")
    return spaces.filter(slug__in=slugs) if slugs is not None else spaces


def invite(
    actor: User, user: User, *, message: str = "", space_slugs: Iterable[str] | None = None
) -> SuperUserInvitation:
    spaces = programme_spaces()
    if space_slugs is not None:
        wanted = set(space_slugs)
        spaces = spaces.filter(slug__in=wanted)
        unknown = wanted - {s.slug for s in spaces}
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ValidationError({"spaces": f"Not a programme space: {names}."})
    with transaction.atomic():
        invitation = people_actions.create_invitation(
            actor, user, message=message, space_ids=[s.pk for s in spaces]
        )
        transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk))
    return invitation


def accept(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    """Joins the programme. The spaces are opened on behalf of the moderator who invited."""
    inviter = invitation.invited_by
    if inviter is None or not inviter.is_active or not inviter.is_moderator:
        raise ValidationError(
            "This invitation can no longer be accepted: the person who sent it no longer runs "
            "the programme. Ask the community team for a new one."
        )
    with transaction.atomic():
        people_actions.accept_invitation(user, invitation)
        for space in Space.objects.filter(pk__in=invitation.space_ids, is_private=True):
            community_actions.add_space_member(inviter, space, user)
        transaction.on_commit(lambda: send_welcome_email.enqueue(invitation.pk))
    return invitation


def decline(user: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    return people_actions.decline_invitation(user, invitation)


def withdraw(actor: User, invitation: SuperUserInvitation) -> SuperUserInvitation:
    return people_actions.withdraw_invitation(actor, invitation)


def leave(actor: User, user: User) -> None:
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
