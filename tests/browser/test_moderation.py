"""Issue 17, end to end: a member flags a reply from the thread page; a moderator finds it in
the flag queue (which fits a 1280 px screen and a 390 px phone) and hides it; a visitor sees
"hidden by a moderator" instead of its text."""

import os

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SPAM = "Buy cheap watches today, the best prices anywhere"


def test_a_member_flags_a_reply_and_a_moderator_hides_it_from_the_queue(live_server, new_page):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    casey = UserFactory(username="casey", display_name="Casey Customer")
    spammer = UserFactory(username="sam", display_name="Sam Seller")
    UserFactory(username="morgan", display_name="Morgan Mod", role=Role.MODERATOR)
    thread = actions.create_thread(
        casey, space, kind="question", title="T2 display flickers after 4.12",
        body="Every few seconds since the update.",
    )  # fmt: skip
    actions.create_reply(spammer, thread, body=SPAM)

    member = new_page()
    sign_in(member, live_server.url, "casey")
    member.goto(f"{live_server.url}{thread.get_absolute_url()}")
    reply = member.locator("article.reply", has_text=SPAM)
    reply.locator("details.flag summary").click()
    reply.locator("input[value=spam]").check()
    reply.locator("[name=note]").fill("Advert for watches, nothing to do with thermostats")
    reply.locator("details.flag button[type=submit]").click()
    expect(member.locator(".messages")).to_contain_text("the moderators will look at it")

    moderator = new_page()
    sign_in(moderator, live_server.url, "morgan")
    shots = os.environ.get("OPENLINE_SCREENSHOTS")
    for width in (1280, 390):
        moderator.set_viewport_size({"width": width, "height": 900})
        moderator.goto(f"{live_server.url}/moderation/flags/")
        expect(moderator.locator(".flag-item")).to_contain_text("Advert for watches")
        overflow = moderator.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"the queue is {overflow} px wide at {width} px"
        if shots:
            moderator.screenshot(path=f"{shots}/flag-queue-{width}.png", full_page=True)
    moderator.locator(".flag-item button[value=hide]").click()
    expect(moderator.locator(".messages")).to_contain_text("Hidden")
    expect(moderator.locator("main")).to_contain_text("No open flags.")

    visitor = new_page()
    visitor.goto(f"{live_server.url}{thread.get_absolute_url()}")
    expect(visitor.locator("article.reply")).to_contain_text("Hidden by a moderator")
    expect(visitor.locator("article.reply")).not_to_contain_text(SPAM)
