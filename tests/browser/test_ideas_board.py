"""Issue 14, end to end: the ideas board fits a 1280 px screen and a 390 px phone; an agent links
a customer's conversation to an idea from the inbox; staff set the idea's status with a public
reason on its page; the reason shows in its history and the board files it under the status."""

import os

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.feedback import idea_actions
from openline.inbox.models import ChannelAccount, Conversation

from ..factories import SpaceFactory, TagFactory, UserFactory, upvote
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_board_fits_and_a_status_change_shows_its_reason(live_server, new_page):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    TagFactory(slug="heating", name="Heating")
    casey = UserFactory(username="casey", display_name="Casey Customer")
    agent = UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    titles = [
        "Group rooms by floor in the app so long lists stay readable",
        "Dark mode for the app",
        "Boost heating for exactly one hour from the lock screen widget",
    ]
    ideas = [
        actions.create_thread(casey, space, kind="idea", title=t, body="Please.", tags=["heating"])
        for t in titles
    ]
    for _ in range(3):
        upvote(UserFactory(), ideas[0])
    mail = ChannelAccount.objects.create(kind="email", name="Support mail")
    conversation = Conversation.objects.create(account=mail, external_id="m1", subject="Floors")
    idea_actions.link_conversation(agent, conversation, ideas[0])
    actions.change_status(agent, ideas[0], status="under_review", reason="The app team looks.")

    page = new_page()
    shots = os.environ.get("OPENLINE_SCREENSHOTS")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/ideas/?sort=demand")
        expect(page.locator(".idea-item").first).to_contain_text(titles[0])
        expect(page.locator(".idea-item").first).to_contain_text("4 in all")
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"the board is {overflow} px wide at {width} px"
        if shots:
            page.screenshot(path=f"{shots}/ideas-board-{width}.png", full_page=True)

    sign_in(page, live_server.url, "alex")
    # A second customer asks on e-mail: the agent links the conversation from the inbox.
    other = Conversation.objects.create(account=mail, external_id="m2", subject="Floors too")
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{live_server.url}/inbox/{other.pk}/")
    panel = page.locator("#idea-links")
    panel.locator("input[name=q]").fill("rooms by floor")
    panel.locator("button", has_text="Find").click()
    page.locator("#idea-links .idea-choices button", has_text="Link").click()
    expect(page.locator("#idea-links .idea-link-list")).to_contain_text(titles[0])
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 390, f"the conversation is {overflow} px wide at 390 px"
    if shots:
        page.locator("#idea-links").screenshot(path=f"{shots}/conversation-ideas-390.png")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{ideas[0].get_absolute_url()}")
    expect(page.locator("#idea-demand")).to_contain_text("5 people want this")
    expect(page.locator("#idea-demand")).to_contain_text("E-mail: 2")
    page.locator("details", has_text="Change the public status").locator("summary").click()
    page.select_option("select[name=status]", "planned")
    page.fill("textarea[name=reason]", "Coming in the spring release of the app.")
    page.click("text=Set status")
    expect(page.locator("#thread-status")).to_have_text("Planned")
    history = page.locator("#status-history li")
    expect(history).to_have_count(2)
    expect(history.nth(0)).to_contain_text("The app team looks.")
    expect(history.nth(1)).to_contain_text("Coming in the spring release of the app.")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.reload()
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"the idea is {overflow} px wide at {width} px"
        if shots:
            page.screenshot(path=f"{shots}/idea-status-{width}.png", full_page=True)

    page.goto(f"{live_server.url}/ideas/?status=planned")
    expect(page.locator(".idea-item")).to_have_count(1)
    expect(page.locator(".idea-item")).to_contain_text("Planned")
