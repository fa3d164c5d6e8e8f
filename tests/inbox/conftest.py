from datetime import UTC, datetime

import pytest

from openline.accounts.models import Role
from openline.inbox.adapters import InboundItem
from openline.people.actions import Sender

from ..factories import UserFactory


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


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", role=Role.ADMIN, display_name="Ada Admin")
