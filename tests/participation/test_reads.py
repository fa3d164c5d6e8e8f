import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.community.models import Thread
from openline.participation.reads import recorder
from openline.people.models import ThreadRead, Visit

from ..factories import post

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


@pytest.fixture(autouse=True)
def _empty_recorder(db):
    recorder.flush()
    yield
    recorder.flush()


def test_anonymous_views_are_counted_cached_hits_too(client, question):
    first = client.get(question.get_absolute_url(), headers=BROWSER)
    second = client.get(question.get_absolute_url(), headers=BROWSER)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert recorder.pending()["views"] == {question.pk: 2}


def test_the_flush_adds_the_views_without_touching_the_version(client, question):
    version = Thread.objects.get(pk=question.pk).version
    for _ in range(3):
        client.get(question.get_absolute_url(), headers=BROWSER)
    recorder.flush()
    thread = Thread.objects.get(pk=question.pk)
    assert (thread.view_count, thread.version) == (3, version)


def test_the_flush_runs_one_update_per_distinct_count(client, question, private_thread, space):
    other = post(question.author, space, title="Second thread with one view")
    recorder.view(question.pk)
    recorder.view(other.pk)
    recorder.view(private_thread.pk)
    recorder.view(private_thread.pk)
    with CaptureQueriesContext(connection) as queries:
        recorder.flush()
    updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 2


@pytest.mark.django_db(transaction=True)
def test_a_page_served_once_the_flush_is_due_writes_the_views_on_a_thread_of_its_own(
    client, question, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "VIEW_FLUSH_SECONDS": 0}
    client.get(question.get_absolute_url(), headers=BROWSER)
    assert recorder.settle()
    assert Thread.objects.get(pk=question.pk).view_count == 1
    assert recorder.pending()["views"] == {}


def test_a_signed_in_read_is_recorded_once_a_day(client, customer, question):
    client.force_login(customer)
    client.get(question.get_absolute_url(), headers=BROWSER)
    client.get(question.get_absolute_url(), headers=BROWSER)
    recorder.flush()
    today = timezone.now().date()
    assert list(ThreadRead.objects.values_list("user", "thread_id", "day")) == [
        (customer.pk, question.pk, today)
    ]
    assert list(Visit.objects.values_list("user", "day")) == [(customer.pk, today)]


def test_recording_runs_no_query_on_the_page(client, customer, question):
    client.force_login(customer)
    client.get(question.get_absolute_url(), headers=BROWSER)
    with CaptureQueriesContext(connection) as first:
        client.get("/", headers=BROWSER)
    recorder.flush()
    # The page may read the member's trust level for its header (the champion queue link), but
    # the recording touches neither reads nor visits until it is flushed.
    recording = (ThreadRead._meta.db_table, Visit._meta.db_table)
    assert not [q for q in first.captured_queries if any(t in q["sql"] for t in recording)]


def test_robots_are_not_counted(client, question):
    client.get(question.get_absolute_url(), headers={"User-Agent": "Googlebot/2.1"})
    assert recorder.pending()["views"] == {}


def test_a_missing_thread_is_not_counted(client):
    assert client.get("/t/999999/missing/", headers=BROWSER).status_code == 404
    assert recorder.pending()["views"] == {}
