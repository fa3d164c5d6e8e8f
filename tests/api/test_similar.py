"""GET /api/v1/threads/similar: best first, only what the caller may see, strict input."""

import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.community import actions
from openline.core import ratelimit
from tests.factories import SpaceFactory

URL = "/api/v1/threads/similar"


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    def make(author, space, title: str, body: str = "Details follow in the thread."):
        with django_capture_on_commit_callbacks(execute=True):
            return actions.create_thread(author, space, kind="question", title=title, body=body)

    return make


def test_similar_threads_come_best_first_with_their_fields(client, customer, space, post):
    wifi = post(customer, space, "Thermostat keeps dropping off the wifi at night")
    post(customer, space, "Thermostat display is too dim to read")
    response = client.get(URL, {"text": "thermostat loses wireless connection overnight"})
    assert response.status_code == 200
    items = response.json()
    assert items[0]["id"] == wifi.pk
    assert set(items[0]) == {"id", "title", "url", "status", "score"}
    assert items[0]["url"].endswith(wifi.get_absolute_url())
    assert items[0]["status"] == "open"
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)


def test_anonymous_callers_never_get_a_private_space_thread(
    client, customer, superuser, vip_space, space, post, bearer
):
    secret = post(superuser, vip_space, "Beta firmware makes the display flicker")
    public = post(customer, space, "Display flickers after the firmware update")
    text = {"text": "display flickering after the beta firmware"}
    assert [i["id"] for i in client.get(URL, text).json()] == [public.pk]
    assert [i["id"] for i in client.get(URL, text, headers=bearer(customer)).json()] == [public.pk]
    member = client.get(URL, text, headers=bearer(superuser)).json()
    assert secret.pk in [i["id"] for i in member]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 2001}, "text"),
        ({"text": "wifi", "limit": "0"}, "limit"),
        ({"text": "wifi", "limit": "11"}, "limit"),
        ({"text": "wifi", "limit": "five"}, "limit"),
        ({"text": "wifi", "limit": "-1"}, "limit"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client, db, params, field):
    response = client.get(URL, params)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert response.json()["detail"]


def test_limit_caps_the_answer(client, customer, space, post):
    for n in range(4):
        post(customer, space, f"Invoice number {n} shows the wrong VAT amount")
    assert len(client.get(URL, {"text": "wrong VAT on invoice", "limit": "3"}).json()) == 3


def test_too_many_requests_are_refused_with_429(client, db, settings):
    settings.OPENLINE = {**settings.OPENLINE, "RATE_SIMILAR": (2, 60)}
    cache.clear()
    now = time.time()  # mid-window: across a window's edge the sliding count lets one more in
    with mock.patch.object(ratelimit, "_clock", return_value=now - now % 60 + 30):
        codes = [client.get(URL, {"text": "wifi"}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def work_queries(captured) -> list[str]:
    """The endpoint's own queries: without Redis its rate limit counts in a database table, in
    transactions (savepoints, as the request runs in the test's transaction)."""
    rate_limit = ("openline_shared_cache", "core_ratecount", "SAVEPOINT")
    return [q for q in captured.captured_queries if not any(w in q["sql"] for w in rate_limit)]


def test_the_query_count_does_not_grow_with_the_threads(client, customer, space, post):
    other = SpaceFactory(name="Billing", slug="billing")
    post(customer, space, "Thermostat offline after router change")
    client.get(URL, {"text": "thermostat offline"})
    # The index's counters, the visible spaces, the threads.
    with CaptureQueriesContext(connection) as few:
        client.get(URL, {"text": "thermostat offline"})
    for n in range(6):
        post(
            customer, other if n % 2 else space, f"Thermostat {n} goes offline when router reboots"
        )
    client.get(URL, {"text": "thermostat offline"})  # the index loads the new vectors once
    with CaptureQueriesContext(connection) as more:
        response = client.get(URL, {"text": "thermostat offline"})
    assert (len(work_queries(few)), len(work_queries(more))) == (3, 3)
    assert len(response.json()) == 5
