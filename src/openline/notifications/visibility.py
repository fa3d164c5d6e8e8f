"""Who may still see what a notification is about. The app that owns the objects registers, per
`about_type`, the ids a person may see (None: all of them); notifications about a type nobody
registered are always shown. The page and the e-mails filter through this, so a thread moved
into a private space keeps its notifications, hidden until the person may read it again."""

from collections.abc import Callable
from typing import Any

from django.db.models import Q, QuerySet

from openline.accounts.models import User

VisibleIds = Callable[[User], QuerySet[Any, Any] | None]

_registered: dict[str, VisibleIds] = {}


def register(about_type: str, visible_ids: VisibleIds) -> None:
    _registered[about_type] = visible_ids


def visible_to(user: User) -> Q:
    """A filter on Notification for the rows `user` may see."""
    q = ~Q(about_type__in=list(_registered))
    for about_type, visible_ids in _registered.items():
        ids = visible_ids(user)
        q |= Q(about_type=about_type) if ids is None else Q(about_type=about_type, about_id__in=ids)
    return q
