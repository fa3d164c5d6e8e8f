"""The staff header warns when no worker has been seen for a minute; nobody else pays for it."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.core import heartbeat
from openline.core.models import WorkerHeartbeat

WARNING = "No background worker"


def heartbeat_queries(client, path="/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response, [q for q in queries if WorkerHeartbeat._meta.db_table in q["sql"]]


@pytest.fixture
def gone_worker(db):
    heartbeat.beat("host-1-abc", now=timezone.now() - timedelta(minutes=5))


def test_staff_see_the_warning_when_the_last_worker_was_seen_minutes_ago(
    client, agent, gone_worker
):
    client.force_login(agent)
    response = client.get("/")
    assert "No background worker seen for 5 minutes." in response.text
    assert 'class="staff-alert" role="alert"' in response.text


def test_a_german_agent_reads_how_long_the_worker_is_gone_in_german(client, agent, gone_worker):
    """The span was English ("5 minutes") inside the German sentence."""
    client.force_login(agent)
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "Seit 5 Minuten kein Hintergrundprozess gesehen." in page


def test_staff_see_the_warning_when_no_worker_ever_ran(client, moderator):
    client.force_login(moderator)
    assert "No background worker has run yet." in client.get("/").text


def test_the_warning_is_gone_once_a_worker_beats_again(client, agent, gone_worker):
    client.force_login(agent)
    assert WARNING in client.get("/").text
    heartbeat.beat("host-1-abc")
    heartbeat.cache.delete(heartbeat._CACHE_KEY)  # what CACHE_SECONDS later does by itself
    assert WARNING not in client.get("/").text


def test_customers_neither_see_the_warning_nor_cost_a_heartbeat_query(
    client, customer, gone_worker
):
    client.force_login(customer)
    response, queries = heartbeat_queries(client)
    assert WARNING not in response.text
    assert queries == []


def test_anonymous_visitors_neither_see_the_warning_nor_cost_a_heartbeat_query(client, gone_worker):
    response, queries = heartbeat_queries(client)
    assert WARNING not in response.text
    assert queries == []


def test_staff_pages_read_the_heartbeat_at_most_once_while_it_is_cached(client, agent, gone_worker):
    client.force_login(agent)
    _, first = heartbeat_queries(client)
    _, second = heartbeat_queries(client)
    assert (len(first), len(second)) == (1, 0)
