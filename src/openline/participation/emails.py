"""The super-user programme's e-mails, sent as tasks by `openline worker` once the invitation
or the acceptance is committed."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse

from openline.people.models import InvitationStatus, SuperUserInvitation


def _company() -> str:
    return str(settings.OPENLINE["COMPANY_NAME"])


@task()
def send_invitation_email(invitation_id: int) -> bool:
    invitation = (
        SuperUserInvitation.objects.select_related("user", "invited_by")
        .filter(pk=invitation_id, status=InvitationStatus.PENDING)
        .first()
    )
    if invitation is None or not invitation.user.email:
        return False
    who = invitation.invited_by.name if invitation.invited_by else "The community team"
    url = settings.SITE_URL + reverse("participation:programme")
    note = f"\n\n{who} wrote:\n{invitation.message}" if invitation.message else ""
    body = (
        f"Hello {invitation.user.name},\n\n{who} invites you to become a super-user of the "
        f"{_company()} community: a recognised expert with access to the private space where "
        f"super-users and staff work together.{note}\n\nAccept or decline here: {url}\n\n"
        f"— the {_company()} community"
    )
    send_mail(f"You are invited to be a {_company()} super-user", body, None,
              [invitation.user.email])  # fmt: skip
    return True


@task()
def send_welcome_email(invitation_id: int) -> bool:
    invitation = (
        SuperUserInvitation.objects.select_related("user")
        .filter(pk=invitation_id, status=InvitationStatus.ACCEPTED)
        .first()
    )
    if invitation is None or not invitation.user.email:
        return False
    url = settings.SITE_URL + reverse("participation:programme")
    body = (
        f"Hello {invitation.user.name},\n\nWelcome to the {_company()} super-user programme. "
        f"Your profile now shows you as a super-user, and the private space for super-users "
        f"and staff is open to you: early builds, tricky cases, a direct line to the teams.\n\n"
        f"Your programme page: {url}\n\nThank you for helping so many people.\n\n"
        f"— the {_company()} community team"
    )
    send_mail(f"Welcome, {_company()} super-user", body, None, [invitation.user.email])
    return True
