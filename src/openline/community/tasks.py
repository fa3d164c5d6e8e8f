"""Background work of the community, run by `openline worker` (Django Tasks, database backend)."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task

from . import permissions
from .models import Notification, NotificationKind

SUBJECTS = {
    NotificationKind.REPLY: "{actor} replied to “{title}”",
    NotificationKind.ACCEPTED: "{actor} accepted your answer on “{title}”",
    NotificationKind.MENTION: "{actor} mentioned you in “{title}”",
    NotificationKind.STATUS: "“{title}” is now {status}",
}


@task()
def send_notification_email(notification_id: int) -> bool:
    """E-mails one notification to its recipient, if they have an address. Returns whether a
    mail went out."""
    notification = (
        Notification.objects.select_related("recipient", "actor", "thread__space")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None or not notification.recipient.email or notification.read_at:
        return False
    thread = notification.thread
    if not permissions.can_view_space(notification.recipient, thread.space):
        return False  # moved into a private space before the mail went out
    actor = notification.actor.name if notification.actor else "Someone"
    subject = SUBJECTS[NotificationKind(notification.kind)].format(
        actor=actor, title=thread.title, status=thread.get_status_display()
    )
    url = settings.SITE_URL + (
        notification.reply.get_absolute_url() if notification.reply else thread.get_absolute_url()
    )
    company = settings.OPENLINE["COMPANY_NAME"]
    body = (
        f"Hello {notification.recipient.name},\n\n{subject}.\n\nRead it here: {url}\n\n"
        f"— the {company} community\n"
        f"(You get these e-mails for threads you started, answers you wrote and mentions.)"
    )
    send_mail(subject, body, None, [notification.recipient.email])
    return True
