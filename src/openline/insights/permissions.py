"""Who may see the insights and run the super-user programme."""

from django.core.exceptions import PermissionDenied

from openline.accounts.models import User


def _signed_in(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def can_view_insights(user: User | None) -> bool:
    """Participation figures, candidates and the expert finder: staff."""
    return _signed_in(user) and user is not None and user.is_staff_member


def check_view_insights(user: User | None) -> None:
    if not can_view_insights(user):
        raise PermissionDenied("Only staff can see participation figures and candidates.")


def can_run_programme(user: User | None) -> bool:
    """Invite super-users, withdraw invitations, pin trust levels, recompute: moderators."""
    return _signed_in(user) and user is not None and user.is_moderator


def check_run_programme(user: User | None) -> None:
    if not can_run_programme(user):
        raise PermissionDenied("Only moderators and admins run the super-user programme.")
