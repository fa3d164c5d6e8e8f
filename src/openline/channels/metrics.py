"""The channels' part of /metrics: the outbox (replies on their way to a channel) by state."""

from collections.abc import Iterable

from django.db.models import Count
from prometheus_client.core import Metric

from openline.core import metrics
from openline.inbox.models import Delivery


def collect() -> Iterable[Metric]:
    rows = Delivery.objects.order_by().values_list("state").annotate(n=Count("id"))
    yield metrics.deliveries_by_state(
        "openline_outbox_deliveries",
        "Replies to customers on their way to a channel, by state (queued, sent, failed).",
        rows,
    )


def install() -> None:
    metrics.register_collector(collect)
