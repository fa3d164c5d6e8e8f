import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CARD = "4111 1111 1111 1111"


def test_an_agent_sees_a_card_number_highlighted_in_place_as_they_type(live_server, new_page):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    thread = actions.create_thread(
        customer, space, kind="problem", title="Refund for the broken T2 never arrived",
        body="I returned it three weeks ago.",
    )  # fmt: skip
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(live_server.url + thread.get_absolute_url())

    editor = page.locator("textarea[name=body]")
    # The emoji is two UTF-16 units but one code point: the offsets must be converted.
    editor.fill("Hi Casey 👋 the refund went to ")
    editor.press_sequentially(f"{CARD} yesterday.")

    mark = page.locator(".guidance-mirror mark[data-kind=payment_card]")
    expect(mark).to_have_text(CARD, timeout=15_000)
    expect(page.locator(".guidance-live")).to_contain_text(
        "This is a valid payment card number", timeout=15_000
    )
    box, area = mark.bounding_box(), editor.bounding_box()
    assert box["width"] > 0 and box["height"] > 0
    assert area["x"] <= box["x"] and box["x"] + box["width"] <= area["x"] + area["width"]

    page.click(".guidance-live .guidance-finding")
    selected = editor.evaluate("t => t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected == CARD


def test_a_refused_reply_lists_each_finding_once_after_the_page_checks_it_again(
    live_server, new_page
):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    thread = actions.create_thread(
        customer, space, kind="problem", title="Refund for the broken T2 never arrived",
        body="I returned it three weeks ago.",
    )  # fmt: skip
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(live_server.url + thread.get_absolute_url())
    page.locator("textarea[name=body]").fill(f"The refund went to {CARD} yesterday.")
    page.click("#reply-form button[type=submit]")

    expect(page.locator("#guidance-refusal")).to_contain_text("cannot be published")
    # The script checks the refused text again on load and redraws the list in place.
    expect(page.locator(".guidance-live button.guidance-finding")).to_have_count(1, timeout=15_000)
    expect(page.locator(".guidance-findings li")).to_have_count(1)
    expect(page.locator(".guidance-live")).to_contain_text("Payment card number")
