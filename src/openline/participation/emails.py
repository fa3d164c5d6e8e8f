"""The super-user programme's e-mails, sent as tasks by `openline worker` once the invitation
or the acceptance is committed; in the member's language (their profile's choice)."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

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
    url = settings.SITE_URL + reverse("participation:programme")
    with translation.override(invitation.user.mail_language):
        who = invitation.invited_by.name if invitation.invited_by else _("The community team")
        names = {"name": invitation.user.name, "who": who, "company": _company(), "url": url}
        note = (
            "\n\n" + _("%(who)s wrote:") % names + f"\n{invitation.message}"
            if invitation.message
            else ""
        )
        body = (
            _("Hello %(name)s,") % names
            + "\n\n"
            + _(
                "%(who)s invites you to become a super-user of the %(company)s community: a "
                "recognised expert with access to the private space where super-users and staff "
                "work together."
            )
            % names
            + note
            + "\n\n"
            + _("Accept or decline here: %(url)s") % names
            + "\n\n"
            + _("— the %(company)s community") % names
        )
        subject = _("You are invited to be a %(company)s super-user") % names
    send_mail(subject, body, None, [invitation.user.email])
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
    with translation.override(invitation.user.mail_language):
        names = {"name": invitation.user.name, "company": _company(), "url": url}
        body = (
            _("Hello %(name)s,") % names
            + "\n\n"
            + _(
                "Welcome to the %(company)s super-user programme. Your profile now shows you as "
                "a super-user, and the private space for super-users and staff is open to you: "
                "early builds, tricky cases, a direct line to the teams."
            )
            % names
            + "\n\n"
            + _("Your programme page: %(url)s") % names
            + "\n\n"
            + _("Thank you for helping so many people.")
            + "\n\n"
            + _("— the %(company)s community team") % names
        )
        subject = _("Welcome, %(company)s super-user") % names
    send_mail(subject, body, None, [invitation.user.email])
    return True
