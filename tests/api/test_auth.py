import pytest
from django.test import Client

from openline.community.models import Reply, Thread

from ..factories import PASSWORD

NEW_THREAD = {
    "space": "thermostats",
    "kind": "question",
    "title": "Can the T2 run on batteries alone?",
    "body": "Wiring a C-wire is hard in my flat.",
}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer ol_not-a-real-token"}, {"Authorization": "Bearer "}],
    ids=["no token", "unknown token", "empty token"],
)
def test_writing_without_a_valid_token_is_401_and_saves_nothing(post_json, space, headers):
    answer = post_json("/api/v1/threads", NEW_THREAD, headers)
    assert answer.status_code == 401
    assert answer["WWW-Authenticate"].startswith("Bearer")
    assert "detail" in answer.json()
    assert not Thread.objects.exists()


def test_replying_without_a_token_is_401(post_json, question):
    answer = post_json(f"/api/v1/threads/{question.pk}/replies", {"body": "Me too."})
    assert answer.status_code == 401
    assert not Reply.objects.exists()


def test_reading_with_a_bad_token_is_401_rather_than_silently_anonymous(client, question):
    answer = client.get("/api/v1/threads", headers={"Authorization": "Bearer ol_revoked"})
    assert answer.status_code == 401
    assert answer.json()["detail"] == "Invalid, revoked or deactivated API token."


def test_another_authorization_scheme_reads_as_anonymous(client, question, private_thread):
    answer = client.get("/api/v1/threads", headers={"Authorization": "Basic c3RhZ2luZzpzdGFnaW5n"})
    assert answer.status_code == 200
    assert [t["id"] for t in answer.json()["items"]] == [question.pk]


def test_the_browser_session_reads_what_the_person_may_see(client, superuser, private_thread):
    client.login(username=superuser.username, password=PASSWORD)
    answer = client.get(f"/api/v1/threads/{private_thread.pk}")
    assert answer.status_code == 200


def test_writing_through_the_session_requires_the_csrf_token(superuser, space):
    browser = Client(enforce_csrf_checks=True)
    browser.login(username=superuser.username, password=PASSWORD)
    browser.get("/api/v1/docs")  # sets the csrftoken cookie, as any page does

    refused = browser.post("/api/v1/threads", NEW_THREAD, content_type="application/json")
    accepted = browser.post(
        "/api/v1/threads", NEW_THREAD, content_type="application/json",
        headers={"X-CSRFToken": browser.cookies["csrftoken"].value},
    )  # fmt: skip

    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert accepted.status_code == 201
    assert Thread.objects.count() == 1
