"""The guidance check on the pre-publish hook, through the community's create_reply."""

import pytest

from openline.community import actions
from openline.community.models import Reply, Revision
from openline.core.publishing import HeldForReview, NeedsAcknowledgement, PublishBlocked
from openline.guidance.models import AuditDecision, AuditLog, PolicyRule, ReviewRequest

CARD = "Refunded to 4111 1111 1111 1111 today."
RUDE = "As I already told you, restart it."
ADMISSION = "This is entirely our fault, I'm sorry."
CLEAN = "Thanks, the fix is in 4.12.2."


def test_a_blocked_reply_is_refused_with_its_findings_and_nothing_is_saved(agent, question):
    with pytest.raises(PublishBlocked) as refused:
        actions.create_reply(agent, question, body=CARD)

    assert [(f["kind"], f["severity"]) for f in refused.value.findings] == [
        ("payment_card", "block")
    ]
    assert CARD[refused.value.findings[0]["start"] : refused.value.findings[0]["end"]] == (
        "4111 1111 1111 1111"
    )
    assert not Reply.objects.exists()
    assert not ReviewRequest.objects.exists()
    question.refresh_from_db()
    assert (question.reply_count, question.status) == (0, "open")


def test_acknowledging_does_not_publish_a_blocked_reply(agent, question):
    with pytest.raises(PublishBlocked):
        actions.create_reply(agent, question, body=CARD, acknowledged=True)

    assert not Reply.objects.exists()


def test_a_warned_reply_needs_acknowledgement_and_nothing_is_saved_before(agent, question):
    with pytest.raises(NeedsAcknowledgement) as refused:
        actions.create_reply(agent, question, body=RUDE)

    assert [f["kind"] for f in refused.value.findings] == ["hostile_tone"]
    assert not Reply.objects.exists()
    assert not AuditLog.objects.exists()


def test_an_acknowledged_warning_publishes_and_is_written_to_the_audit_log(agent, question):
    reply = actions.create_reply(agent, question, body=RUDE, acknowledged=True)

    entry = AuditLog.objects.get()
    assert Reply.objects.get() == reply
    assert (entry.actor, entry.author, entry.decision, entry.channel) == (
        agent,
        agent,
        AuditDecision.PUBLISHED_OVER_WARNING,
        "community",
    )
    assert (entry.thread, entry.excerpt) == (question, RUDE)
    assert [f["kind"] for f in entry.findings] == ["hostile_tone"]


def test_a_reply_for_review_creates_a_request_and_no_reply(agent, question):
    with pytest.raises(HeldForReview) as held:
        actions.create_reply(agent, question, body=ADMISSION)

    review = ReviewRequest.objects.get()
    assert held.value.review_id == review.pk
    assert (review.author, review.thread, review.channel, review.text, review.status) == (
        agent,
        question,
        "community",
        ADMISSION,
        "pending",
    )
    assert [f["kind"] for f in review.findings] == ["legal_risk"]
    assert not Reply.objects.exists()


def test_posting_the_same_reply_for_review_twice_queues_it_once(agent, question):
    for _ in range(2):
        with pytest.raises(HeldForReview):
            actions.create_reply(agent, question, body=ADMISSION)

    assert ReviewRequest.objects.count() == 1


@pytest.mark.parametrize("text", [RUDE, ADMISSION])
def test_customers_are_not_checked(customer, other_customer, question, text):
    # Guidance's policy protects those who answer for the company. A member's own personal data
    # (a card number) is the customer check's (tests/guidance/test_customer_posts.py).
    reply = actions.create_reply(other_customer, question, body=text)

    assert reply.body == text
    assert not ReviewRequest.objects.exists()
    assert not AuditLog.objects.exists()


def test_super_users_are_checked(superuser, question):
    with pytest.raises(PublishBlocked):
        actions.create_reply(superuser, question, body=CARD)


def test_a_clean_reply_by_staff_is_published(agent, question):
    assert actions.create_reply(agent, question, body=CLEAN).body == CLEAN


def test_an_inform_finding_publishes_without_asking(agent, question):
    PolicyRule.objects.create(kind="hostile_tone", action="inform")

    reply = actions.create_reply(agent, question, body=RUDE)

    assert reply.body == RUDE
    assert not AuditLog.objects.exists()


def test_the_policy_decides_per_role(agent, superuser, question):
    PolicyRule.objects.create(kind="hostile_tone", action="block", author_role="superuser")

    with pytest.raises(PublishBlocked):
        actions.create_reply(superuser, question, body=RUDE)
    with pytest.raises(NeedsAcknowledgement):
        actions.create_reply(agent, question, body=RUDE)


def test_an_unrelated_review_does_not_let_a_draft_through(agent, moderator, question):
    other = ReviewRequest.objects.create(
        author=agent, channel="community", text="Something else", status="approved",
        final_text="Something else", thread=question,
    )  # fmt: skip

    with pytest.raises(HeldForReview):
        actions.create_reply(agent, question, body=ADMISSION, approved_review=other)


def test_a_staff_edit_is_checked_and_a_blocked_edit_changes_nothing(agent, question):
    reply = actions.create_reply(agent, question, body=CLEAN)

    with pytest.raises(PublishBlocked):
        actions.edit_reply(agent, reply, body=CARD)

    reply.refresh_from_db()
    assert reply.body == CLEAN
    assert not Revision.objects.exists()


def test_a_staff_edit_for_review_is_held_with_the_reply_as_target(agent, question):
    reply = actions.create_reply(agent, question, body=CLEAN)

    with pytest.raises(HeldForReview):
        actions.edit_reply(agent, reply, body=ADMISSION)

    review = ReviewRequest.objects.get()
    assert (review.thread, review.target_reply) == (question, reply)
    reply.refresh_from_db()
    assert reply.body == CLEAN
