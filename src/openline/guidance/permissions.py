"""Who may use guidance: `can_*` for templates, `check_*` raising PermissionDenied."""

from django.core.exceptions import PermissionDenied

from openline.accounts.models import Role, User


def _signed_in(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def can_check_drafts(user: User | None) -> bool:
    """Staff and super-users answer in public on the company's behalf; their drafts are checked."""
    return _signed_in(user) and (user.is_staff_member or user.role == Role.SUPERUSER)  # type: ignore[union-attr]


def check_check_drafts(user: User | None) -> None:
    if not can_check_drafts(user):
        raise PermissionDenied("Only staff and super-users can check drafts.")


def can_manage_register(user: User | None) -> bool:
    return _signed_in(user) and user.is_moderator  # type: ignore[union-attr]


def check_manage_register(user: User | None) -> None:
    if not can_manage_register(user):
        raise PermissionDenied("Only moderators and admins can change the confidential register.")
