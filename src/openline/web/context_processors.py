from django.conf import settings
from django.http import HttpRequest

from openline.core import heartbeat


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    unread = 0
    missing_worker = None
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at__isnull=True).count()
        if user.is_staff_member:  # one cached read; visitors and customers never pay it
            missing_worker = heartbeat.missing_worker()
    return {
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
        "unread_notifications": unread,
        "missing_worker": missing_worker,
    }
