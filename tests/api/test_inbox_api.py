import pytest
from django.conf import settings

from openline.accounts.models import Role
from openline.core import publishing
from openline.core.publishing import HeldForReview, NeedsAcknowledgement, PublishBlocked
from openline.inbox import actions, ingestion
from openline.inbox.adapters import DeliveryError, InboundAttachment, InboundItem
from openline.inbox.models import Conversation, ConversationStatus, MessageKind
from openline.people.actions import Sender

from ..factories import UserFactory
from ..inbox.conftest import item


@pytest.fixture
def conversation(account):
    return ingestion.ingest(account, item())[0].conversation


@pytest.fixture
def checks(monkeypatch):
    """Only the checks a test registers run (not the installed guidance engine)."""
    monkeypatch.setattr(publishing, "_checks", [])
    return publishing.register_check


def test_anonymous_callers_get_401_and_customers_403(client, bearer, customer, conversation):
    paths = ["/api/v1/conversations", f"/api/v1/conversations/{conversation.pk}"]
    assert [client.get(p).status_code for p in paths] == [401, 401]
    assert [client.get(p, headers=bearer(customer)).status_code for p in paths] == [403, 403]
    client.force_login(customer)
    assert [client.get(p).status_code for p in paths] == [403, 403]


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("reply", {"body": "Hi"}),
        ("notes", {"body": "Hi"}),
        ("assign", {"assignee": None}),
        ("status", {"status": "solved"}),
    ],
)
def test_customers_cannot_write_to_a_conversation(
    post_json, bearer, customer, conversation, path, data
):
    answer = post_json(f"/api/v1/conversations/{conversation.pk}/{path}", data, bearer(customer))
    assert answer.status_code == 403
    assert conversation.messages.count() == 1


def test_the_list_filters_by_queue_and_status(client, bearer, agent, account, moderator):
    first = ingestion.ingest(account, item("m1", "c1"))[0].conversation
    second = ingestion.ingest(account, item("m2", "c2"))[0].conversation
    actions.assign(agent, second, agent)
    actions.change_status(agent, first, ConversationStatus.PENDING)

    mine = client.get("/api/v1/conversations?queue=mine", headers=bearer(agent)).json()
    waiting = client.get("/api/v1/conversations?status=pending", headers=bearer(agent)).json()

    assert [c["id"] for c in mine["items"]] == [second.pk]
    assert mine["items"][0]["assignee"] == {"username": "alex", "name": "Alex Agent"}
    assert mine["items"][0]["url"] == f"{settings.SITE_URL}/inbox/{second.pk}/"
    assert [c["id"] for c in waiting["items"]] == [first.pk]
    assert (waiting["count"], waiting["page"], waiting["pages"]) == (1, 1, 1)


def test_the_list_rejects_an_unknown_queue(client, bearer, agent):
    answer = client.get("/api/v1/conversations?queue=everything", headers=bearer(agent))
    assert answer.status_code == 422
    assert "queue" in answer.json()["errors"]


def test_a_conversation_comes_with_its_messages_notes_and_delivery_states(
    client, bearer, agent, conversation, channel, django_capture_on_commit_callbacks
):
    ingestion.ingest(conversation.account, item("m2", "c1", text="Still E14."))
    actions.add_note(agent, conversation, body="Known issue with batch 7.")
    channel.failures.append(DeliveryError("Mailbox full", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, conversation, body="Please update.")

    answer = client.get(f"/api/v1/conversations/{conversation.pk}", headers=bearer(agent))

    messages = answer.json()["messages"]
    assert answer.status_code == 200
    assert [m["kind"] for m in messages] == ["inbound", "inbound", "note", "reply"]
    assert messages[0]["sender"] == {"channel_kind": "testchannel", "handle": "", "name": "Pat Doe"}
    assert messages[2]["body"] == "Known issue with batch 7."
    assert messages[2]["delivery"] is None
    assert messages[3]["author"]["username"] == "alex"
    assert messages[3]["delivery"]["state"] == "failed"
    assert messages[3]["delivery"]["last_error"] == "Mailbox full"


def test_attachments_are_listed_with_a_staff_download_link(client, bearer, agent, account):
    message = ingestion.ingest(
        account,
        InboundItem(
            external_id="a1",
            conversation_key="c9",
            text="See photo",
            sender=Sender(channel_kind="testchannel", external_id="u9", name="Pat"),
            attachments=(InboundAttachment("wiring.jpg", "image/jpeg", b"\xff\xd8"),),
        ),
    )[0]
    answer = client.get(f"/api/v1/conversations/{message.conversation_id}", headers=bearer(agent))
    attachment = answer.json()["messages"][0]["attachments"][0]
    pk = message.attachments.get().pk
    assert attachment == {
        "id": pk,
        "filename": "wiring.jpg",
        "content_type": "image/jpeg",
        "size": 2,
        "url": f"{settings.SITE_URL}/api/v1/attachments/{pk}",
    }
    download = client.get(f"/api/v1/attachments/{pk}", headers=bearer(agent))
    assert (download.status_code, download["Content-Type"]) == (200, "image/jpeg")
    assert b"".join(download.streaming_content) == b"\xff\xd8"


def test_attachments_are_not_for_customers_or_anonymous_callers(client, bearer, customer, account):
    message = ingestion.ingest(
        account,
        InboundItem(
            external_id="a1",
            conversation_key="c9",
            text="See photo",
            sender=Sender(channel_kind="testchannel", external_id="u9", name="Pat"),
            attachments=(InboundAttachment("wiring.jpg", "image/jpeg", b"\xff\xd8"),),
        ),
    )[0]
    url = f"/api/v1/attachments/{message.attachments.get().pk}"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=bearer(customer)).status_code == 403


