from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at__isnull=True).count()
    return {
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
        "unread_notifications": unread,
    }
