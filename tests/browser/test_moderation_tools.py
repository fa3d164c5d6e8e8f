"""Issue 17, the moderators' tools end to end: a new member's reply with a watched word waits
in the queue (which fits 1280 px and a 390 px phone) and its author sees it "waiting for
review"; the moderator approves it, pins the thread, merges a duplicate picked by searching,
and suspends a spammer, who is told why at sign-in."""

import os

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions, moderation, watched

from ..factories import PASSWORD, SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits(page, width):
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= width, f"{page.url} is {overflow} px wide at {width} px"


def test_a_moderator_works_the_queue_and_thread_tools(live_server, new_page):
    base = live_server.url
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    casey = UserFactory(username="casey", display_name="Casey Customer")
    nina = UserFactory(username="nina", display_name="Nina New")
    sam = UserFactory(username="sam", display_name="Sam Seller")
    morgan = UserFactory(username="morgan", display_name="Morgan Mod", role=Role.MODERATOR)
    watched.add_watched_word(morgan, phrase="discount code", action="hold")
    thread = actions.create_thread(
        casey, space, kind="question", title="T2 display flickers after 4.12",
        body="Every few seconds since the update.",
    )  # fmt: skip
    duplicate = actions.create_thread(
        sam, space, kind="question", title="Flickering screen on my T2 thermostat",
        body="Since yesterday the screen flickers.",
    )  # fmt: skip
    moderation.flag_post(casey, duplicate, reason="spam", note="Same question as mine")

    author = new_page()
    sign_in(author, base, "nina")
    author.goto(f"{base}{thread.get_absolute_url()}")
    author.fill("textarea[name=body]", "Same here. Use my DISC0UNT c0de for a new one!")
    author.locator("#reply-form form").first.locator("button[type=submit]").last.click()
    expect(author.locator(".messages")).to_contain_text("waits for a moderator")
    expect(author.locator("article.reply")).to_contain_text("Waiting for review")

    mod = new_page()
    sign_in(mod, base, "morgan")
    shots = os.environ.get("OPENLINE_SCREENSHOTS")
    for width in (1280, 390):
        mod.set_viewport_size({"width": width, "height": 900})
        mod.goto(f"{base}/moderation/flags/")
        expect(mod.locator("#held ~ .flag-item").first).to_contain_text("discount code")
        fits(mod, width)
        if shots:
            mod.screenshot(path=f"{shots}/moderation-queue-{width}.png", full_page=True)
        mod.goto(f"{base}/moderation/t/{duplicate.pk}/tools/?find=flickers")
        expect(mod.locator(".choice")).to_contain_text(thread.title)
        fits(mod, width)
        if shots:
            mod.screenshot(path=f"{shots}/thread-tools-{width}.png", full_page=True)

    mod.goto(f"{base}/moderation/flags/")
    held = mod.locator(".flag-item", has_text="discount code")
    held.locator("button[value=approve]").click()
    expect(mod.locator(".messages")).to_contain_text("Approved")
    expect(mod.locator("main")).to_contain_text("Nothing waits for review.")

    item = mod.locator(".flag-item", has_text="Same question as mine")
    item.locator("button[value=pin]").click()
    expect(mod.locator(".messages")).to_contain_text("Pinned")

    mod.goto(f"{base}/moderation/t/{duplicate.pk}/tools/")
    mod.fill("#tools-q", "T2 display")
    mod.locator("#merge button[type=submit]", has_text="Search").click()
    mod.locator(".choice", has_text=thread.title).locator("button").click()
    expect(mod.locator(".messages")).to_contain_text("Merged into")
    expect(mod.locator("main")).to_contain_text("Flickering screen on my T2 thermostat")

    mod.goto(f"{base}/moderation/suspensions/")
    mod.fill("#sus-username", "sam")
    mod.select_option("#sus-days", "30")
    mod.fill("#sus-reason", "Advertising in every thread")
    mod.locator("button", has_text="Suspend and sign them out").click()
    expect(mod.locator(".messages")).to_contain_text("Sam Seller is suspended until")
    if shots:
        mod.set_viewport_size({"width": 390, "height": 900})
        mod.screenshot(path=f"{shots}/suspensions-390.png", full_page=True)
        fits(mod, 390)

    spammer = new_page()  # refused: the sign-in page says why (the shared helper waits for home)
    spammer.goto(f"{base}/accounts/signin/")
    spammer.fill("input[name=username]", "sam")
    spammer.fill("input[name=password]", PASSWORD)
    spammer.click("button[type=submit]")
    expect(spammer.locator("main")).to_contain_text("Your account is suspended until")
    expect(spammer.locator("main")).to_contain_text("Advertising in every thread")
    assert nina.pk and casey.pk
