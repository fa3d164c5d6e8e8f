"""Who may manage accounts: `can_*` for templates, `check_*` raising PermissionDenied."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from .models import Role, User


def can_manage_staff(actor: User | None) -> bool:
    """Admins invite colleagues, change their roles and deactivate them."""
    return actor is not None and actor.is_active and actor.role == Role.ADMIN


def check_manage_staff(actor: User | None) -> None:
    if not can_manage_staff(actor):
        raise PermissionDenied(_("Only admins manage the staff."))
