"""Issue 5, connectors among employees: on a conversation the "Who knows this" panel loads
after the page, "Ask in a note" starts a note to the expert, and typing @ suggests them first
with the reason."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.inbox import ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount
from openline.people.actions import Sender

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_expert_is_suggested_and_asked_in_a_note(live_server, new_page):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    maya = UserFactory(username="maya", display_name="Maya Firmware", role=Role.AGENT)
    thread = actions.create_thread(
        customer,
        space,
        kind="question",
        title="T2 shows E14 after the firmware update",
        body="Help.",
    )
    reply = actions.create_reply(maya, thread, body="Re-seat the OpenTherm wires.")
    actions.accept_answer(customer, reply)
    account = ChannelAccount.objects.create(kind="email", name="Support mail")
    conversation = ingestion.ingest(
        account,
        InboundItem(
            external_id="m1@mail",
            conversation_key="m1",
            subject="Boiler error E14 after firmware update",
            text="My T2 shows E14 since the firmware update.",
            sender=Sender(channel_kind="email", external_id="pat@example.com", name="Pat"),
        ),
    )[0].conversation

    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(f"{live_server.url}/inbox/{conversation.pk}/")

    panel = page.locator("#experts")
    expect(panel.locator(".expert")).to_have_count(1)
    expect(panel).to_contain_text(maya.display_name)
    expect(panel).to_contain_text("1 answer on this topic, 1 accepted")
    panel.get_by_role("button", name="Ask in a note").click()
    note = page.locator("#note-form textarea")
    expect(note).to_have_value("@maya ")
    expect(note).to_be_focused()

    note.fill("")
    note.press_sequentially("@ma")
    suggestion = page.locator("#mention-suggestions li").first
    expect(suggestion).to_contain_text("@maya — Maya Firmware · 1 answer on this topic, 1 accepted")
