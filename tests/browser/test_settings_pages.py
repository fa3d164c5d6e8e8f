"""The settings pages in a browser, at 1280 and 390 px: an admin reaches the index from the
header, and fills one form per section; a mistake comes back marked at its field with what was
typed kept; nothing scrolls sideways. OPENLINE_SCREENSHOTS=dir keeps a screenshot per page."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role, User
from openline.community.models import Space
from openline.guidance.models import ConfidentialTerm, PolicyRule
from openline.inbox.models import CannedReply, ChampionArea, ChannelAccount, SlaPolicy

from ..factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS", "")
SIZES = {"laptop": (1280, 900), "phone": (390, 844)}


def sign_in(page, base, username):
    page.goto(f"{base}/accounts/signin/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")


def fits(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/settings-{name}.png", full_page=True)
    wide = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert wide <= 0, f"{name}: {wide}px sideways"


@pytest.mark.parametrize("size", SIZES)
def test_an_admin_walks_the_settings_and_fills_one_form_per_section(live_server, new_page, size):
    UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)
    UserFactory(username="sam", display_name="Sam Agent", role=Role.AGENT, team="Care")
    Space.objects.create(name="Thermostats", slug="thermostats")
    base = live_server.url
    page = new_page()
    page.set_viewport_size(dict(zip(("width", "height"), SIZES[size], strict=True)))
    sign_in(page, base, "ada")

    page.get_by_role("link", name="Settings", exact=True).click()
    expect(page.get_by_role("heading", name="Settings", exact=True)).to_be_visible()
    fits(page, f"{size}-index")

    # SLA policies: a mistake in Tuesday's hours is marked there, the rest kept.
    page.get_by_role("link", name="SLA policies").first.click()
    page.get_by_role("link", name="Add a policy").click()
    page.fill("input[name=name]", "Business hours")
    page.select_option("select[name=time_zone]", "Europe/Berlin")
    page.fill("input[name=mon]", "09:00-17:00")
    page.fill("input[name=tue]", "09:00-13:00, 12:00-17:00")
    page.get_by_role("button", name="Save policy").click()
    expect(page.get_by_text("tue: the ranges overlap.")).to_be_visible()
    expect(page.locator("input[name=name]")).to_have_value("Business hours")
    fits(page, f"{size}-sla-error")
    page.fill("input[name=tue]", "09:00-12:00, 13:00-17:00")
    page.get_by_role("button", name="Save policy").click()
    expect(
        page.get_by_text("Europe/Berlin: Mon 09:00-17:00 · Tue 09:00-12:00, 13:00-17:00")
    ).to_be_visible()
    fits(page, f"{size}-sla-list")
    assert SlaPolicy.objects.get().time_zone == "Europe/Berlin"

    # Canned replies
    page.goto(f"{base}/settings/canned-replies/new/")
    page.fill("input[name=title]", "Reset the thermostat")
    page.fill("textarea[name=body]", "Hi {customer_name}, hold the button for ten seconds.")
    page.get_by_role("button", name="Save reply").click()
    expect(page.get_by_role("link", name="Reset the thermostat")).to_be_visible()
    fits(page, f"{size}-canned")
    assert CannedReply.objects.count() == 1

    # Guidance policy: the defaults are shown; profanity is overridden.
    page.goto(f"{base}/settings/guidance-policy/")
    expect(page.locator("#kind-payment_card")).to_contain_text("Block (the default)")
    fits(page, f"{size}-policy")
    page.get_by_role("link", name="Override the default for Profanity").click()
    page.select_option("select[name=action]", "inform")
    page.fill("input[name=note]", "Our community swears; we inform only")
    page.get_by_role("button", name="Save rule").click()
    expect(page.locator("#kind-profanity")).to_contain_text("Inform by a rule")
    assert PolicyRule.objects.get().action == "inform"

    # Confidential register
    page.goto(f"{base}/settings/register/new/")
    page.fill("input[name=term]", "Project Osprey")
    page.fill("textarea[name=variants]", "osprey-x")
    page.get_by_role("button", name="Save term").click()
    expect(page.get_by_role("link", name="Project Osprey")).to_be_visible()
    fits(page, f"{size}-register")
    assert ConfidentialTerm.objects.get().variants == ["osprey-x"]

    # Channels: a webhook shows its secret once.
    page.goto(f"{base}/settings/channels/")
    page.get_by_role("link", name="Webhook", exact=True).click()
    page.fill("input[name=name]", "Shop")
    page.get_by_role("button", name="Save channel").click()
    expect(page.locator("#secret")).to_contain_text("whsec_")
    fits(page, f"{size}-channel-secret")
    page.get_by_role("link", name="Done").click()
    expect(page.locator(f"#channel-{ChannelAccount.objects.get().pk}")).to_contain_text("OK")
    fits(page, f"{size}-channels")

    # Champion areas
    page.goto(f"{base}/champions/areas/")
    page.fill("input[name=name]", "Heating")
    page.select_option("select[name=space]", label="Thermostats")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator("table")).to_contain_text("Heating")
    fits(page, f"{size}-champion-areas")
    assert ChampionArea.objects.get().name == "Heating"

    # Staff and teams
    page.goto(f"{base}/accounts/staff/")
    page.get_by_label("Team of Sam Agent").fill("Billing")
    sam = User.objects.get(username="sam")
    page.locator(f"form:has(#team-{sam.pk}) button").click()
    expect(page.get_by_text("Sam Agent is in Billing.")).to_be_visible()
    fits(page, f"{size}-staff")
