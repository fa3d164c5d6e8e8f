"""POST /api/v1/conversations/{id}/publish: the bridge through the API, same rules as the page."""

import pytest

from openline.community.models import Thread
from openline.inbox.models import MessageKind
from openline.knowledge.models import PublishedConversation

from ..knowledge import conftest as knowledge
from ..knowledge.conftest import ANSWERED

# The e-mail conversation the knowledge tests use: Pat asked, Alex answered.
mailbox = knowledge.mailbox
email_conversation = knowledge.email_conversation

REWRITTEN = "My T2 thermostat shows E14 every morning since an update: what does E14 mean?"


def payload(conversation, **changes):
    answer = conversation.messages.filter(kind=MessageKind.REPLY).latest("created_at")
    return {
        "title": "Thermostat shows E14 every morning", "question": REWRITTEN,
        "source": "rewritten", "answer_id": answer.pk, "answer": ANSWERED,
        "space": "thermostats", **changes,
    }  # fmt: skip


@pytest.fixture
def url(email_conversation):
    return f"/api/v1/conversations/{email_conversation.pk}/publish"


def test_staff_publish_a_conversation_through_the_api(
    client,
    bearer,
    agent,
    email_conversation,
    url,
    space,
    settings,
):
    answer = client.post(
        url, payload(email_conversation), content_type="application/json", headers=bearer(agent)
    )

    thread = Thread.objects.get()
    assert answer.status_code == 201
    assert answer.json() == {
        "conversation_id": email_conversation.pk,
        "thread_id": thread.pk,
        "thread_url": f"{settings.SITE_URL}{thread.get_absolute_url()}",
        "question_source": "rewritten",
        "link_back_message_id": None,
    }
    assert thread.accepted_reply.author == agent


def test_callers_who_are_not_staff_are_refused(
    client,
    bearer,
    customer,
    superuser,
    email_conversation,
    url,
    space,
):
    data = payload(email_conversation)
    assert client.post(url, data, content_type="application/json").status_code == 401
    for person in (customer, superuser):
        refused = client.post(url, data, content_type="application/json", headers=bearer(person))
        assert refused.status_code == 403
    assert not PublishedConversation.objects.exists()


def test_a_warning_names_the_text_and_publishes_once_acknowledged(
    client,
    bearer,
    agent,
    email_conversation,
    url,
    space,
):
    rude = "As I already told you, restart it. " + ANSWERED
    headers = bearer(agent)

    first = client.post(url, payload(email_conversation, answer=rude),
                        content_type="application/json", headers=headers)  # fmt: skip
    second = client.post(url, payload(email_conversation, answer=rude, acknowledged=True),
                         content_type="application/json", headers=headers)  # fmt: skip

    assert first.status_code == 422
    body = first.json()
    assert (body["acknowledgeable"], list(body["parts"])) == (True, ["answer"])
    assert [f["kind"] for f in body["parts"]["answer"]["findings"]] == ["hostile_tone"]
    assert second.status_code == 201


def test_bad_input_answers_422_with_the_field(
    client,
    bearer,
    agent,
    email_conversation,
    url,
    space,
):
    answer = client.post(url, payload(email_conversation, tags=["nope"]),
                         content_type="application/json", headers=bearer(agent))  # fmt: skip

    assert answer.status_code == 404
    assert answer.json()["errors"] == {"tags": ["Unknown tag: nope."]}
    assert not Thread.objects.exists()
