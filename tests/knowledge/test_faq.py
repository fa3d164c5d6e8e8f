"""FAQ candidates count questions asked in private too: e-mails, social messages and webhooks
answered in the inbox join the community's threads when they ask the same, and a question only
ever asked in private is proposed with the customer's words and staff's answer masked."""

import pytest

from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount, Conversation
from openline.knowledge import articles, faq
from openline.people.actions import Sender

NIGHTLY = (
    "Hello, my thermostat drops off the wifi every night and the app cannot reach it until "
    "I restart the router. Call me on +44 7700 900123 or mail jo.bloggs@example.com. Jo"
)
ANSWER = "Set the router's wifi channel to 1, 6 or 11; the thermostat then keeps its connection."


@pytest.fixture
def mailbox(db):
    return ChannelAccount.objects.create(
        kind="email", name="Support mail", config={"address": "help@company.example"}
    )


@pytest.fixture
def asked(mailbox, django_capture_on_commit_callbacks):
    """Stores a customer's e-mail as the inbox does, with what follows its commit (the
    background embedding, run at once by the test task backend)."""
    count = iter(range(1, 1000))

    def make(text: str, subject: str = "") -> Conversation:
        n = next(count)
        sender = Sender(
            channel_kind="email", external_id=f"c{n}@example.com", name=f"Customer {n}",
            email=f"c{n}@example.com",
        )  # fmt: skip
        with django_capture_on_commit_callbacks(execute=True):
            message, _ = ingest(
                mailbox,
                InboundItem(
                    external_id=f"<m{n}@example.com>",
                    conversation_key=f"<m{n}@example.com>",
                    sender=sender,
                    text=text,
                    subject=subject,
                ),
            )
        return message.conversation

    return make


def test_private_questions_join_the_community_threads_asking_the_same(
    client, agent, customer, space, post, asked
):
    post(customer, space, "Thermostat keeps dropping off the wifi at night", "Offline at night.")
    post(customer, space, "My thermostat loses its wifi connection every night", "Every night.")
    asked(NIGHTLY, "Wifi drops every night")
    asked("The thermostat disconnects from the wifi overnight, every single night.", "Offline")
    asked("How do I change the billing address on my invoice? We moved.", "Billing address")

    (group,) = faq.compute().items
    assert group.asked == 4
    assert len(group.threads) == 2 and len(group.conversations) == 2
    assert group.channels == [("Support mail", 2)]
    client.force_login(agent)
    page = client.get("/staff/faq/?fresh=1").content.decode()
    assert "Asked 4 times" in page and "2 in private (Support mail 2)" in page
    assert "jo.bloggs@example.com" not in page and "900123" not in page


def test_a_question_only_ever_asked_in_private_is_proposed_masked(client, agent, asked):
    conversations = [
        asked(NIGHTLY, "Wifi drops every night"),
        asked("My thermostat loses the wifi each night; the app says offline.", "Offline"),
        asked("Every night the thermostat disconnects from our wifi network.", "Wifi at night"),
    ]
    inbox_actions.reply(agent, conversations[0], body=ANSWER)

    (group,) = faq.compute().items
    assert group.threads == [] and group.asked == 3
    # The newest asker has no answer yet: the candidate shows staff's answer to an earlier one.
    assert "channel to 1, 6 or 11" in group.private_answer
    client.force_login(agent)
    page = client.get("/staff/faq/?fresh=1").content.decode()
    assert "Asked 3 times" in page
    assert "jo.bloggs@example.com" not in page and "900123" not in page
    ids = ",".join(str(c.pk) for c in sorted(conversations, key=lambda c: -c.pk))
    assert f"conversations={ids}" in page

    draft = articles.draft_from_threads(agent, [], [c.pk for c in group.conversations])
    assert draft.sources == []
    assert "wifi" in draft.question.lower() or "wi-fi" in draft.question.lower()
    assert "jo.bloggs@example.com" not in draft.question + draft.answer
    form = client.get(f"/kb/new/?threads=&conversations={conversations[0].pk}").content.decode()
    assert "channel to 1, 6 or 11" in form and "jo.bloggs@example.com" not in form


def test_conversations_read_as_praise_are_not_counted(asked):
    for text in (
        "Thank you, the thermostat has kept its wifi every night since the fix!",
        "Great support, the wifi drops at night are gone, thanks a lot.",
        "Thanks! No more wifi drop-outs at night with the thermostat.",
    ):
        asked(text, "Thanks")
    Conversation.objects.update(intent="praise")
    assert faq.compute().items == []


def test_a_group_an_article_already_answers_is_not_proposed(
    agent, asked, django_capture_on_commit_callbacks
):
    for text, subject in (
        (NIGHTLY, "Wifi drops every night"),
        ("My thermostat loses the wifi each night; the app says offline.", "Offline"),
        ("Every night the thermostat disconnects from our wifi network.", "Wifi at night"),
    ):
        asked(text, subject)
    assert len(faq.compute().items) == 1
    with django_capture_on_commit_callbacks(execute=True):
        articles.save_article(
            agent, None, question="Why does my thermostat drop off the wifi every night?",
            details="The thermostat goes offline at night.", answer=ANSWER, source_ids=[],
            publish=True,
        )  # fmt: skip
    assert faq.compute().items == []


def test_staff_only_see_the_page(client, customer):
    client.force_login(customer)
    assert client.get("/staff/faq/").status_code == 403


def test_private_candidates_are_read_in_the_same_number_of_queries_however_many(agent, asked):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def wifi_group() -> None:
        for text in (
            NIGHTLY,
            "My thermostat loses the wifi each night; the app says offline.",
            "Every night the thermostat disconnects from our wifi network.",
        ):
            inbox_actions.reply(agent, asked(text, "Wifi at night"), body=ANSWER)

    wifi_group()
    with CaptureQueriesContext(connection) as one:
        assert len(faq.compute().items) == 1
    for text in (
        "How do I change the billing address on my invoice? We moved house.",
        "We moved: where do I update the address printed on invoices?",
        "Invoice shows our old address, how can I change it?",
    ):
        inbox_actions.reply(agent, asked(text, "Invoice address"), body="Settings, Billing.")
    with CaptureQueriesContext(connection) as two:
        assert len(faq.compute().items) == 2
    assert len(two.captured_queries) == len(one.captured_queries)


def test_the_best_answer_is_quoted_as_text_not_as_its_markdown(
    client, agent, customer, space, post
):
    """The quote showed the answer's source: "Fixed in **4.2.1** (see [the notes](…))"."""
    from openline.community import actions as community

    threads = [
        post(customer, space, "Thermostat keeps dropping off the wifi at night", "Offline."),
        post(customer, space, "My thermostat loses its wifi connection every night", "Nightly."),
        post(customer, space, "Thermostat drops off the wifi every night", "Every night."),
    ]
    answer = community.create_reply(
        agent, threads[0], body="Fixed in **4.2.1**: see [the notes](https://example.com/n)."
    )
    community.accept_answer(customer, answer)
    client.force_login(agent)

    page = client.get("/staff/faq/?fresh=1").content.decode()

    quote = page[page.index('<blockquote class="muted faq-answer">') :].split("</blockquote>")[0]
    assert "Fixed in 4.2.1: see the notes." in quote
    assert "**" not in quote and "](" not in quote
    # and each "·" of the counts' line is glued to the words before it (no line starts with one)
    assert 'Asked 3 times</strong>&nbsp;<span class="muted">· ' in page
