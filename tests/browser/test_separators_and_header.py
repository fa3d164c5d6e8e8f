"""Two layout promises the walks found broken (session 24, qa-v11 found them, qa-v12 fixed them):
a "·" separator never begins a line on a phone (the byline's second line started with one), and
the header's search field shows its whole placeholder at 1280 px even when a staff member's
links take most of the row."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.core.publishing import HeldForReview
from openline.guidance.models import ReviewRequest
from openline.inbox.models import ChannelAccount, Conversation

from ..factories import SpaceFactory, UserFactory, answer, post
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The text of every "·" that sits at the left edge of its line (its block's left edge or the
# first thing after a line break within it).
DOTS_STARTING_A_LINE = """(selector) => {
  const found = [];
  for (const box of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const rects = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (!node.data[i].trim()) continue;
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width) rects.push({ch: node.data[i], left: r.left, top: r.top});
      }
    }
    rects.forEach((r, i) => {
      const first = i === 0 || rects[i - 1].top + 4 < r.top;
      if (r.ch === "·" && first) found.push(box.innerText.replace(/\\s+/g, " "));
    });
  }
  return found;
}"""

PLACEHOLDER_CUT = """() => {
  const field = document.querySelector("header input[type=search]");
  const style = getComputedStyle(field);
  const pen = document.createElement("canvas").getContext("2d");
  pen.font = style.font;
  const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return pen.measureText(field.placeholder).width > room ? field.placeholder : null;
}"""


def _page(new_page, live_server, *, width, language, username=None):
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": language})
    page.set_viewport_size({"width": width, "height": 844})
    if username:
        sign_in(page, live_server.url, username)
    return page


def test_no_line_of_a_threads_bylines_or_footer_starts_with_a_separator_on_a_phone(
    live_server, new_page
):
    asker = UserFactory(username="ines", display_name="Ines Vandenberghe-Lindqvist")
    helper = UserFactory(username="bo", display_name="Bo Rasmussen-Achterberg", role=Role.AGENT)
    thread = post(asker, SpaceFactory(name="Getting started and installing"), days_ago=3)
    answer(helper, thread, days_ago=2)
    for language in ("en", "de"):
        page = _page(new_page, live_server, width=390, language=language, username="ines")

        page.goto(f"{live_server.url}{thread.get_absolute_url()}")

        assert page.locator(".byline").count() == 2
        assert page.evaluate(DOTS_STARTING_A_LINE, ".byline, #thread > .muted, footer p") == []


def test_the_header_search_shows_its_whole_placeholder_at_1280_for_staff(live_server, new_page):
    UserFactory(username="sam", display_name="Sam Okafor", role=Role.AGENT)
    UserFactory(username="mo", display_name="Mo Moderator", role=Role.MODERATOR)
    for username in ("sam", "mo"):
        for language in ("en", "de"):
            page = _page(new_page, live_server, width=1280, language=language, username=username)

            assert page.evaluate(PLACEHOLDER_CUT) is None


def _dots_at_any_width(page, selector: str) -> list[str]:
    """The "·" that start a line at some width from 320 to 440 px, every 6 px: wherever a
    line's right edge falls, the separator stays with the item before it."""
    found: set[str] = set()
    for width in range(320, 441, 6):
        page.set_viewport_size({"width": width, "height": 844})
        found.update(f"{width}: {text}" for text in page.evaluate(DOTS_STARTING_A_LINE, selector))
    return sorted(found)


