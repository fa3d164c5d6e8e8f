"""The ask form in the browser: the title counter, the tag picker by keyboard, the Markdown
preview and the confirmation after posting, at 1280 and 390 px."""

import os

import pytest
from django.conf import settings
from playwright.sync_api import expect

from openline.community.models import Thread

from ..factories import PASSWORD, SpaceFactory, TagFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS")  # a folder: save screenshots there to look at


@pytest.mark.parametrize("width", [1280, 390])
def test_a_member_asks_with_the_counter_the_tag_picker_and_a_preview(live_server, browser, width):
    SpaceFactory(name="Thermostats", slug="thermostats")
    for name, slug in [("Radiator valves", "valves"), ("Heat pumps", "heat-pumps"),
                       ("Thermostat T2", "t2"), ("App", "app")]:  # fmt: skip
        TagFactory(name=name, slug=slug)
    UserFactory(username="casey", display_name="Casey Customer")
    limit = settings.OPENLINE["TITLE_MAX"]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/signin/?next=/ask/")
    page.fill("input[name=username]", "casey")
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")

    page.fill("input[name=title]", "Valve clicks")
    expect(page.locator("#title-count")).to_have_text(f"12 / {limit} characters")
    page.fill("input[name=title]", "x" * (limit + 3))
    expect(page.locator("#title-count")).to_contain_text("too long: shorten the title")
    page.fill("input[name=title]", "Valve clicks all night")

    # The picker replaces the Ctrl-click list: type, arrow, Enter; the chip's remove button.
    expect(page.locator("select[name=tags]")).to_be_hidden()
    search = page.get_by_role("combobox", name="Product areas (optional)")
    search.fill("valv")
    expect(page.locator(".tag-options [role=option]")).to_have_text(["Radiator valves"])
    search.press("Enter")
    search.fill("heat")
    search.press("ArrowDown")
    search.press("Enter")
    chips = page.locator(".tag-picker .chip span")
    expect(chips).to_have_text(["Heat pumps", "Radiator valves"])
    page.get_by_role("button", name="Remove Heat pumps").click()
    expect(chips).to_have_text(["Radiator valves"])
    expect(page.get_by_role("status")).to_have_text("Heat pumps removed.")

    page.fill("textarea[name=body]", "Every night at **3am** the V1 clicks.\n\n- twice\n- loud")
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#preview .body")
    expect(preview.locator("strong")).to_have_text("3am")
    expect(preview.locator("li")).to_have_count(2)
    assert not Thread.objects.exists()  # previewing posted nothing
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/ask-form-{width}.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.get_by_role("button", name="Post").click()
    expect(page.locator("h1")).to_have_text("Valve clicks all night")
    expect(page.locator(".messages")).to_have_text(
        "Your question is posted. We will tell you when someone answers."
    )
    thread = Thread.objects.get()
    assert list(thread.tags.values_list("slug", flat=True)) == ["valves"]
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/ask-posted-{width}.png")
    context.close()


def test_without_javascript_the_tags_are_a_plain_multi_select(live_server, browser):
    SpaceFactory(name="Thermostats", slug="thermostats")
    TagFactory(name="Radiator valves", slug="valves")
    TagFactory(name="App", slug="app")
    UserFactory(username="casey", display_name="Casey Customer")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/signin/?next=/ask/")
    page.fill("input[name=username]", "casey")
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")
    page.fill("input[name=title]", "Valve clicks all night")
    page.fill("textarea[name=body]", "It clicks **loudly**.")
    page.select_option("select[name=tags]", ["app", "valves"])
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#preview strong")).to_have_text("loudly")
    expect(page.locator("input[name=title]")).to_have_value("Valve clicks all night")
    page.get_by_role("button", name="Post").click()
    expect(page.locator("h1")).to_have_text("Valve clicks all night")
    assert sorted(Thread.objects.get().tags.values_list("slug", flat=True)) == ["app", "valves"]
    context.close()


def test_tab_goes_from_the_product_area_box_to_the_post_button(live_server, browser):
    """With more product areas than its list shows at once, the open list scrolls, and Chromium
    lets Tab stop on a scrolling box: Tab from the search box went to the list, which closed
    as the box lost the focus, and the focus fell to the page (session 24, qa-v11)."""
    SpaceFactory(name="Thermostats", slug="thermostats")
    for n in range(12):
        TagFactory(name=f"Product area {n}", slug=f"area-{n}")
    UserFactory(username="casey", display_name="Casey Customer")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/signin/?next=/ask/")
    page.fill("input[name=username]", "casey")
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=-1")
    search = page.get_by_role("combobox", name="Product areas (optional)")
    search.focus()
    expect(page.locator(".tag-options")).to_be_visible()

    page.keyboard.press("Tab")

    expect(page.get_by_role("button", name="Post", exact=True)).to_be_focused()
    context.close()
