"""Delivery of the outbox, run by `openline worker`.

A delivery is claimed with a conditional update, so two workers never send it at once; a
worker that dies mid-send leaves the claim to expire and the sweep hands the delivery to the
next worker, which sends it again with the same idempotency key (the channel drops the copy)."""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from openline.core import counters

from .adapters import DeliveryError, adapter_for
from .models import Delivery, DeliveryState

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
CLAIM_SECONDS = 120


def backoff(attempts: int) -> timedelta:
    """30 s, 2 min, 8 min, 32 min, ~2 h between tries."""
    return timedelta(seconds=30 * 4 ** max(attempts - 1, 0))


@task()
def deliver(delivery_id: int) -> str:
    now = timezone.now()
    claimed = Delivery.objects.filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        pk=delivery_id,
        state=DeliveryState.QUEUED,
        next_attempt_at__lte=now,
    ).update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    if not claimed:
        return "not due or taken by another worker"
    delivery = Delivery.objects.select_related(
        "message__conversation__account", "message__author"
    ).get(pk=delivery_id)
    message = delivery.message
    account = message.conversation.account
    attempts = delivery.attempts + 1
    try:
        reference = adapter_for(account.kind).send(account, message, delivery)
    except Exception as error:  # any failure is recorded on the delivery
        permanent = isinstance(error, DeliveryError) and error.permanent
        give_up = permanent or attempts >= MAX_ATTEMPTS
        log.warning("Delivery %s attempt %s failed: %s", delivery_id, attempts, error)
        Delivery.objects.filter(pk=delivery_id).update(
            attempts=attempts,
            last_error=str(error)[:2000],
            claimed_until=None,
            state=DeliveryState.FAILED if give_up else DeliveryState.QUEUED,
            next_attempt_at=now + backoff(attempts),
        )
        counters.bump("inbox")
        if not give_up and deliver.get_backend().supports_defer:  # else the sweep retries
            transaction.on_commit(
                lambda: deliver.using(run_after=now + backoff(attempts)).enqueue(delivery_id)
            )
        return "failed"
    Delivery.objects.filter(pk=delivery_id).update(
        state=DeliveryState.SENT,
        attempts=attempts,
        external_ref=str(reference)[:300],
        sent_at=timezone.now(),
        last_error="",
        claimed_until=None,
    )
    counters.bump("inbox")
    return "sent"


def sweep_outbox() -> int:
    """Hands every due, unclaimed delivery to the workers again: recovers deliveries whose
    worker died and tasks lost with a broker. Returns how many were queued."""
    now = timezone.now()
    due = list(
        Delivery.objects.filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
            state=DeliveryState.QUEUED,
            next_attempt_at__lte=now - timedelta(seconds=30),
        ).values_list("pk", flat=True)[:500]
    )
    for pk in due:
        deliver.enqueue(pk)
    return len(due)