def test_no_line_of_a_thread_list_a_profile_or_a_review_starts_with_a_separator(
    live_server, new_page
):
    """Session 25 (qa-v13): the lists' line "Answered Question in Getting started ·
    Claire Dubois · 3 days ago" started a phone's second line with "·", and so could the
    profile's, the review's and the conversation's lines."""
    space = SpaceFactory(name="Getting started and installing")
    UserFactory(username="mo", display_name="Mo Moderator", role=Role.MODERATOR)
    agent = UserFactory(username="bo", display_name="Bo Rasmussen-Achterberg", role=Role.AGENT)
    names = ["Ines", "Claire Dubois", "Tim van Dijk", "Ines Vandenberghe-Lindqvist"]
    for n, name in enumerate(names):
        author = UserFactory(username=f"member_with_a_long_name_{n}", display_name=name)
        thread = post(author, space, days_ago=n + 1)
    answer(agent, thread, days_ago=1)
    with pytest.raises(HeldForReview):
        actions.create_reply(agent, thread, body="This is entirely our fault, I'm sorry.")
    review = ReviewRequest.objects.get()
    page = _page(new_page, live_server, width=390, language="de", username="mo")

    page.goto(f"{live_server.url}/")
    assert _dots_at_any_width(page, ".thread-item .muted") == []
    page.goto(f"{live_server.url}/u/member_with_a_long_name_3/")
    assert _dots_at_any_width(page, "main p") == []
    page.goto(f"{live_server.url}/guidance/reviews/{review.pk}/")
    assert _dots_at_any_width(page, "main > p.muted") == []
    # The conversation's facts are a flex row, where a "·" of its own is an item.
    problem = actions.create_thread(
        thread.author, space, kind="problem", title="E14 every morning", body="Since Monday."
    )
    mail = ChannelAccount.objects.create(kind="email", name="Support mail for Scandinavia")
    Conversation.objects.filter(thread=problem).update(account=mail, assignee=agent)
    page.goto(f"{live_server.url}/inbox/{Conversation.objects.get(thread=problem).pk}/")
    expect(page.locator("p.facts")).to_contain_text("Bo Rasmussen-Achterberg")
    assert _dots_at_any_width(page, "p.facts") == []


def test_no_line_of_a_sentence_with_separators_in_its_message_starts_with_one(
    live_server, new_page
):
    """Session 26 (qa-v14): messages that hold their own "·" ("1.234 Reputation · Vertrauensstufe
    2 (Mitglied)", "3 akzeptierte Antworten · 12 Antworten · 80 Reputation") broke before it on a
    phone; the message glues it now, in English and in German, and the reputation page's trust
    level box names its level in brackets."""
    space = SpaceFactory(name="Getting started and installing")
    helper = UserFactory(
        username="super_helper", display_name="Ines Vandenberghe-Lindqvist", role=Role.SUPERUSER
    )
    asker = UserFactory(username="asker", display_name="Tim van Dijk")
    for n in range(3):
        answer(helper, post(asker, space, title=f"Pairing question {n}", days_ago=n + 1))
    for language in ("de", "en"):
        page = _page(new_page, live_server, width=390, language=language, username="asker")

        page.goto(f"{live_server.url}/u/super_helper/")
        expect(page.locator("#standing")).to_be_visible()
        assert _dots_at_any_width(page, "#standing p") == []
        page.goto(f"{live_server.url}/superusers/")
        expect(page.locator("main .card")).to_have_count(1)
        assert _dots_at_any_width(page, "main .card p.muted") == []
        # a figure box's label: "2 Vertrauensstufe · Mitglied" broke after the glued "·"'s
        # space ("Vertrauensstufe ·" is wider than the box, which breaks any word that is)
        page.goto(f"{live_server.url}/me/reputation/")
        expect(page.locator(".figure").nth(1)).to_be_visible()
        assert _dots_at_any_width(page, ".figure") == []


def test_a_role_badge_keeps_the_separator_after_it_on_its_line(live_server, new_page):
    """Session 27 (qa-v15): on a phone the byline "Raj Patel [Staff · App Team] ·" put the "·"
    alone on the next line: a no-break space does not glue text to an inline-block (the badge),
    so the badge and its "·" are held together now, in the byline and in the thread lists."""
    space = SpaceFactory(name="App and integrations")
    asker = UserFactory(username="asker", display_name="Tim van Dijk")
    agent = UserFactory(
        username="raj", display_name="Raj Patel-Okonkwo", role=Role.AGENT, team="App Team"
    )
    helper = UserFactory(username="ines", display_name="Ines Vandenberghe", role=Role.SUPERUSER)
    thread = post(asker, space, days_ago=2)
    answer(agent, thread, days_ago=1)
    answer(helper, thread, days_ago=1)
    post(agent, space, title="Known issue: geofencing after the update", days_ago=1)
    for language in ("en", "de"):
        page = _page(new_page, live_server, width=390, language=language, username="asker")

        page.goto(f"{live_server.url}{thread.get_absolute_url()}")
        expect(page.locator(".byline .badge")).to_have_count(2)
        assert _dots_at_any_width(page, ".byline") == []
        page.goto(f"{live_server.url}{space.get_absolute_url()}")
        expect(page.locator(".thread-item .badge")).to_have_count(1)
        assert _dots_at_any_width(page, ".thread-item .muted") == []
