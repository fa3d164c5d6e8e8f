"""For the site header (register in TEMPLATES' context_processors): the champion queue's link
for a member who may use it — a super-user or a trust-level-4 member who opted in. Asked only
when a template shows the header, and then in the query the header makes anyway for the unread
count (`champions.selectors.header_champion_queue`), so no member's page asks one more."""

from functools import cached_property
from typing import Any

from django.http import HttpRequest

from openline.accounts.models import User

from .champions.selectors import header_champion_queue


class ChampionLink:
    """True when the header links the queue; read once, and only when a template asks."""

    def __init__(self, user: User) -> None:
        self.user = user

    @cached_property
    def value(self) -> bool:
        return header_champion_queue(self.user)

    def __bool__(self) -> bool:
        return self.value


def champions(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.is_staff_member:
        return {}
    return {"champion_queue": ChampionLink(user)}
