"""A reply held for review stays in its conversation: "waiting for review" with who reviews it,
then the outcome (returned with the reviewer's note, or approved and sent) where the author
and colleagues look."""

from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.accounts.models import Role
from openline.community import actions as community
from openline.core.publishing import HeldForReview, held_drafts
from openline.guidance import actions as guidance
from openline.guidance.models import ReviewRequest
from openline.inbox import actions as inbox
from openline.inbox import ingestion

from ..factories import UserFactory
from .conftest import item

ADMISSION = "This is entirely our fault, I'm sorry."


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, item())[0].conversation


@pytest.fixture
def held(agent, conversation):
    with pytest.raises(HeldForReview) as refused:
        inbox.reply(agent, conversation, body=ADMISSION)
    return ReviewRequest.objects.get(pk=refused.value.review_id)


def page(client, user, conversation):
    client.force_login(user)
    response = client.get(f"/inbox/{conversation.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_held_reply_shows_in_the_conversation_as_waiting_for_review(
    client, agent, conversation, held, channel
):
    html = page(client, agent, conversation)
    assert f'id="held-{held.pk}"' in html
    assert "Waiting for review" in html and "a moderator reviews it first" in html
    assert "entirely our fault" in html
    assert 'href="/guidance/my-reviews/"' in html  # the author's way to withdraw or follow it
    assert channel.sent == []


def test_a_waiting_reply_names_who_reviews_it_but_never_its_author(
    client, agent, moderator, conversation
):
    admin = UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)
    with pytest.raises(HeldForReview):
        inbox.reply(moderator, conversation, body=ADMISSION)
    with pytest.raises(HeldForReview):
        inbox.reply(agent, conversation, body="It was our fault entirely.")
    held = {h.author_id: h.reviewer for h in held_drafts(conversation_id=conversation.pk)}
    assert held == {moderator.pk: admin.name, agent.pk: f"{admin.name} or Morgan Mod"}
    html = page(client, agent, conversation)
    assert f"Not sent yet: {admin.name} or Morgan Mod reviews it first." in html


def test_past_three_reviewers_a_waiting_reply_names_three_and_another_moderator(
    agent, conversation, held
):
    for n in range(4):
        UserFactory(username=f"mod{n}", display_name=f"Mod {n}", role=Role.MODERATOR)
    (waiting,) = held_drafts(conversation_id=conversation.pk)
    assert waiting.reviewer == "Mod 0, Mod 1, Mod 2 or another moderator"


def test_a_reviewer_opening_the_conversation_gets_a_link_to_the_review(
    client, moderator, conversation, held
):
    assert f'href="/guidance/reviews/{held.pk}/"' in page(client, moderator, conversation)


def test_a_returned_reply_shows_the_reviewer_and_their_note(
    client, agent, moderator, conversation, held
):
    guidance.return_review(moderator, held, note="Say what went wrong, not whose fault it is.")
    html = page(client, agent, conversation)
    assert "Returned in review, not sent" in html
    assert "Returned by <strong>Morgan Mod</strong>" in html
    assert "Say what went wrong, not whose fault it is." in html


def test_an_approved_reply_says_who_approved_it_and_is_sent(
    client, agent, moderator, conversation, held, channel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guidance.approve_review(moderator, held)
    html = page(client, agent, conversation)
    assert "Approved by <strong>Morgan Mod</strong>" in html
    assert [body for _, body in channel.sent] == [ADMISSION]
    assert html.count("entirely our fault") == 1  # once, as the sent reply


def test_a_withdrawn_reply_leaves_the_conversation(client, agent, conversation, held):
    guidance.withdraw_review(agent, held)
    assert f'id="held-{held.pk}"' not in page(client, agent, conversation)


def test_the_held_replies_cost_one_query_however_many(
    client, agent, conversation, held, django_assert_max_num_queries
):
    client.force_login(agent)
    with CaptureQueriesContext(connection) as one:
        client.get(f"/inbox/{conversation.pk}/")
    for text in ["It was our fault entirely.", "This is all our fault, sorry."]:
        with pytest.raises(HeldForReview):
            inbox.reply(agent, conversation, body=text)
    assert ReviewRequest.objects.count() == 3
    with django_assert_max_num_queries(len(one)):
        client.get(f"/inbox/{conversation.pk}/")


def test_a_champion_sees_their_own_held_reply_and_no_colleagues(
    client, superuser, agent, space, customer, django_capture_on_commit_callbacks
):
    from openline.community import actions as community
    from openline.inbox.champions import actions as champions
    from openline.inbox.models import ChampionArea, Conversation

    champions.opt_in(superuser, areas=[ChampionArea.objects.create(name="T", space=space)])
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="problem", title="T2 flickers", body="Since 4.12."
        )
    conversation = Conversation.objects.get(thread=thread)
    champions.take_conversation(superuser, conversation)
    # Champions' flagged replies are refused rather than held; an unconfirmed address can
    # still hold one (UNVERIFIED_POSTS = "hold"), as here.
    ReviewRequest.objects.create(
        author=superuser, channel="community", conversation_id=conversation.pk, text=ADMISSION
    )
    colleague = ReviewRequest.objects.create(
        author=agent, channel="community", conversation_id=conversation.pk, text="Staff draft"
    )
    client.force_login(superuser)
    html = client.get(f"/champions/{conversation.pk}/").content.decode()
    assert "Waiting for review" in html and "entirely our fault" in html
    assert f'id="held-{colleague.pk}"' not in html and "Staff draft" not in html


def test_the_review_of_a_held_reply_shows_the_customers_message_it_answers(
    client, agent, moderator, account, sla
):
    """Session 26 (qa-v14): the review showed the draft alone ("A reply in conversation #3"),
    and the reviewer had to open the conversation to judge it against what was asked."""
    first = ingestion.ingest(account, item(text="My T2 shows E14 again."))[0].conversation
    asked = "Still E14 <script>alert(1)</script> after **the reset** you suggested."
    ingestion.ingest(account, item(external_id="m2", text=asked))
    with pytest.raises(HeldForReview) as refused:
        inbox.reply(agent, first, body=ADMISSION)
    later = replace(item(external_id="m3", text="Hello? Anyone?"), created_at=timezone.now())
    ingestion.ingest(account, later)
    client.force_login(moderator)

    html = client.get(f"/guidance/reviews/{refused.value.review_id}/").content.decode()

    answered = html.split('id="answered"', 1)[1].split("</section>", 1)[0]
    assert "Pat Doe" in answered
    assert "after <strong>the reset</strong> you suggested" in answered  # as the inbox shows it
    assert "<script>" not in answered
    assert "E14 again" not in answered and "Anyone?" not in answered  # the one it answers
    german = client.get(
        f"/guidance/reviews/{refused.value.review_id}/", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Die Kundennachricht, auf die diese Antwort eingeht" in german


def test_the_review_of_a_community_reply_has_no_customer_message(client, moderator, question):
    with pytest.raises(HeldForReview) as refused:
        community.create_reply(moderator, question, body=ADMISSION)
    reviewer = UserFactory(username="rev", display_name="Rev Iewer", role=Role.MODERATOR)
    client.force_login(reviewer)

    html = client.get(f"/guidance/reviews/{refused.value.review_id}/").content.decode()

    assert 'id="answered"' not in html
