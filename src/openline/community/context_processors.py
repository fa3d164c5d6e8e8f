"""What every page shows of the community: the unread-notification count in the header."""

from typing import Any

from django.http import HttpRequest

from .selectors import notifications_for


def notifications(request: HttpRequest) -> dict[str, Any]:
    """Counts only notifications about threads the person may still read, like the page."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": notifications_for(user).filter(read_at__isnull=True).count()}
