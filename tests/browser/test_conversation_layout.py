"""The conversation page at 1280 and 390 px: the customer's message, then the reply box, with
the panels beside (or, on a phone, after) them; a held reply shows as waiting for review."""

import os

import pytest
from playwright.sync_api import expect

from openline.community import actions as community
from openline.core.publishing import HeldForReview
from openline.inbox import actions as inbox
from openline.inbox.champions import actions as champions
from openline.inbox.models import ChampionArea, Conversation, SlaPolicy

from ..factories import PASSWORD, SpaceFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_reply_box_follows_the_message_and_a_held_reply_waits_in_view(
    live_server, browser, width
):
    from openline.accounts.models import Role

    SlaPolicy.objects.create(name="Standard", is_default=True)
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    agent = UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    champion = UserFactory(username="ingrid", display_name="Ingrid Vos", role=Role.SUPERUSER)
    champions.opt_in(champion, areas=[ChampionArea.objects.create(name="T", space=space)])
    thread = community.create_thread(
        customer, space, kind="problem", title="T2 flickers after 4.12", body="Since the update."
    )
    conversation = Conversation.objects.get(thread=thread)
    with pytest.raises(HeldForReview):
        inbox.reply(agent, conversation, body="This is entirely our fault, I'm sorry.")

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/signin/?next=/inbox/{conversation.pk}/")
    page.fill("input[name=username]", "alex")
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")

    held = page.locator(".message-held")
    expect(held).to_contain_text("Waiting for review")
    expect(held).to_contain_text("a moderator reviews it first")
    last = page.locator(".conversation-messages > li").last.bounding_box()
    reply = page.locator("#reply").bounding_box()
    panel = page.locator("#champion").bounding_box()
    assert last and reply and panel
    assert reply["y"] >= last["y"] + last["height"]  # the reply box comes right after
    # The champion panel is beside the messages (1280) or below the reply box (390), never
    # between the message and the reply box.
    assert panel["x"] >= reply["x"] + reply["width"] or panel["y"] >= reply["y"] + reply["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/conversation-{width}.png", full_page=width == 390)
    context.close()
