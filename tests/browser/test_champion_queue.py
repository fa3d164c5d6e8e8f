"""Issue 5, end to end: a champion takes a problem from their queue, types a reply, sees the
guidance highlight a card number in place, fixes it and publishes; staff see the conversation
and its champion in the inbox's Champions queue."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CARD = "4111 1111 1111 1111"


def test_a_champion_takes_a_problem_answers_it_and_staff_see_it(live_server, new_page):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    area = ChampionArea.objects.create(name="Thermostats", space=space)
    customer = UserFactory(username="casey", display_name="Casey Customer")
    ingrid = UserFactory(username="ingrid", display_name="Ingrid Vos", role=Role.SUPERUSER)
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    champion_actions.opt_in(ingrid, areas=[area])
    thread = actions.create_thread(
        customer,
        space,
        kind="problem",
        title="T2 display flickers after 4.12",
        body="Every few seconds since the update.",
    )

    page = new_page()
    sign_in(page, live_server.url, "ingrid")
    page.goto(f"{live_server.url}/champions/")
    row = page.locator(".champion-offer", has_text="T2 display flickers after 4.12")
    row.locator("button", has_text="Take").click()
    expect(page.locator("h1")).to_have_text("T2 display flickers after 4.12")

    editor = page.locator("#reply-form textarea[name=body]")
    editor.fill("Sorry Casey! The refund went to ")
    editor.press_sequentially(f"{CARD} today.")
    mark = page.locator(".guidance-mirror mark[data-kind=payment_card]")
    expect(mark).to_have_text(CARD, timeout=15_000)
    expect(page.locator(".guidance-live")).to_contain_text("payment card number")

    editor.fill("Roll back to 4.11 from the app's firmware page; a fix is coming in 4.13.")
    expect(mark).to_have_count(0, timeout=15_000)
    page.click("#reply-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Reply sent")
    expect(page.locator(".message-reply")).to_contain_text("Roll back to 4.11")
    assert thread.replies.get().author == ingrid

    staff = new_page()
    sign_in(staff, live_server.url, "alex")
    staff.goto(f"{live_server.url}/inbox/?queue=champions")
    staff_row = staff.locator(".inbox-row", has_text="T2 display flickers after 4.12")
    expect(staff_row).to_contain_text("Champion: Ingrid Vos")
    staff_row.locator("a").first.click()
    expect(staff.locator("#champion")).to_contain_text("Ingrid Vos")
    expect(staff.locator("#take-over-form button")).to_be_visible()
