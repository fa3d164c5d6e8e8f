"""The review queue and the champion queue with several items (session 25, qa-v13): on a phone
the review queue's rows are labelled cards (its five columns made the page 500 px wide on a
390 px phone), and on a laptop the champion queue shows each subject and offer clock whole
(equal columns cut the subject to two words and hid "14 Min." of "Angebot endet in 1 Std.
14 Min.")."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.core.publishing import HeldForReview
from openline.inbox.champions import actions as champion_actions
from openline.inbox.champions.selectors import champion_settings
from openline.inbox.models import ChampionArea, Conversation

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Cells whose words are wider than the cell (cut off, or hidden behind an ellipsis).
CLIPPED = """(selector) => [...document.querySelectorAll(selector)]
    .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
    .map(cell => cell.innerText.trim())"""
TITLES = [
    "Valves stopped responding after the router was swapped for a new one",
    "The courier keeps trying to deliver to the wrong house number",
    "Parcel left in the recycling bin on collection day",
]


def _german_page(new_page, live_server, username, width):
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, username)
    return page


def test_the_review_queue_fits_a_phone_with_its_labels(live_server, new_page):
    UserFactory(username="mo", display_name="Mo Moderator", role=Role.MODERATOR)
    agent = UserFactory(username="sam", display_name="Sam Okafor", role=Role.AGENT)
    customer = UserFactory(username="casey")
    space = SpaceFactory(name="Thermostats")
    for title in TITLES:
        thread = actions.create_thread(customer, space, kind="problem", title=title, body="Help.")
        with pytest.raises(HeldForReview):
            actions.create_reply(agent, thread, body="This is entirely our fault, I'm sorry.")
    page = _german_page(new_page, live_server, "mo", 390)

    page.goto(f"{live_server.url}/guidance/reviews/")

    rows = page.locator(".guidance-table tbody tr")
    expect(rows).to_have_count(3)
    assert page.evaluate(SIDEWAYS) <= 0
    for n in range(3):
        button = rows.nth(n).get_by_role("link", name="Prüfen").bounding_box()
        assert button is not None and button["x"] + button["width"] <= 390
    label = rows.first.locator("td").first.evaluate(
        "td => getComputedStyle(td, '::before').content"
    )
    assert label == '"Wartend: "'


@pytest.mark.parametrize("width", [1280, 390])
def test_the_champion_queue_shows_each_subject_and_offer_clock_whole(live_server, new_page, width):
    space = SpaceFactory(name="Orders and delivery")
    area = ChampionArea.objects.create(name="Orders and delivery", space=space)
    customer = UserFactory(username="casey", display_name="Nina Petrova")
    ingrid = UserFactory(username="ingrid", display_name="Ingrid Vos", role=Role.SUPERUSER)
    champion_actions.opt_in(ingrid, areas=[area])
    for title in TITLES:
        actions.create_thread(customer, space, kind="problem", title=title, body="Since Monday.")
    # An offer that ends in 1 h 14 or 15 min: the longest German clock ("Angebot endet in
    # 1 Std. 15 Min.").
    offered = timezone.now() - timedelta(minutes=champion_settings()["OFFER_MINUTES"] - 74.5)
    Conversation.objects.update(champion_offered_at=offered)
    page = _german_page(new_page, live_server, "ingrid", width)

    page.goto(f"{live_server.url}/champions/")

    expect(page.locator(".champion-offer")).to_have_count(3)
    expect(page.locator(".champion-offer").first).to_contain_text(re.compile(r"1 Std\. \d+ Min\."))
    assert page.evaluate(CLIPPED, "#offered td, #offered td a") == []
    assert page.evaluate(SIDEWAYS) <= 0
