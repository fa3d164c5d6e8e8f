"""The participation pages' figure boxes on a phone in German: a box's label keeps its long
words ("Vertrauensstufe", "Reagierende", "Mitglieder") inside the box, as the service
dashboard's do (participation/participation.css `.figure` took that page's `overflow-wrap` and
`hyphens` in session 23). Today's German words fit a 390 px phone's boxes even without that rule
(session 24, qa-v11, measured: the longest needs 95 of 124 px), so each test also gives every
box a longer label, a word wider than the box, which only that rule keeps inside (session 25,
qa-v13: without it the test fails)."""

import pytest

from openline.accounts.models import Role

from ..factories import SpaceFactory, UserFactory, answer, post
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SPILLING = (
    "[...document.querySelectorAll('.figure')]"
    ".filter(box => box.scrollWidth > box.clientWidth).map(box => box.innerText)"
)
# A label longer than any of today's: one word of 36 letters, about 250 px, twice a box's room.
LONGER_LABEL = (
    "document.querySelectorAll('.figure')"
    ".forEach(box => box.append(' Vertrauensstufenberechnungsgrundlage'))"
)


def _signed_in_german_phone(new_page, live_server, username):
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, username)
    return page


def test_the_participation_dashboards_figures_keep_their_words_in_their_boxes_on_a_phone(
    live_server, new_page
):
    UserFactory(username="mo", display_name="Mo Moderator", role=Role.MODERATOR)
    asker, helper = UserFactory(username="ines"), UserFactory(username="jakob")
    answer(helper, post(asker, SpaceFactory(), days_ago=3), days_ago=2)
    page = _signed_in_german_phone(new_page, live_server, "mo")

    page.goto(f"{live_server.url}/staff/participation/")

    assert page.locator(".figure").count() == 4
    assert "inaktive Mitglieder" in page.locator("#segments .figures").inner_text()
    assert page.evaluate(SPILLING) == []
    page.evaluate(LONGER_LABEL)
    assert page.evaluate(SPILLING) == []


def test_a_members_reputation_figures_keep_their_words_in_their_boxes_on_a_phone(
    live_server, new_page
):
    UserFactory(username="ines")
    page = _signed_in_german_phone(new_page, live_server, "ines")

    page.goto(f"{live_server.url}/me/reputation/")

    assert "Vertrauensstufe" in page.locator(".figures").inner_text()
    assert page.evaluate(SPILLING) == []
    page.evaluate(LONGER_LABEL)
    assert page.evaluate(SPILLING) == []
