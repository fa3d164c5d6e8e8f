"""Who may see the participation figures and candidates, and who runs the super-user programme."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from openline.accounts.models import User


def _signed_in(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def can_view_participation(user: User | None) -> bool:
    """Participation figures, super-user candidates and invitations: staff."""
    return _signed_in(user) and user is not None and user.is_staff_member


def check_view_participation(user: User | None) -> None:
    if not can_view_participation(user):
        raise PermissionDenied(_("Only staff can see participation figures and candidates."))


def can_run_programme(user: User | None) -> bool:
    """Invite super-users, withdraw invitations, pin trust levels, recompute: moderators."""
    return _signed_in(user) and user is not None and user.is_moderator


def check_run_programme(user: User | None) -> None:
    if not can_run_programme(user):
        raise PermissionDenied(_("Only moderators and admins run the super-user programme."))
