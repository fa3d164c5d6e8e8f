"""The event catalogue and how each event is recorded: inside the transaction of the change
(community's in-transaction listeners), one `Event` and a delivery per subscriber, the send
queued for after the commit."""

import functools
from typing import Any

from django.conf import settings
from django.db import transaction

from openline.accounts.models import User
from openline.community import events
from openline.community.models import Reply, Thread, ThreadKind
from openline.core.markdown import plain_text

from .models import Event, EventDelivery, Subscription
from .tasks import deliver

THREAD_SOLVED = "thread.solved"
IDEA_STATUS_CHANGED = "idea.status_changed"
FEEDBACK_CREATED = "feedback.created"
CATALOGUE = {
    THREAD_SOLVED: "A question or problem got its accepted answer.",
    IDEA_STATUS_CHANGED: "Staff set an idea's public status (planned, shipped…), with the reason.",
    FEEDBACK_CREATED: "A customer posted feedback, an idea or a problem, with its intent, "
    "sentiment and language.",
}
FEEDBACK_KINDS = (ThreadKind.FEEDBACK, ThreadKind.IDEA, ThreadKind.PROBLEM)
TEXT_CHARS = 4000


def _thread(thread: Thread) -> dict[str, Any]:
    return {
        "id": thread.pk,
        "title": thread.title,
        "kind": thread.kind,
        "status": thread.status,
        "space": thread.space.slug,
        "url": settings.SITE_URL + thread.get_absolute_url(),
        "created_at": thread.created_at.isoformat(),
    }


def _person(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"username": user.username, "name": user.name, "staff": user.is_staff_member}


def record(event_type: str, data: dict[str, Any], *, needs_labels: bool = False) -> Event | None:
    """Stores the event and its deliveries in the current transaction (nothing when no active
    subscription wants it) and queues the sends for after the commit."""
    subscribers = [s for s in Subscription.objects.filter(is_active=True) if event_type in s.events]
    if not subscribers:
        return None
    event = Event(type=event_type, payload={}, needs_labels=needs_labels)
    event.payload = {
        "id": str(event.id),
        "type": event_type,
        "timestamp": event.created_at.isoformat(),
        "data": data,
    }
    event.save()
    deliveries = EventDelivery.objects.bulk_create(
        EventDelivery(event=event, subscription=s) for s in subscribers
    )
    for delivery in deliveries:
        transaction.on_commit(functools.partial(deliver.enqueue, delivery.pk))
    return event


def _thread_solved(thread: Thread, reply: Reply, actor: User) -> None:
    record(
        THREAD_SOLVED,
        {
            "thread": _thread(thread),
            "accepted_reply": {
                "id": reply.pk,
                "author": _person(reply.author),
                "url": settings.SITE_URL + reply.get_absolute_url(),
            },
            "accepted_by": _person(actor),
        },
    )


def _status_changed(thread: Thread, previous: str, actor: User) -> None:
    if thread.kind != ThreadKind.IDEA or previous == thread.status:
        return
    record(
        IDEA_STATUS_CHANGED,
        {
            "thread": _thread(thread),
            "from": previous,
            "to": thread.status,
            "reason": thread.status_reason,
            "changed_by": _person(actor),
            "votes": thread.upvote_count,
        },
    )


def _thread_created(thread: Thread) -> None:
    if thread.kind not in FEEDBACK_KINDS or thread.author.is_staff_member:
        return
    text = f"{thread.title}\n\n{plain_text(thread.body)}"[:TEXT_CHARS]
    record(
        FEEDBACK_CREATED,
        {"source": "community", "thread": _thread(thread), "author": _person(thread.author),
         "text": text},
        needs_labels=True,
    )  # fmt: skip


def install() -> None:
    events.listen_in_transaction(events.THREAD_SOLVED, _thread_solved)
    events.listen_in_transaction(events.THREAD_STATUS_CHANGED, _status_changed)
    events.listen_in_transaction(events.THREAD_CREATED, _thread_created)
