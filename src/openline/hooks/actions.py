"""Subscriptions as operators manage them (the `openline webhook` command and the admin)."""

import functools

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from openline.channels.accounts import new_webhook_secret
from openline.core import crypto

from .models import DeliveryState, EventDelivery, Subscription
from .recording import CATALOGUE
from .tasks import deliver

_http_url = URLValidator(schemes=["http", "https"])


def clean_events(events: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(e.strip() for e in events if e.strip()))
    if not wanted:
        raise ValidationError(f"Name at least one event: {', '.join(CATALOGUE)}.")
    unknown = [e for e in wanted if e not in CATALOGUE]
    if unknown:
        raise ValidationError(
            f"Unknown event {', '.join(unknown)}: choose from {', '.join(CATALOGUE)}."
        )
    return wanted


def add_subscription(
    url: str, events: list[str], *, description: str = ""
) -> tuple[Subscription, str]:
    """Creates a subscription; returns it and its signing secret in clear (shown only now)."""
    url = (url or "").strip()
    try:
        _http_url(url)
    except ValidationError:
        raise ValidationError(f"{url!r} is not an http(s) URL.") from None
    secret = new_webhook_secret()
    subscription = Subscription.objects.create(
        url=url, events=clean_events(events), description=description.strip()[:200],
        secret_encrypted=crypto.encrypt(secret),
    )  # fmt: skip
    return subscription, secret


def remove_subscription(subscription: Subscription) -> None:
    subscription.delete()


def retry_failed(subscription: Subscription | None = None) -> int:
    """Sends the failed deliveries again (after a receiver was fixed); returns how many."""
    failed = EventDelivery.objects.filter(state=DeliveryState.FAILED)
    if subscription is not None:
        failed = failed.filter(subscription=subscription)
    with transaction.atomic():
        ids = list(failed.values_list("pk", flat=True))
        EventDelivery.objects.filter(pk__in=ids).update(
            state=DeliveryState.PENDING, attempts=0, next_attempt_at=timezone.now(),
            claimed_until=None,
        )  # fmt: skip
        for pk in ids:
            transaction.on_commit(functools.partial(deliver.enqueue, pk))
    return len(ids)
