"""POST /api/v1/threads/{id}/replies runs the same checks as the page: no way around them."""

from openline.community.models import Reply
from openline.guidance.models import AuditLog, ReviewRequest

CARD = "Refunded to 4111 1111 1111 1111 today."
RUDE = "As I already told you, restart it."
ADMISSION = "This is entirely our fault, I'm sorry."


def replies_url(thread) -> str:
    return f"/api/v1/threads/{thread.pk}/replies"


def test_a_blocked_reply_is_refused_with_422_and_the_findings(api_post, agent, question):
    answer = api_post(replies_url(question), {"body": CARD}, agent)

    body = answer.json()
    assert answer.status_code == 422
    assert body["detail"] == "This reply cannot be published as it is."
    assert [(f["kind"], f["severity"], f["start"], f["end"]) for f in body["findings"]] == [
        ("payment_card", "block", 12, 31)
    ]
    assert body["findings"][0]["message"] and body["findings"][0]["suggestion"]
    assert not Reply.objects.exists()


def test_acknowledging_warnings_does_not_unblock_a_blocked_reply(api_post, agent, question):
    answer = api_post(replies_url(question), {"body": CARD, "acknowledge_warnings": True}, agent)

    assert answer.status_code == 422
    assert not Reply.objects.exists()


def test_warnings_are_refused_with_422_until_acknowledged(api_post, agent, question):
    refused = api_post(replies_url(question), {"body": RUDE}, agent)
    published = api_post(replies_url(question), {"body": RUDE, "acknowledge_warnings": True}, agent)

    assert refused.status_code == 422
    assert [f["kind"] for f in refused.json()["findings"]] == ["hostile_tone"]
    assert published.status_code == 201
    assert published.json()["body"] == RUDE
    assert AuditLog.objects.get().decision == "published_over_warning"


def test_a_reply_for_review_answers_202_with_the_review_id(api_post, agent, question):
    answer = api_post(replies_url(question), {"body": ADMISSION}, agent)

    assert answer.status_code == 202
    assert answer.json() == {
        "detail": "held for review",
        "review_id": ReviewRequest.objects.get().pk,
    }
    assert not Reply.objects.exists()


def test_a_customer_reply_through_the_api_is_not_checked(api_post, other_customer, question):
    answer = api_post(replies_url(question), {"body": RUDE}, other_customer)

    assert answer.status_code == 201


def test_ordinary_validation_errors_keep_their_shape(api_post, agent, question):
    answer = api_post(replies_url(question), {"body": "   "}, agent)

    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["body"]


def test_the_schema_documents_the_refusal_and_the_review(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/threads/{thread_id}/replies"]["post"]

    assert {"201", "202", "422"} <= set(operation["responses"])
    assert "acknowledge_warnings" in schema["components"]["schemas"]["ReplyCreateIn"]["properties"]
    assert "#/components/schemas/ReplyRefused" in str(operation["responses"]["422"])
    assert set(schema["components"]["schemas"]["ReplyRefused"]["properties"]) == {
        "detail",
        "findings",
    }
