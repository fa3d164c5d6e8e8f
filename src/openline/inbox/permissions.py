"""The inbox is for staff (agents, moderators, admins). Customers never reach it."""

from django.core.exceptions import PermissionDenied

from openline.accounts.models import User


def can_use_inbox(user: User | None) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff_member)


def check_use_inbox(user: User | None) -> None:
    if not can_use_inbox(user):
        raise PermissionDenied("The inbox is for staff.")