def test_a_reply_answers_201_and_is_queued(post_json, bearer, agent, conversation):
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/reply",
        {"body": "Please re-seat the wires.", "status": "solved"},
        bearer(agent),
    )
    body = answer.json()
    assert answer.status_code == 201
    assert (body["kind"], body["delivery"]["state"]) == ("reply", "queued")
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.SOLVED


def test_an_empty_reply_is_422(post_json, bearer, agent, conversation):
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/reply", {"body": " "}, bearer(agent)
    )
    assert answer.status_code == 422
    assert "body" in answer.json()["errors"]


def _blocked(draft):
    raise PublishBlocked(
        "The reply contains a card number.",
        [{"kind": "card", "severity": "block", "start": 0, "end": 4,
          "message": "A card number.", "suggestion": "Remove it."}],
    )  # fmt: skip


def _warned(draft):
    if not draft.acknowledged:
        raise NeedsAcknowledgement("Check the tone.", [{"kind": "tone", "severity": "warn"}])


def _held(draft):
    raise HeldForReview("Held for a reviewer.", [], review_id=12)


def test_a_blocked_reply_is_422_with_the_findings(post_json, bearer, agent, conversation, checks):
    checks(_blocked)
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/reply", {"body": "4111…"}, bearer(agent)
    )
    body = answer.json()
    assert answer.status_code == 422
    assert body["detail"] == "The reply contains a card number."
    assert body["findings"][0]["message"] == "A card number."
    assert body["acknowledgeable"] is False
    assert not conversation.messages.filter(kind=MessageKind.REPLY).exists()


def test_a_warned_reply_goes_out_when_acknowledged(post_json, bearer, agent, conversation, checks):
    checks(_warned)
    url = f"/api/v1/conversations/{conversation.pk}/reply"
    first = post_json(url, {"body": "Fine."}, bearer(agent))
    second = post_json(url, {"body": "Fine.", "acknowledged": True}, bearer(agent))
    assert (first.status_code, first.json()["acknowledgeable"]) == (422, True)
    assert second.status_code == 201


def test_a_held_reply_is_202(post_json, bearer, agent, conversation, checks):
    checks(_held)
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/reply", {"body": "About the claim"}, bearer(agent)
    )
    assert answer.status_code == 202
    assert answer.json() == {"detail": "Held for a reviewer.", "review_id": 12, "findings": []}
    assert not conversation.messages.filter(kind=MessageKind.REPLY).exists()


def test_a_note_answers_201_and_is_never_delivered(
    post_json, bearer, agent, conversation, channel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = post_json(
            f"/api/v1/conversations/{conversation.pk}/notes",
            {"body": "Escalate to @morgan"},
            bearer(agent),
        )
    assert answer.status_code == 201
    assert (answer.json()["kind"], answer.json()["delivery"]) == ("note", None)
    assert channel.sent == []


@pytest.mark.parametrize(
    ("assignee", "expected"), [("morgan", "morgan"), (None, None), ("round-robin", "bea")]
)
def test_assigning(post_json, bearer, agent, moderator, conversation, assignee, expected):
    actions.set_availability(agent, available=False)
    actions.set_availability(moderator, available=False)
    UserFactory(username="bea", role=Role.AGENT)
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/assign", {"assignee": assignee}, bearer(agent)
    )
    assert answer.status_code == 200
    assert (answer.json()["assignee"] or {}).get("username") == expected
    assert getattr(Conversation.objects.get().assignee, "username", None) == expected


@pytest.mark.parametrize(("assignee", "status"), [("casey", 422), ("nobody-here", 404)])
def test_assigning_to_a_customer_is_422_and_to_an_unknown_name_404(
    post_json, bearer, agent, customer, conversation, assignee, status
):
    answer = post_json(
        f"/api/v1/conversations/{conversation.pk}/assign", {"assignee": assignee}, bearer(agent)
    )
    assert answer.status_code == status
    assert "assignee" in answer.json()["errors"]


def test_changing_the_status(post_json, bearer, agent, conversation):
    url = f"/api/v1/conversations/{conversation.pk}/status"
    answer = post_json(url, {"status": "solved"}, bearer(agent))
    assert (answer.status_code, answer.json()["status"]) == (200, "solved")
    assert post_json(url, {"status": "closed"}, bearer(agent)).status_code == 422


def test_a_missing_conversation_is_404(client, bearer, agent):
    assert client.get("/api/v1/conversations/424242", headers=bearer(agent)).status_code == 404


def test_the_schema_documents_the_inbox_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {
        "/api/v1/conversations",
        "/api/v1/conversations/{conversation_id}",
        "/api/v1/conversations/{conversation_id}/reply",
        "/api/v1/conversations/{conversation_id}/notes",
        "/api/v1/conversations/{conversation_id}/assign",
        "/api/v1/conversations/{conversation_id}/status",
        "/api/v1/attachments/{attachment_id}",
    } <= set(paths)
