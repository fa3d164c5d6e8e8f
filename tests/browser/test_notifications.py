"""Issue 17, notifications: a colleague mentioned in an inbox note sees the badge, opens the
page (the badge clears), and follows a tag with one click; both fit a 390 px phone."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.inbox import actions as inbox
from openline.inbox import ingestion
from openline.notifications.models import Follow

from ..factories import TagFactory, UserFactory
from ..inbox.conftest import item
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1280, 390])
def test_a_mentioned_colleague_sees_the_badge_opens_the_page_and_it_clears(
    live_server, new_page, account, sla, width
):
    alex = UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    UserFactory(username="morgan", display_name="Morgan Mod", role=Role.MODERATOR)
    conversation = ingestion.ingest(account, item())[0].conversation
    inbox.add_note(alex, conversation, body="@morgan can you check the warranty?")

    page = new_page()
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, "morgan")
    expect(page.locator("a.notif .count")).to_have_text("1")

    page.locator("a.notif").click()
    expect(page.locator(".notification.unseen")).to_contain_text(
        "Alex Agent mentioned you in a note on “E14 again”"
    )
    expect(page.locator(".notification time")).to_have_text("just now")
    expect(page.locator("a.notif .count")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_following_a_tag_is_one_click_and_listed_in_the_preferences(live_server, new_page):
    TagFactory(slug="wifi", name="Wi-Fi")
    casey = UserFactory(username="casey", display_name="Casey Customer")
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 900})
    sign_in(page, live_server.url, "casey")

    page.goto(f"{live_server.url}/tags/wifi/")
    page.locator("form.follow button", has_text="Follow").click()
    expect(page.locator("form.follow button")).to_have_text("✓ Following")
    assert Follow.objects.filter(user=casey, about_type="community.tag", active=True).exists()

    page.goto(f"{live_server.url}/notifications/preferences/")
    expect(page.locator(".follow-row")).to_contain_text("Wi-Fi")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


# What the eye sees of a select: its chosen option's words, measured in the select's font,
# beside the room the select gives them (its padding and arrow taken off).
CLIPPED_CHOICES = """() => {
  const pen = document.createElement('canvas').getContext('2d');
  return [...document.querySelectorAll('.preference-row select')].filter(select => {
    const style = getComputedStyle(select);
    pen.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft)
      - parseFloat(style.paddingRight) - 20;
    return pen.measureText(select.selectedOptions[0].text).width > room;
  }).map(select => select.selectedOptions[0].text);
}"""

# Where a heading's lines break: the characters either side of each break.
LINE_BREAKS = """(selector) => {
  const text = document.querySelector(selector).firstChild;
  const range = document.createRange();
  const breaks = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i); range.setEnd(text, i + 1);
    // A range at a line's start may also give a zero-width box at the previous line's end.
    const rect = [...range.getClientRects()].filter(box => box.width > 0).pop();
    if (!rect) continue;
    if (top !== null && rect.top > top + 2) breaks.push(text.data.slice(Math.max(0, i - 1), i + 1));
    top = rect.top;
  }
  return breaks;
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_a_german_member_reads_each_notification_choice_whole(live_server, new_page, width):
    """The choices read "Auf der Website und in einer täglichen E-Ma" in a 24 rem select, and
    "…sofort per E-Ma" on a phone (session 24, qa-v11)."""
    UserFactory(username="casey", display_name="Casey Customer")
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, "casey")

    page.goto(f"{live_server.url}/notifications/preferences/")

    assert page.locator(".preference-row select").count() >= 5
    assert page.evaluate(CLIPPED_CHOICES) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_german_preferences_heading_breaks_between_the_words_parts_on_a_phone(
    live_server, new_page
):
    """ "Benachrichtigungseinstellungen" is wider than a phone: it broke after "…einst"."""
    UserFactory(username="casey", display_name="Casey Customer")
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": 390, "height": 900})
    sign_in(page, live_server.url, "casey")

    page.goto(f"{live_server.url}/notifications/preferences/")

    assert page.evaluate(LINE_BREAKS, "main h1") == ["\u00ade"]
