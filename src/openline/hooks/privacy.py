"""Event webhooks' part of privacy requests (core.privacy): events already sent name their
author and quote their text, so an erased member's events are deleted with their deliveries
(what receivers stored is theirs to erase; the event ids let them find it)."""

from openline.accounts.models import User
from openline.core import privacy
from openline.core.privacy import Export, Subject

from .models import Event


def _events(subject: Subject) -> list[Event]:
    if not subject.user_id:
        return []
    username = User.objects.filter(pk=subject.user_id).values_list("username", flat=True).first()
    if not username:
        return []
    return list(
        Event.objects.filter(payload__data__author__username=username)
        | Event.objects.filter(payload__data__accepted_reply__author__username=username)
    )


def _export(subject: Subject) -> Export:
    return Export([{"id": str(e.id), "type": e.type, "created_at": e.created_at}
                   for e in _events(subject)])  # fmt: skip


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    events = _events(subject)
    Event.objects.filter(pk__in=[e.pk for e in events]).delete()
    return {"events": len(events)}


def install() -> None:
    privacy.register(privacy.Part("event_webhooks", _export, _erase))
