"""Who may see the insights: the staff dashboards (participation, experts, champion outcomes)."""

from django.core.exceptions import PermissionDenied

from openline.accounts.models import User


def can_view_insights(user: User | None) -> bool:
    """Staff, signed in and active."""
    return user is not None and user.is_authenticated and user.is_active and user.is_staff_member


def check_view_insights(user: User | None) -> None:
    if not can_view_insights(user):
        raise PermissionDenied("Only staff can see participation figures and candidates.")
