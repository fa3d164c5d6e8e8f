"""E-mails, run by `openline worker`: one notification at once, or a person's daily digest.

Every mail carries RFC 8058 one-click unsubscribe headers; the link's token is signed
(tokens.py), so the POST works without signing in."""

import datetime as dt
from collections.abc import Mapping

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, models, transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import ngettext

from openline.accounts.models import User

from . import visibility
from .models import Delivery, DigestSent, Kind, Notification
from .tokens import unsubscribe_url


def _send(
    user: User, subject: str, template: str, context: Mapping[str, object], kind: str | None
) -> None:
    unsubscribe = unsubscribe_url(user.pk, kind)
    context = {
        **context,
        "user": user,
        "site_url": settings.SITE_URL,
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "unsubscribe_url": unsubscribe,
        "preferences_url": settings.SITE_URL + "/notifications/preferences/",
    }
    with translation.override(user.mail_language):
        body = render_to_string(template, context)
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    EmailMessage(" ".join(subject.split()), body, None, [user.email], headers=headers).send()


@task()
def send_notification_email(notification_id: int) -> bool:
    """E-mails one notification, unless it was seen on the site first, the person has no
    address, or what it is about was hidden from them since. Returns whether a mail went out."""
    n = (
        Notification.objects.select_related("recipient")
        .filter(pk=notification_id, delivery=Delivery.EMAIL, emailed_at__isnull=True)
        .first()
    )
    if n is None or n.read_at or not n.recipient.email or not n.recipient.is_active:
        return False
    if not Notification.objects.filter(pk=n.pk).filter(visibility.visible_to(n.recipient)):
        return False
    kind = Kind(n.kind)
    context = {"notification": n, "url": settings.SITE_URL + n.url, "kind": kind}
    with translation.override(n.recipient.mail_language):
        subject = n.told
    _send(n.recipient, subject, "notifications/email/notification.txt", context, kind.value)
    Notification.objects.filter(pk=n.pk).update(emailed_at=timezone.now())
    return True


def _digest_pending() -> models.QuerySet[Notification]:
    return Notification.objects.filter(delivery=Delivery.DIGEST, emailed_at__isnull=True)


@task()
def send_digest(user_id: int, day: str) -> bool:
    """Sends a person's digest for `day` once: the DigestSent row is claimed in the same
    transaction as the mail, so a second worker or a restart finds it and sends nothing, and a
    failed send leaves no claim (the next round tries again)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    with transaction.atomic():
        try:
            with transaction.atomic():
                claim = DigestSent.objects.create(user=user, day=dt.date.fromisoformat(day))
        except IntegrityError:
            return False
        pending = _digest_pending().filter(recipient=user)
        items = list(pending.filter(read_at__isnull=True).filter(visibility.visible_to(user)))
        if items and user.email:
            count = len(items)
            with translation.override(user.mail_language):
                subject = ngettext(
                    "%(count)d new notification for you",
                    "%(count)d new notifications for you",
                    count,
                ) % {"count": count}
            context = {"rows": [(n, settings.SITE_URL + n.url) for n in items]}
            _send(user, subject, "notifications/email/digest.txt", context, None)
        pending.update(emailed_at=timezone.now())
        claim.count = len(items) if user.email else 0
        claim.save(update_fields=["count"])
    return bool(items and user.email)


def digest_hour() -> int:
    return int(settings.OPENLINE["DIGEST_HOUR_UTC"])


def enqueue_due_digests(now: dt.datetime | None = None) -> int:
    """Queues a digest for each person with unread digest notifications who has not had one
    today, from DIGEST_HOUR_UTC on. Run every few minutes by the worker's periodic thread."""
    now = now or timezone.now()
    if now.astimezone(dt.UTC).hour < digest_hour():
        return 0
    day = now.astimezone(dt.UTC).date()
    done_today = DigestSent.objects.filter(day=day).values("user_id")
    due = (
        _digest_pending()
        .filter(read_at__isnull=True)
        .exclude(recipient_id__in=done_today)
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    user_ids = sorted(set(due))
    for user_id in user_ids:
        send_digest.enqueue(user_id, day.isoformat())
    return len(user_ids)
