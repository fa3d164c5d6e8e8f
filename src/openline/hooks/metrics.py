"""The event webhooks' part of /metrics: deliveries to subscribers by state."""

from collections.abc import Iterable

from django.db.models import Count
from prometheus_client.core import Metric

from openline.core import metrics

from .models import EventDelivery


def collect() -> Iterable[Metric]:
    rows = EventDelivery.objects.order_by().values_list("state").annotate(n=Count("id"))
    yield metrics.deliveries_by_state(
        "openline_webhook_deliveries",
        "Event webhook deliveries to subscribers, by state (pending, sent, failed).",
        rows,
    )


def install() -> None:
    metrics.register_collector(collect)
