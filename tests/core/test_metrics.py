import re
import subprocess
import sys
import textwrap

import pytest

from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.people.actions import Sender


@pytest.fixture
def metrics_token(settings):
    settings.OPENLINE = {**settings.OPENLINE, "METRICS_TOKEN": "s3cret-token"}
    return {"HTTP_AUTHORIZATION": "Bearer s3cret-token"}


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the Prometheus text format (0 when absent)."""
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_are_off_without_a_token_or_network(client, db):
    assert client.get("/metrics").status_code == 404


def test_a_wrong_or_missing_token_is_refused(client, metrics_token):
    assert client.get("/metrics").status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer nope").status_code == 403


def test_an_allowed_network_reads_the_metrics_without_a_token(client, settings, db):
    settings.OPENLINE = {**settings.OPENLINE, "METRICS_NETWORKS": ["127.0.0.0/8"]}
    assert client.get("/metrics").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 403


def test_request_latency_is_counted_by_view(client, metrics_token, question):
    before = sample(
        client.get("/metrics", **metrics_token).content.decode(),
        "openline_request_seconds_count",
        view="community:thread",
        status="2xx",
    )
    client.get(question.get_absolute_url())
    client.get(question.get_absolute_url())
    text = client.get("/metrics", **metrics_token).content.decode()
    assert (
        sample(text, "openline_request_seconds_count", view="community:thread", status="2xx")
        == before + 2
    )


def test_the_page_cache_hits_and_misses_are_counted(client, metrics_token, question):
    def hits(result):
        text = client.get("/metrics", **metrics_token).content.decode()
        return sample(text, "openline_cache_requests_total", cache="anonymous_page", result=result)

    misses, found = hits("miss"), hits("hit")
    client.get(question.get_absolute_url())
    client.get(question.get_absolute_url())
    assert (hits("miss"), hits("hit")) == (misses + 1, found + 1)


def test_queue_depth_deliveries_and_ingest_are_reported(client, metrics_token, account):
    item = InboundItem(
        external_id="m-1",
        conversation_key="c-1",
        text="Hello",
        sender=Sender(channel_kind="testchannel", external_id="u1", name="Pat Doe"),
    )
    # This account's own samples: other tests' accounts may have had its id before
    # (PostgreSQL does not reuse ids between tests; SQLite does).
    mine = {"kind": "testchannel", "account": str(account.pk)}
    before = sample(
        client.get("/metrics", **metrics_token).content.decode(),
        "openline_ingested_items_total",
        result="created",
        **mine,
    )
    ingest(account, item)
    ingest(account, item)  # the same item again: a duplicate
    text = client.get("/metrics", **metrics_token).content.decode()
    assert sample(text, "openline_ingested_items_total", result="created", **mine) == before + 1
    assert sample(text, "openline_ingested_items_total", result="duplicate", **mine) >= 1
    assert "# TYPE openline_task_queue_depth gauge" in text
    assert "# TYPE openline_outbox_deliveries gauge" in text
    assert "# TYPE openline_webhook_deliveries gauge" in text


@pytest.mark.slow
def test_two_processes_samples_are_added_up_in_multi_process_mode(tmp_path):
    """As with Granian's workers: each process writes its own file, /metrics reads them all."""
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = sys.argv[1]
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
        import django; django.setup()
        from openline.core import metrics
        if sys.argv[2] == "count":
            metrics.cache_result("anonymous_page", True)
        else:
            from prometheus_client import generate_latest, CollectorRegistry, multiprocess
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            print(generate_latest(registry).decode())
        """
    )
    for _ in range(2):
        subprocess.run([sys.executable, "-c", script, str(tmp_path), "count"], check=True)  # noqa: S603
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script, str(tmp_path), "read"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert re.search(
        r'openline_cache_requests_total\{cache="anonymous_page",result="hit"\} 2\.0', out
    )
