"""Trust levels are enforced on the server: the same refusals through the pages and the API."""

import json

import pytest

from openline.community import actions
from openline.community.models import Thread

from ..factories import SpaceFactory, TagFactory, post, set_level


@pytest.fixture
def wifi(db):
    return TagFactory(slug="wifi", name="Wi-Fi")


@pytest.fixture
def boilers(db):
    return SpaceFactory(name="Boilers", slug="boilers")


def triage(client, thread, **data):
    return client.post(f"/t/{thread.pk}/-/triage/", data)


def api(client, path, payload, headers):
    return client.post(path, json.dumps(payload), content_type="application/json",
                       headers=headers)  # fmt: skip


def test_a_new_member_gets_no_triage_page(client, other_customer, question):
    client.force_login(other_customer)
    assert client.get(f"/t/{question.pk}/-/triage/").status_code == 403


def test_a_new_member_cannot_retag_through_the_page(client, other_customer, question, wifi):
    client.force_login(other_customer)
    answer = triage(client, question, operation="retag", tags=["wifi"])
    assert answer.status_code == 403
    assert list(question.tags.all()) == []


def test_a_new_member_cannot_retag_move_or_mark_through_the_api(
    client, bearer, other_customer, question, wifi, boilers
):
    headers = bearer(other_customer)
    base = f"/api/v1/threads/{question.pk}"
    statuses = [
        api(client, f"{base}/retag", {"tags": ["wifi"]}, headers).status_code,
        api(client, f"{base}/move", {"space": "boilers"}, headers).status_code,
        api(client, f"{base}/duplicate", {"original": question.pk}, headers).status_code,
    ]
    unchanged = Thread.objects.get(pk=question.pk)
    assert statuses == [403, 403, 403]
    assert (unchanged.space_id, unchanged.duplicate_of_id, list(unchanged.tags.all())) == (
        question.space_id, None, []
    )  # fmt: skip


def test_a_regular_retags_through_the_page(client, other_customer, question, wifi):
    set_level(other_customer, 3)
    client.force_login(other_customer)
    answer = triage(client, question, operation="retag", tags=["wifi"])
    assert answer.status_code == 302
    assert [t.slug for t in question.tags.all()] == ["wifi"]


def test_a_regular_moves_a_thread_through_the_api(client, bearer, other_customer, question,
                                                  boilers):  # fmt: skip
    set_level(other_customer, 3)
    answer = api(client, f"/api/v1/threads/{question.pk}/move", {"space": "boilers"},
                 bearer(other_customer))  # fmt: skip
    assert answer.status_code == 200
    assert Thread.objects.get(pk=question.pk).space == boilers


def test_only_moderators_move_threads_into_a_private_space(
    client, superuser, moderator, question, vip_space
):
    client.force_login(superuser)
    refused = triage(client, question, operation="move", space=vip_space.slug)
    client.force_login(moderator)
    moved = triage(client, question, operation="move", space=vip_space.slug)
    assert (refused.status_code, moved.status_code) == (403, 302)


def test_a_super_user_marks_a_duplicate_and_readers_see_where_the_answer_is(
    client, superuser, customer, space, question
):
    original = post(customer, space, title="Wi-Fi drops at night: the fix")
    client.force_login(superuser)
    triage(client, question, operation="duplicate", original=f"/t/{original.pk}/x/")
    client.logout()
    page = client.get(question.get_absolute_url()).content.decode()
    assert "answered in another thread" in page
    assert original.get_absolute_url() in page


def test_a_thread_cannot_duplicate_itself(client, bearer, moderator, question):
    answer = api(client, f"/api/v1/threads/{question.pk}/duplicate", {"original": question.pk},
                 bearer(moderator))  # fmt: skip
    assert answer.status_code == 422


def test_the_triage_link_shows_only_to_those_who_may_triage(client, customer, superuser,
                                                            question):  # fmt: skip
    client.force_login(customer)
    as_customer = client.get(question.get_absolute_url()).content.decode()
    client.force_login(superuser)
    as_superuser = client.get(question.get_absolute_url()).content.decode()
    assert ("/-/triage/" in as_customer, "/-/triage/" in as_superuser) == (False, True)


def test_too_many_links_from_a_new_member_answer_422_in_the_api(
    client, bearer, other_customer, question
):
    body = "https://a.example https://b.example https://c.example"
    answer = api(client, f"/api/v1/threads/{question.pk}/replies", {"body": body},
                 bearer(other_customer))  # fmt: skip
    assert answer.status_code == 422
    assert "at most 2 links" in answer.json()["detail"]


def test_a_new_member_over_the_daily_limit_gets_429_from_the_api(
    client, bearer, other_customer, question
):
    for n in range(20):
        actions.create_reply(other_customer, question, body=f"Update number {n}.")
    answer = api(client, f"/api/v1/threads/{question.pk}/replies", {"body": "One more."},
                 bearer(other_customer))  # fmt: skip
    assert answer.status_code == 429
    assert "New members can post 20 times a day" in answer.json()["detail"]


def test_a_moderator_pins_a_level_through_the_api_and_a_member_cannot(
    client, bearer, moderator, customer, other_customer
):
    path = f"/api/v1/people/{other_customer.username}/trust"
    refused = api(client, path, {"level": 4}, bearer(customer)).status_code
    pinned = api(client, path, {"level": 4}, bearer(moderator)).json()
    assert (refused, pinned["level"], pinned["pinned"]) == (403, 4, True)
