from django.conf import settings

from openline.community import actions
from openline.community.models import Reply

from ..factories import UserFactory


def test_replies_come_oldest_first_with_author_badge_and_link(
    client, question, agent, other_customer
):
    first = actions.create_reply(agent, question, body="Update to **4.12.2**.")
    actions.create_reply(other_customer, question, body="Same here.")

    answer = client.get(f"/api/v1/threads/{question.pk}/replies")

    items = answer.json()["items"]
    assert answer.status_code == 200
    assert [r["body"] for r in items] == ["Update to **4.12.2**.", "Same here."]
    assert items[0]["author"]["badge"] == "Staff\u00a0· Customer Care"
    assert items[0]["body_html"] == "<p>Update to <strong>4.12.2</strong>.</p>\n"
    assert items[0]["url"] == settings.SITE_URL + first.get_absolute_url()


def test_the_accepted_and_retracted_replies_say_so(client, question, agent, other_customer):
    accepted = actions.create_reply(agent, question, body="Update to 4.12.2.")
    retracted = actions.create_reply(other_customer, question, body="Unplug it forever.")
    actions.accept_answer(question.author, accepted)
    actions.retract_reply(other_customer, retracted, note="Bad advice, sorry.")

    items = client.get(f"/api/v1/threads/{question.pk}/replies").json()["items"]

    assert [r["is_accepted"] for r in items] == [True, False]
    assert items[1]["retracted_by"] == "olive"
    assert items[1]["retraction_note"] == "Bad advice, sorry."


def test_posting_a_reply_answers_201_and_it_is_listed(client, post_json, bearer, agent, question):
    answer = post_json(
        f"/api/v1/threads/{question.pk}/replies", {"body": "Try 4.12.2."}, bearer(agent)
    )

    assert answer.status_code == 201
    assert answer.json()["author"]["username"] == "alex"
    listed = client.get(f"/api/v1/threads/{question.pk}/replies").json()
    assert [r["id"] for r in listed["items"]] == [answer.json()["id"]]
    assert client.get(f"/api/v1/threads/{question.pk}").json()["status"] == "answered"


def test_an_outsider_cannot_reply_in_a_private_space(
    post_json, bearer, other_customer, private_thread
):
    answer = post_json(
        f"/api/v1/threads/{private_thread.pk}/replies",
        {"body": "Let me in."},
        bearer(other_customer),
    )
    assert answer.status_code == 404
    assert not Reply.objects.exists()


def test_a_member_can_reply_in_the_private_space(post_json, bearer, superuser, private_thread):
    answer = post_json(
        f"/api/v1/threads/{private_thread.pk}/replies",
        {"body": "Flicker here too."},
        bearer(superuser),
    )
    assert answer.status_code == 201


def test_an_empty_reply_is_422_and_nothing_is_saved(post_json, bearer, agent, question):
    answer = post_json(f"/api/v1/threads/{question.pk}/replies", {"body": "  \n "}, bearer(agent))
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"body": ["Write something first: the text is empty."]}
    assert not Reply.objects.exists()


def test_replying_to_an_unknown_thread_is_404(post_json, bearer, agent, db):
    answer = post_json("/api/v1/threads/424242/replies", {"body": "Hello?"}, bearer(agent))
    assert answer.status_code == 404
    assert answer.json() == {"detail": "No such thread."}


def test_replies_are_paginated_in_a_fixed_number_of_queries(
    client, question, django_assert_max_num_queries
):
    for n in range(31):
        actions.create_reply(UserFactory(), question, body=f"Reply number {n}.")
    with django_assert_max_num_queries(4):  # visible spaces, the thread, count, page
        first = client.get(f"/api/v1/threads/{question.pk}/replies").json()
    second = client.get(f"/api/v1/threads/{question.pk}/replies?page=2").json()
    assert (first["count"], len(first["items"]), first["next_page"]) == (31, 30, 2)
    assert [r["body"] for r in second["items"]] == ["Reply number 30."]
