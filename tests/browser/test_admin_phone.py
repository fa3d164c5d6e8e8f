"""Django's admin on a phone, in German: a long change list's page numbers and its count
("1000 Reputationsereignisse") do not widen the page, and the index breaks no model's name
mid-word; Openline's admin styles are served by the app itself, after Django's."""

import datetime as dt

import pytest
from django.utils import timezone

from openline.people.models import ReputationEvent, ReputationKind

from ..factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def signed_in_in_german_on_a_phone(live_server, new_page):
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/accounts/signin/")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    return page


def test_a_long_change_lists_pages_fit_a_phone_in_german(live_server, new_page):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    member = UserFactory(username="nina")
    now = timezone.now()
    ReputationEvent.objects.bulk_create(
        ReputationEvent(user=member, kind=ReputationKind.choices[0][0], points=5, worth=5,
                        thread_id=n, created_at=now - dt.timedelta(minutes=n))
        for n in range(1000)
    )  # fmt: skip
    page = signed_in_in_german_on_a_phone(live_server, new_page)

    page.goto(f"{live_server.url}/admin/people/reputationevent/")

    paginator = page.locator(".paginator").first
    assert "1000 Reputationsereignisse" in paginator.inner_text()
    assert paginator.locator("li").count() >= 7  # 1 2 3 4 … 9 10
    wide = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert wide <= 0, f"{wide}px sideways"


# Each word of each model's name on the index (split at spaces and after hyphens, where a line
# may end) with the number of lines it takes: a word on two lines was broken mid-word.
WORDS_ON_LINES = """() => [...document.querySelectorAll(".dashboard th a")].flatMap(link => {
    const text = link.firstChild, words = [];
    for (const match of text.data.matchAll(/[^\\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
        words.push([match[0], tops.size]);
    }
    return words;
})"""


def test_the_index_breaks_no_models_name_mid_word_on_a_phone_in_german(live_server, new_page):
    """ "Benachrichtigungseinstellungen" and "Versandte Zusammenfassungen" beside their
    "Hinzufügen" and "Ändern" links broke mid-word ("Benachrichtigungsei|nstellungen")."""
    UserFactory(username="root", is_staff=True, is_superuser=True)
    page = signed_in_in_german_on_a_phone(live_server, new_page)

    page.goto(f"{live_server.url}/admin/")

    words = dict(page.evaluate(WORDS_ON_LINES))
    assert words["Benachrichtigungseinstellungen"] == 1
    assert words["Zusammenfassungen"] == 1
    assert [word for word, lines in words.items() if lines > 1] == []
    row = page.locator(".dashboard tr", has_text="Benachrichtigungseinstellungen")
    add, change = (row.locator(f"a.{link}").bounding_box() for link in ("addlink", "changelink"))
    assert add is not None and change is not None
    assert abs(add["y"] - change["y"]) < 2, "the row's links on one line, together"
    wide = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert wide <= 0, f"{wide}px sideways"
