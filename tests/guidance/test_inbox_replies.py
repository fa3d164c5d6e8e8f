"""Inbox replies go through the same hook: held ones are sent by the inbox once approved, and
a reply the inbox delivers to a community thread is not held a second time."""

import pytest

from openline.community import actions as community
from openline.community.models import Reply
from openline.core.publishing import HeldForReview, NeedsAcknowledgement
from openline.guidance import actions
from openline.guidance.models import AuditLog, ReviewRequest
from openline.inbox import actions as inbox
from openline.inbox.models import Conversation, DeliveryState

ADMISSION = "This is entirely our fault, I'm sorry."
RUDE = "As I already told you, restart it."


@pytest.fixture
def conversation(account):
    return Conversation.objects.create(account=account, external_id="c1", subject="E14")


def test_an_approved_inbox_reply_is_sent_by_the_inbox(
    agent, moderator, conversation, channel, django_capture_on_commit_callbacks
):
    with pytest.raises(HeldForReview) as held:
        inbox.reply(agent, conversation, body=ADMISSION)
    review = ReviewRequest.objects.get(pk=held.value.review_id)

    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_review(moderator, review)

    review.refresh_from_db()
    assert (review.conversation_id, review.thread, review.status) == (
        conversation.pk,
        None,
        "approved",
    )
    assert [body for _, body in channel.sent] == [ADMISSION]


def test_an_acknowledged_inbox_reply_to_a_thread_is_published_once_and_audited_once(
    customer, agent, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    conversation = Conversation.objects.get(thread=thread)

    with django_capture_on_commit_callbacks(execute=True):
        message = inbox.reply(agent, conversation, body=RUDE, acknowledged=True)

    message.refresh_from_db()
    assert Reply.objects.get().body == RUDE
    assert message.delivery.state == DeliveryState.SENT
    assert AuditLog.objects.count() == 1


def test_the_same_text_posted_again_on_the_thread_is_checked_again(
    customer, agent, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    conversation = Conversation.objects.get(thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        inbox.reply(agent, conversation, body=RUDE, acknowledged=True)

    with pytest.raises(NeedsAcknowledgement):
        community.create_reply(agent, thread, body=RUDE)
