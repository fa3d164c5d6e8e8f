"""The channels' part of `openline status`."""

import pytest

from openline.channels.health import check_channels
from openline.inbox import actions, ingestion
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import ChannelAccount

from ..inbox.conftest import item


@pytest.fixture
def conversation(account):
    return ingestion.ingest(account, item())[0].conversation


def test_a_channel_whose_delivery_failed_for_good_warns_with_the_reason(
    conversation, agent, channel, django_capture_on_commit_callbacks
):
    channel.failures.append(DeliveryError("550 no such mailbox", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, conversation, body="Please re-seat the OpenTherm wires.")
    check = check_channels()
    assert (check.state, check.summary) == ("warn", "1 active, 1 with errors")
    [report] = check.details["channels"]
    assert (report["queued"], report["failed"]) == (0, 1)
    assert report["last_delivery_error"] == "550 no such mailbox"


def test_a_broken_feed_warns_with_its_error_and_a_polled_one_does_not(db):
    ChannelAccount.objects.create(
        kind="feed",
        name="Press",
        config={
            "urls": ["https://a.example/feed", "https://b.example/feed"],
            "state": {
                "https://a.example/feed": {
                    "last_polled_at": "2026-12-01T09:00:00+00:00",
                    "last_error": "HTTP 404",
                },
                "https://b.example/feed": {
                    "last_polled_at": "2026-12-01T09:00:00+00:00",
                    "last_error": "",
                },
            },
        },
    )
    check = check_channels()
    assert check.state == "warn"
    assert check.details["channels"][0]["problems"] == ["https://a.example/feed: HTTP 404"]


def test_healthy_channels_are_ok(account):
    check = check_channels()
    assert (check.state, check.summary) == ("ok", "1 active, 0 with errors")
