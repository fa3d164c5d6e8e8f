"""An open inbox in a browser: new conversations and messages appear by themselves (polled every
second), the keyboard works the queue, the reply box inserts canned replies and the note box
suggests colleagues."""

import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from openline.inbox import ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.models import CannedReply, ChannelAccount, Conversation
from openline.people.actions import Sender

from .live import served_alone
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def item(external_id="m1", key="c1", text="My T2 shows E14 again."):
    return InboundItem(
        external_id=external_id,
        conversation_key=key,
        text=text,
        subject="E14 again",
        sender=Sender(channel_kind="testchannel", external_id="u1", name="Pat Doe"),
        created_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    )


def test_an_open_inbox_shows_new_conversations_live_and_answers_to_the_keyboard(
    live_server, new_page, channel, agent
):
    account = ChannelAccount.objects.create(kind="testchannel", name="Test channel")
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(f"{live_server.url}/inbox/?queue=all")
    expect(page.locator(".inbox-row")).to_have_count(0)

    with served_alone():
        ingestion.ingest(account, item("m1", "c1", text="The display is blank"))
    row = page.locator(".inbox-row")
    expect(row).to_have_count(1, timeout=10_000)  # polled every second

    page.keyboard.press("j")
    expect(row).to_have_class(re.compile("is-selected"))
    page.keyboard.press("a")
    expect(row).to_contain_text("Alex Agent", timeout=10_000)
    page.keyboard.press("?")
    expect(page.locator("#inbox-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#inbox-help")).to_be_hidden()

    page.keyboard.press("o")
    expect(page.locator("h1")).to_have_text("E14 again")
    page.keyboard.press("r")
    page.keyboard.type("sorry about that")  # "s" while typing does not solve
    page.keyboard.press("Control+Enter")
    expect(page.locator(".messages")).to_contain_text("Reply queued for delivery.")
    with served_alone():
        ingestion.ingest(account, item("m2", "c1", text="It works again, thanks"))
    expect(page.locator(".message-inbound").last).to_contain_text("It works again", timeout=10_000)
    assert [body for _, body in channel.sent] == ["sorry about that"]


def test_the_reply_box_inserts_canned_replies_and_the_note_box_suggests_colleagues(
    live_server, new_page, channel, agent, moderator
):
    account = ChannelAccount.objects.create(kind="testchannel", name="Test channel")
    conversation = ingestion.ingest(account, item())[0].conversation
    canned = CannedReply.objects.create(title="Reset", body="Hi {customer_name}, reset it.")
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(f"{live_server.url}/inbox/{conversation.pk}/")

    page.select_option("#canned-select", str(canned.pk))
    page.click("#canned-form button")
    expect(page.locator("#reply-form textarea")).to_have_value("Hi Pat Doe, reset it.")
    page.keyboard.press("Escape")  # leave the reply box: shortcuts never fire while typing
    page.keyboard.press("n")
    page.keyboard.type("Over to @mor")
    expect(page.locator("#mention-suggestions li")).to_have_text(
        ["@morgan — Morgan Mod · Community"]
    )
    page.keyboard.press("Enter")
    expect(page.locator("#note-form textarea")).to_have_value("Over to @morgan ")
    page.keyboard.press("Escape")
    page.keyboard.press("e")
    expect(page).to_have_url(f"{live_server.url}/inbox/")
    assert Conversation.objects.get().status == "solved"
