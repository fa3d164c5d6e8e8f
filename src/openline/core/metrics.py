"""Prometheus metrics at /metrics (prometheus_client).

Two kinds:

- what requests do, counted in the process that served them: latency by view
  (`openline_request_seconds`), the anonymous page cache and the fragment caches by outcome
  (`openline_cache_requests_total`). `openline serve` runs several Granian worker processes,
  so it points PROMETHEUS_MULTIPROC_DIR at an empty directory before they start; each process
  then writes its samples there and /metrics adds them up (prometheus_client's multi-process
  mode), whichever worker answers the scrape. Without that variable (tests, `runserver`) the
  process's own registry is read.
- what the database holds, read when scraped: task queue depth and the age of the oldest
  waiting task here; apps register theirs (deliveries by state, ingest per channel) with
  `register_collector`, as they do health checks, so this layer imports none of them.

Access: off (404) unless OPENLINE["METRICS_TOKEN"] (sent as `Authorization: Bearer …`) or
OPENLINE["METRICS_NETWORKS"] (client addresses, CIDR) is set; anything else is 403.
"""

import hmac
import ipaddress
import os
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, F, Min, When
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import REGISTRY, Collector

from .ratelimit import client_address
from .urls import resolve_request

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

REQUEST_SECONDS = Histogram(
    "openline_request_seconds",
    "Time to answer a request, by view (the URL pattern's name) and status class.",
    ["view", "method", "status"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
CACHE_REQUESTS = Counter(
    "openline_cache_requests",
    "Cache look-ups by cache (anonymous pages, reply fragments, thread lists) and outcome.",
    ["cache", "result"],
)

INGESTED = Counter(
    "openline_ingested_items",
    "Inbound items by channel kind and account: created, or a duplicate of one stored before.",
    ["kind", "account", "result"],
)

_collectors: list[Callable[[], Iterable[Metric]]] = []


def register_collector(collect: Callable[[], Iterable[Metric]]) -> None:
    """An app's metrics read from the database when /metrics is scraped."""
    if collect not in _collectors:
        _collectors.append(collect)


def cache_result(cache: str, hit: bool) -> None:
    CACHE_REQUESTS.labels(cache, "hit" if hit else "miss").inc()


def ingested(kind: str, account: int, *, created: int, duplicates: int) -> None:
    if created:
        INGESTED.labels(kind, str(account), "created").inc(created)
    if duplicates:
        INGESTED.labels(kind, str(account), "duplicate").inc(duplicates)


def deliveries_by_state(name: str, help_text: str, rows: Iterable[tuple[str, int]]) -> Metric:
    """A gauge family of deliveries per state, for an app's collector."""
    family = GaugeMetricFamily(name, help_text, labels=["state"])
    for state, count in rows:
        family.add_metric([state], count)
    return family


def _view_name(request: HttpRequest) -> str:
    match = resolve_request(request)
    if match is None:
        return "unmatched"
    return match.view_name or match._func_path


class RequestMetricsMiddleware:
    """Near the top of the stack: it times page-cache hits as well as rendered pages."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        start = time.perf_counter()
        response = self.get_response(request)
        status = f"{response.status_code // 100}xx"
        REQUEST_SECONDS.labels(_view_name(request), request.method or "", status).observe(
            time.perf_counter() - start
        )
        return response


# --- read from the database at scrape time ----------------------------------------------------


def _tasks() -> Iterable[Metric]:
    from django_tasks_db.models import DBTaskResult

    depth = GaugeMetricFamily(
        "openline_task_queue_depth", "Tasks waiting to run, by queue.", labels=["queue"]
    )
    age = GaugeMetricFamily(
        "openline_task_oldest_age_seconds",
        "Age of the oldest waiting task, by queue (0 when none waits).",
        labels=["queue"],
    )
    from django_tasks_db.models import get_date_max

    now = timezone.now()
    # A task scheduled for later waits from its run_after, as `openline status` counts it.
    since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    rows = (
        DBTaskResult.objects.ready()
        .order_by()
        .values("queue_name")
        .annotate(n=Count("id"), oldest=Min(since))
    )
    for row in rows:
        depth.add_metric([row["queue_name"]], row["n"])
        oldest = row["oldest"]
        age.add_metric([row["queue_name"]], (now - oldest).total_seconds() if oldest else 0)
    yield depth
    yield age


class _Registered(Collector):
    def collect(self) -> Iterable[Metric]:
        yield from _tasks()
        for collect in list(_collectors):
            yield from collect()


def _allowed(request: HttpRequest) -> bool:
    config = settings.OPENLINE
    token: str = config.get("METRICS_TOKEN") or ""
    networks: list[str] = config.get("METRICS_NETWORKS") or []
    if not token and not networks:
        raise Http404("Metrics are off: set OPENLINE_METRICS_TOKEN or OPENLINE_METRICS_NETWORKS.")
    if token:
        sent = request.headers.get("Authorization", "")
        if hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
            return True
    if networks:
        try:
            address = ipaddress.ip_address(client_address(request))
        except ValueError:
            return False
        return any(address in ipaddress.ip_network(net, strict=False) for net in networks)
    return False


def registry() -> CollectorRegistry:
    """Every process's request metrics (multi-process mode) or this one's, and the database's."""
    if os.environ.get(MULTIPROC_ENV):
        combined = CollectorRegistry()
        multiprocess.MultiProcessCollector(combined)  # type: ignore[no-untyped-call]
    else:
        combined = CollectorRegistry()
        combined.register(_Process())
    combined.register(_Registered())
    return combined


class _Process(Collector):
    """This process's own metrics, when not in multi-process mode."""

    def collect(self) -> Iterable[Metric]:
        for metric in REGISTRY.collect():
            if metric.name.startswith("openline_"):
                yield metric


def metrics_view(request: HttpRequest) -> HttpResponse:
    if not _allowed(request):
        raise PermissionDenied("A metrics token or an allowed network is needed.")
    return HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)


def reset_multiprocess_dir(path: str) -> None:
    """An empty directory for this run's samples: files of an earlier run would be added in."""
    os.makedirs(path, exist_ok=True)
    for name in os.listdir(path):
        if name.endswith(".db"):
            os.remove(os.path.join(path, name))
