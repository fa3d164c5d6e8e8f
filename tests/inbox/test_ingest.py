from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from openline.inbox.adapters import InboundAttachment, InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import Conversation, ConversationStatus, Message
from openline.people.actions import Sender
from openline.people.models import Person

from .conftest import item


def test_an_inbound_item_becomes_a_conversation_with_its_customer(account, sla):
    message, created = ingest(account, item())
    conversation = message.conversation
    assert created
    assert conversation.subject == "E14 again"
    assert conversation.customer.name == "Pat Doe"
    assert conversation.status == ConversationStatus.OPEN
    assert conversation.response_due_at is not None


def test_a_redelivered_item_changes_nothing_and_returns_the_same_conversation(account):
    first, _ = ingest(account, item())
    again, created = ingest(account, item(text="different text, same id"))
    assert not created
    assert again.pk == first.pk
    assert Message.objects.count() == 1
    assert Message.objects.get().body == "My T2 shows E14 again."


def test_the_same_external_id_on_another_account_is_another_message(account, channel, db):
    from openline.inbox.models import ChannelAccount

    other = ChannelAccount.objects.create(kind="testchannel", name="Other")
    ingest(account, item())
    ingest(other, item())
    assert Message.objects.count() == 2


def test_follow_ups_join_the_conversation_by_key_or_reply_reference(account):
    first, _ = ingest(account, item("m1", "c1"))
    by_key, _ = ingest(account, item("m2", "c1"))
    by_reply = ingest(
        account,
        InboundItem(
            external_id="m3",
            conversation_key="unknown-root",
            in_reply_to="m2",
            text="Any news?",
            sender=Sender(channel_kind="testchannel", external_id="u1"),
        ),
    )[0]
    assert by_key.conversation_id == first.conversation_id == by_reply.conversation_id
    assert Conversation.objects.count() == 1


def test_a_customer_message_reopens_a_solved_conversation_and_restarts_the_clock(account, sla):
    first, _ = ingest(account, item("m1"))
    Conversation.objects.filter(pk=first.conversation_id).update(
        status="solved", response_due_at=None
    )
    ingest(account, item("m2"))
    conversation = Conversation.objects.get()
    assert conversation.status == ConversationStatus.OPEN
    assert conversation.response_due_at > timezone.now() + timedelta(minutes=50)


def test_identities_with_the_same_verified_email_are_one_person(account):
    ingest(account, item("m1", "c1", sid="mail-1", email="pat@example.com", email_verified=True))
    ingest(account, item("m2", "c2", sid="hook-9", email="PAT@example.com", email_verified=True))
    ingest(account, item("m3", "c3", sid="hook-10", email="pat@example.com", email_verified=False))
    assert Person.objects.count() == 2
    assert Conversation.objects.filter(customer__email="pat@example.com").count() == 2


def test_an_item_without_an_id_is_refused_and_nothing_saved(account):
    with pytest.raises(ValidationError):
        ingest(account, item(external_id=""))
    assert not Conversation.objects.exists()


def test_attachments_are_kept_and_huge_ones_dropped_with_a_note(account, settings):
    settings.OPENLINE = {**settings.OPENLINE, "ATTACHMENT_MAX": 1000}
    message, _ = ingest(
        account,
        InboundItem(
            external_id="m1",
            conversation_key="c1",
            text="Photos attached",
            sender=Sender(channel_kind="testchannel", external_id="u1"),
            attachments=(
                InboundAttachment("wiring.jpg", "image/jpeg", b"x" * 900),
                InboundAttachment("video.mp4", "video/mp4", b"x" * 5000),
            ),
        ),
    )
    assert [a.filename for a in message.attachments.all()] == ["wiring.jpg"]
    assert "video.mp4" in message.raw["dropped_attachments"][0]


def test_an_image_in_a_customer_message_is_stored_as_a_link_not_loaded(account):
    message, _ = ingest(account, item(text="See ![photo](https://customer.example/open.gif?id=7)"))
    assert "<img" not in message.body_html
    assert 'href="https://customer.example/open.gif?id=7"' in message.body_html
