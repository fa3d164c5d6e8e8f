"""For the site header (register in TEMPLATES' context_processors): the champion queue's link
for a super-user who opted in to it. Only super-users cost a query (one, the opt-in): a
trust-level-4 member's level would cost every member's page a query, so they reach the queue
from the super-user programme page, as before."""

from typing import Any

from django.http import HttpRequest

from openline.accounts.models import Role

from . import permissions


def champions(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.role != Role.SUPERUSER:
        return {}
    return {"champion_queue": permissions.can_use_champion_queue(user)}
