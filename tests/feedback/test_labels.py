"""Every customer message and post is read for its intent and sentiment in the background;
the inbox shows and filters by it, and an agent corrects it in one form."""

import pytest

from openline.community import actions as community
from openline.feedback import actions
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import Conversation
from openline.language.models import TextLabel
from openline.people.actions import Sender


def item(n: int, text: str, key: str = "c1") -> InboundItem:
    sender = Sender(channel_kind="testchannel", external_id="pat", name="Pat")
    return InboundItem(external_id=f"m{n}", conversation_key=key, sender=sender, text=text)


@pytest.fixture
def account(channel, db):
    from openline.inbox.models import ChannelAccount

    return ChannelAccount.objects.create(kind="testchannel", name="Tests")


ANGRY = "This is the third time the heating died this week. Terrible service, I want a refund!"
HAPPY = "Thank you so much, the new valve works perfectly and support was brilliant."


def test_an_inbound_message_is_read_after_it_is_stored(account, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, item(1, ANGRY))
    label = TextLabel.objects.get(kind="message", object_id=message.pk)
    assert label.sentiment == "negative" and label.sentiment_score < 0
    assert label.intent in {"complaint", "problem"}
    assert label.language == "en"
    conversation = Conversation.objects.get()
    assert (conversation.intent, conversation.sentiment) == (label.intent, "negative")


def test_the_conversation_shows_the_latest_customer_message(
    account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ingest(account, item(1, ANGRY))
    with django_capture_on_commit_callbacks(execute=True):
        ingest(account, item(2, HAPPY))
    conversation = Conversation.objects.get()
    assert (conversation.intent, conversation.sentiment) == ("praise", "positive")


def test_reading_twice_changes_nothing(account, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, item(1, ANGRY))
    assert actions.read_messages([message.pk]) == 0  # text and model unchanged


def test_the_inbox_filters_by_sentiment_and_intent(
    client, agent, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ingest(account, item(1, ANGRY, key="angry"))
        ingest(account, item(2, HAPPY, key="happy"))
    client.force_login(agent)
    angry = Conversation.objects.get(external_id="angry")
    happy = Conversation.objects.get(external_id="happy")
    negative = client.get("/inbox/", {"queue": "all", "sentiment": "negative"}).content.decode()
    assert f'id="conversation-{angry.pk}"' in negative
    assert f'id="conversation-{happy.pk}"' not in negative
    praise = client.get("/inbox/", {"queue": "all", "intent": "praise"}).content.decode()
    assert f'id="conversation-{happy.pk}"' in praise
    assert f'id="conversation-{angry.pk}"' not in praise


def test_an_agent_corrects_a_reading_and_the_conversation_follows(
    client, agent, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, item(1, "Is the T3 compatible with a Vaillant boiler?"))
    client.force_login(agent)
    page = client.get(f"/inbox/{message.conversation_id}/").content.decode()
    assert f'action="/feedback/labels/message/{message.pk}/"' in page
    answer = client.post(
        f"/feedback/labels/message/{message.pk}/", {"intent": "idea", "sentiment": "positive"}
    )
    assert answer.status_code == 302
    label = TextLabel.objects.get(kind="message", object_id=message.pk)
    assert (label.final_intent, label.final_sentiment, label.corrected_by) == (
        "idea", "positive", agent,
    )  # fmt: skip
    assert (Conversation.objects.get().intent, Conversation.objects.get().sentiment) == (
        "idea", "positive",
    )  # fmt: skip
    assert actions.correction_counts() == {"message": 1}
    # A re-reading (same text, same model) keeps the person's correction.
    actions.read_messages([message.pk])
    assert TextLabel.objects.get(kind="message", object_id=message.pk).final_intent == "idea"


def test_a_customer_cannot_correct_and_a_bad_value_is_refused(
    client, customer, agent, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, item(1, ANGRY))
    client.force_login(customer)
    url = f"/feedback/labels/message/{message.pk}/"
    assert client.post(url, {"intent": "praise", "sentiment": "positive"}).status_code == 403
    client.force_login(agent)
    client.post(url, {"intent": "shouting", "sentiment": "positive"})
    label = TextLabel.objects.get(kind="message", object_id=message.pk)
    assert label.corrected_intent == "" and label.corrected_at is None


def test_a_customer_thread_is_read_too(customer, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="feedback", title="Love the new schedule screen", body=HAPPY
        )
    assert TextLabel.objects.get(kind="thread", object_id=thread.pk).sentiment == "positive"
