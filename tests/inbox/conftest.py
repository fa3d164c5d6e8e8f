from datetime import UTC, datetime

import pytest

from openline.inbox import adapters
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.models import ChannelAccount, SlaPolicy
from openline.people.actions import Sender


class RecordingAdapter:
    """A channel for tests: records what it was asked to send, fails when told to."""

    kind = "testchannel"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.failures: list[DeliveryError] = []

    def send(self, account, message, delivery) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((str(delivery.idempotency_key), message.body))
        return f"ref-{len(self.sent)}"


@pytest.fixture
def channel():
    adapter = RecordingAdapter()
    adapters.register(adapter)
    yield adapter
    adapters._adapters.pop(adapter.kind, None)


@pytest.fixture
def account(db, channel):
    return ChannelAccount.objects.create(kind="testchannel", name="Test channel")


@pytest.fixture
def sla(db):
    return SlaPolicy.objects.create(
        name="Standard", first_response_minutes=60, next_response_minutes=120, is_default=True
    )


def item(external_id="m1", key="c1", text="My T2 shows E14 again.", **sender):
    return InboundItem(
        external_id=external_id,
        conversation_key=key,
        text=text,
        subject="E14 again",
        sender=Sender(
            channel_kind="testchannel",
            external_id=sender.pop("sid", "u1"),
            name="Pat Doe",
            **sender,
        ),
        created_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    )
