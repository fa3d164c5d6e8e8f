"""Sending the recorded events, run by `openline worker`.

A delivery is claimed with a conditional update (two workers never send it at once; a worker
that dies mid-send leaves the claim to expire and the sweep hands it on). Every attempt carries
the event's id as `webhook-id`, so a receiver drops a copy it already has. Any answer but 2xx
is retried with back-off; 410 Gone ends the subscription (the receiver says it is gone)."""

import json
import logging
from datetime import timedelta

import httpx
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from openline.channels.webhook.signing import sign
from openline.core import crypto, outbound
from openline.language.cleaning import clean_message
from openline.language.detect import detect_language
from openline.language.voice import analyse

from .models import DeliveryState, Event, EventDelivery, Subscription

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
CLAIM_SECONDS = 120
SEND_TIMEOUT = 10.0
SWEEP_BATCH = 200


def backoff(attempts: int) -> timedelta:
    """30 s, 2 min, 8 min, 32 min, ~2 h, ~8.5 h, then a day between tries."""
    return timedelta(seconds=min(30 * 4 ** max(attempts - 1, 0), 86_400))


def add_labels(event: Event) -> None:
    """What the text wants and how its author feels, by the code path of `POST
    /api/v1/analyse`, written into the payload once for every subscriber."""
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        if locked.needs_labels:
            text = str(locked.payload["data"].get("text", ""))
            (result,) = analyse([text])
            locked.payload["data"]["labels"] = {
                "intent": result.intent,
                "sentiment": result.sentiment.label,
                "sentiment_score": round(result.sentiment.score, 3),
                "language": detect_language(clean_message(text)),
            }
            locked.needs_labels = False
            locked.save(update_fields=["payload", "needs_labels"])
        event.payload, event.needs_labels = locked.payload, False


def _fail(delivery: EventDelivery, attempts: int, error: str, status: int | None) -> str:
    give_up = attempts >= MAX_ATTEMPTS
    EventDelivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts,
        last_error=error[:2000],
        last_status=status,
        claimed_until=None,
        state=DeliveryState.FAILED if give_up else DeliveryState.PENDING,
        next_attempt_at=timezone.now() + backoff(attempts),
    )
    log.warning("Event delivery %s attempt %s failed: %s", delivery.pk, attempts, error)
    return "failed" if give_up else "retry"


@task()
def deliver(delivery_id: int) -> str:
    now = timezone.now()
    claimed = EventDelivery.objects.filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        pk=delivery_id,
        state=DeliveryState.PENDING,
        next_attempt_at__lte=now,
    ).update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    if not claimed:
        return "not due or taken by another worker"
    delivery = EventDelivery.objects.select_related("event", "subscription").get(pk=delivery_id)
    event, subscription = delivery.event, delivery.subscription
    attempts = delivery.attempts + 1
    if not subscription.is_active:
        EventDelivery.objects.filter(pk=delivery_id).update(
            state=DeliveryState.FAILED, last_error="The subscription was turned off.",
            claimed_until=None,
        )  # fmt: skip
        return "subscription off"
    if event.needs_labels:
        add_labels(event)
    body = json.dumps(event.payload, ensure_ascii=False, separators=(",", ":"))
    headers = sign(crypto.decrypt(subscription.secret_encrypted), str(event.id), body)
    headers["user-agent"] = "Openline-Webhooks/1"
    try:
        with outbound.client(timeout=SEND_TIMEOUT) as client:
            response = client.post(subscription.url, content=body.encode(), headers=headers)
    except outbound.AddressRefused as error:
        return _fail(delivery, MAX_ATTEMPTS, f"{subscription.url}: {error}", None)
    except httpx.HTTPError as error:
        return _fail(delivery, attempts, f"{type(error).__name__}: {error}", None)
    status = response.status_code
    if status == 410:
        Subscription.objects.filter(pk=subscription.pk).update(is_active=False)
        return _fail(delivery, MAX_ATTEMPTS, "410 Gone: the subscription was turned off.", status)
    if not 200 <= status < 300:
        return _fail(delivery, attempts, f"answered {outbound.status_reason(status)}", status)
    EventDelivery.objects.filter(pk=delivery_id).update(
        state=DeliveryState.SENT, attempts=attempts, last_status=status, sent_at=timezone.now(),
        claimed_until=None, last_error="",
    )  # fmt: skip
    return "sent"


def sweep() -> int:
    """Queues the deliveries that are due (retries, and sends whose task was lost)."""
    now = timezone.now()
    due = list(
        EventDelivery.objects.filter(state=DeliveryState.PENDING, next_attempt_at__lte=now)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    for pk in due:
        deliver.enqueue(pk)
    return len(due)
