"""Issue 16 in Chromium: the service dashboard and the public promise page fit a 1280 px
screen and a 390 px phone without sideways scrolling of the page (wide tables scroll inside
their own box), and the promise page can be read with the keyboard: headings in order, every
figure in a description list or a table."""

import os
from datetime import timedelta

import pytest
from django.utils import timezone

from openline.accounts.models import Role
from openline.inbox.models import ChannelAccount, Conversation, SlaPolicy
from openline.insights import rollups
from openline.insights.actions import save_promise
from openline.insights.models import PublishedFigure

from ..factories import UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("OPENLINE_SCREENSHOTS")  # a folder to keep the screenshots in


def _history() -> None:
    policy = SlaPolicy.objects.create(
        name="Office", first_response_minutes=120, is_default=True, time_zone="Europe/Berlin",
        business_hours={d: "08:00-18:00" for d in ("mon", "tue", "wed", "thu", "fri")},
    )  # fmt: skip
    accounts = [ChannelAccount.objects.create(kind=k, name=k) for k in ("email", "community", "x")]
    now = timezone.now()
    for n in range(120):
        came = now - timedelta(days=n % 40, hours=n % 7)
        Conversation.objects.create(
            account=accounts[n % 3], external_id=f"c{n}", created_at=came, sla_policy=policy,
            first_response_at=came + timedelta(minutes=15 + 11 * (n % 13)) if n % 9 else None,
            status="solved" if n % 4 else "open", solved_at=came + timedelta(hours=5),
            reopen_count=1 if n % 10 == 0 else 0,
        )  # fmt: skip
    rollups.refresh()


def _fits(page) -> bool:
    """The page's own content (the header's staff links are the site's, not this page's)."""
    return page.evaluate("document.querySelector('main').scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_dashboard_and_the_promise_fit_the_screen(live_server, new_page, width):
    UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN, team="Care")
    admin = UserFactory(username="root", role=Role.ADMIN)
    _history()
    save_promise(admin, text="We answer **every** question, in the open, within a working day.",
                 notes="We were slow in the week of the storm.",
                 published=list(PublishedFigure.values))  # fmt: skip
    page = new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/promise/")
    promise_fits = _fits(page)
    headings = page.locator("h1, h2, h3").all_inner_texts()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/promise-{width}.png", full_page=True)
    sign_in(page, live_server.url, "ada")
    page.goto(f"{live_server.url}/staff/service/")
    dashboard_fits = _fits(page)
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/service-{width}.png", full_page=True)
    assert (promise_fits, dashboard_fits) == (True, True)
    assert headings[:4] == ["Our service promise", "How we kept it", "Last 30 days", "Last 90 days"]
    assert page.locator("svg[role=img]").count() == 2


def test_the_dashboards_figures_keep_their_words_in_their_boxes_on_a_phone_in_german(
    live_server, new_page
):
    """A figure's German label has long words ("wie im Serviceversprechen"): in a box a phone
    shows two of side by side, the word ran out over the box's border."""
    UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN, team="Care")
    _history()
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, "ada")

    page.goto(f"{live_server.url}/staff/service/")

    assert "Serviceversprechen" in page.locator("#answered-any").inner_text()
    spilling = page.evaluate(
        "[...document.querySelectorAll('.figure')]"
        ".filter(box => box.scrollWidth > box.clientWidth).map(box => box.innerText)"
    )
    assert spilling == []
