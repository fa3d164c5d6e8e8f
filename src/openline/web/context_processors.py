from django.conf import settings
from django.http import HttpRequest

from openline.core import heartbeat

from .settings_sections import sections_for


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    missing_worker = None
    settings_sections = []
    if user is not None and user.is_authenticated and user.is_staff_member:
        missing_worker = heartbeat.missing_worker()  # one cached read, for staff only
        settings_sections = sections_for(user)  # role checks only, no queries
    return {
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
        "missing_worker": missing_worker,
        "settings_sections": settings_sections,
    }
