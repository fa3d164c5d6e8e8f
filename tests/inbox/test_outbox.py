import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from openline.inbox import actions, ingestion
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import (
    ConversationStatus,
    Delivery,
    DeliveryState,
    MessageKind,
)
from openline.inbox.tasks import MAX_ATTEMPTS, deliver, sweep_outbox
from openline.notifications.models import Notification

from .conftest import item


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, item())[0].conversation


def test_a_reply_is_queued_in_the_outbox_and_delivered_once(
    conversation, agent, channel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Please re-seat the OpenTherm wires.")
    delivery = Delivery.objects.get(message=message)
    assert delivery.state == DeliveryState.SENT
    assert channel.sent == [(str(delivery.idempotency_key), "Please re-seat the OpenTherm wires.")]
    deliver.call(delivery.pk)  # a duplicate task
    assert len(channel.sent) == 1
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.PENDING
    assert conversation.response_due_at is None and conversation.first_response_at is not None


def test_a_failed_send_is_retried_with_the_same_idempotency_key(
    conversation, agent, channel, django_capture_on_commit_callbacks
):
    channel.failures.append(DeliveryError("connection refused"))
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Trying again")
    delivery = Delivery.objects.get(message=message)
    assert (delivery.state, delivery.attempts, delivery.last_error) == (
        DeliveryState.QUEUED,
        1,
        "connection refused",
    )
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    deliver.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.SENT
    assert channel.sent[0][0] == str(delivery.idempotency_key)


def test_a_permanent_failure_is_visible_and_an_agent_can_retry_it(
    conversation, agent, channel, django_capture_on_commit_callbacks
):
    channel.failures.append(DeliveryError("address rejected", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Hello")
    delivery = Delivery.objects.get(message=message)
    assert (delivery.state, delivery.last_error) == (DeliveryState.FAILED, "address rejected")
    with django_capture_on_commit_callbacks(execute=True):
        actions.retry_delivery(agent, delivery)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.SENT


def test_a_delivery_gives_up_after_the_last_attempt(conversation, agent, channel):
    message = actions.reply(agent, conversation, body="Hello")
    delivery = message.delivery
    for _ in range(MAX_ATTEMPTS):
        channel.failures.append(DeliveryError("timeout"))
        Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        deliver.call(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.FAILED, MAX_ATTEMPTS)


def test_a_delivery_held_by_a_live_worker_is_not_sent_by_another(conversation, agent, channel):
    message = actions.reply(agent, conversation, body="Hello")
    Delivery.objects.filter(pk=message.delivery.pk).update(
        claimed_until=timezone.now() + timezone.timedelta(minutes=1)
    )
    assert deliver.call(message.delivery.pk) == "not due or taken by another worker"
    assert channel.sent == []


def test_the_sweep_recovers_deliveries_whose_worker_died(conversation, agent, channel):
    message = actions.reply(agent, conversation, body="Hello")  # the task never ran
    Delivery.objects.filter(pk=message.delivery.pk).update(
        next_attempt_at=timezone.now() - timezone.timedelta(minutes=5),
        claimed_until=timezone.now() - timezone.timedelta(minutes=1),
    )
    assert sweep_outbox() == 1
    assert channel.sent and Delivery.objects.get().state == DeliveryState.SENT


def test_internal_notes_are_never_delivered_and_notify_mentioned_colleagues(
    conversation, agent, moderator, customer, channel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        note = actions.add_note(
            agent, conversation, body="@morgan can you check the warranty? @casey no"
        )
    assert note.kind == MessageKind.NOTE
    assert not Delivery.objects.exists() and channel.sent == []
    assert list(Notification.objects.values_list("recipient__username", flat=True)) == ["morgan"]


def test_customers_cannot_reply_or_note(conversation, customer):
    with pytest.raises(PermissionDenied):
        actions.reply(customer, conversation, body="hi")
    with pytest.raises(PermissionDenied):
        actions.add_note(customer, conversation, body="hi")


def test_an_empty_reply_is_refused_and_nothing_queued(conversation, agent):
    with pytest.raises(ValidationError):
        actions.reply(agent, conversation, body="  ")
    assert not Delivery.objects.exists()


def test_a_mention_in_a_note_finds_the_colleague_whatever_the_case(
    conversation, agent, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.add_note(agent, conversation, body="@Morgan please look")
    assert Notification.objects.get().recipient == moderator
