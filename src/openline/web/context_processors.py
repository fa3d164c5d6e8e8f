from django.conf import settings
from django.http import HttpRequest

from openline.core import heartbeat


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    missing_worker = None
    if user is not None and user.is_authenticated and user.is_staff_member:
        missing_worker = heartbeat.missing_worker()  # one cached read, for staff only
    return {
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
        "missing_worker": missing_worker,
    }
