"""The unread count in the header of every page a signed-in person sees."""

from functools import cached_property
from typing import Any

from django.http import HttpRequest

from openline.accounts.models import User

from .selectors import unread_count


class UnreadCount:
    """Counted once, and only when a template shows it (htmx fragments do not)."""

    def __init__(self, user: User) -> None:
        self.user = user

    @cached_property
    def value(self) -> int:
        return unread_count(self.user)

    def __bool__(self) -> bool:
        return self.value > 0

    def __str__(self) -> str:
        return "99+" if self.value > 99 else str(self.value)


def notifications(request: HttpRequest) -> dict[str, Any]:
    # Anonymous pages (the ones the page cache keeps) never touch the database for this.
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": UnreadCount(user)}
