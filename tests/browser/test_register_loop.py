"""The register's correction loop in the browser: "Not confidential here" under a register
finding of the live check, and a phrase selected in a post to name a register term."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.guidance import actions as guidance_actions
from openline.guidance.models import ConfidentialTerm, RegisterReport

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ORDINARY = "We watched the Kestrel hovering over the car park this morning."


@pytest.fixture
def thread():
    guidance_actions.add_confidential_term(
        None, term="Kestrel", note="code name of the new tablet launching in spring"
    )
    space = SpaceFactory(name="Tablets", slug="tablets")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="morgan", display_name="Morgan Mod", role=Role.MODERATOR)
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    return actions.create_thread(
        customer, space, kind="question", title="Birds at the depot?", body="Any photos?"
    )


def test_a_moderator_says_not_confidential_here_and_the_finding_goes(live_server, new_page, thread):
    page = new_page()
    sign_in(page, live_server.url, "morgan")
    page.goto(live_server.url + thread.get_absolute_url())

    page.locator("textarea[name=body]").fill(ORDINARY)
    live = page.locator(".guidance-live")
    expect(live.locator(".guidance-finding")).to_contain_text("Kestrel", timeout=15000)
    live.get_by_role("button", name="Not confidential here").click()

    expect(live.locator(".guidance-reported")).to_contain_text("no longer flags", timeout=10000)
    expect(live).to_be_hidden(timeout=10000)  # checked again: nothing left to say
    assert ConfidentialTerm.objects.get().ordinary_contexts == ["watched hovering car park"]


def test_an_agents_report_waits_and_the_finding_stays(live_server, new_page, thread):
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(live_server.url + thread.get_absolute_url())

    page.locator("textarea[name=body]").fill(ORDINARY)
    live = page.locator(".guidance-live")
    live.get_by_role("button", name="Not confidential here").click(timeout=15000)

    expect(live.locator(".guidance-reported")).to_contain_text("will decide", timeout=10000)
    expect(live.locator(".guidance-finding")).to_contain_text("Kestrel")
    assert RegisterReport.objects.get().status == "pending"


def test_words_selected_in_a_post_fill_the_phrase_to_name(live_server, new_page, thread):
    reply = actions.create_reply(
        thread.author, thread, body="A friend says the shiny new gizmo is coming soon."
    )
    page = new_page()
    sign_in(page, live_server.url, "morgan")
    page.goto(f"{live_server.url}/guidance/replies/{reply.pk}/name-term/")

    page.evaluate(
        """() => { const text = document.querySelector('[data-phrase-source]').firstChild;
        const at = text.textContent.indexOf('shiny new gizmo'); const range = new Range();
        range.setStart(text, at); range.setEnd(text, at + 15);
        getSelection().removeAllRanges(); getSelection().addRange(range); }"""
    )

    expect(page.locator("#id_phrase")).to_have_value("shiny new gizmo")
    page.select_option("#id_term", label="Kestrel")
    page.get_by_role("button", name="Add as a variant").click()
    page.wait_for_url(f"**{thread.get_absolute_url()}**")
    assert ConfidentialTerm.objects.get().variants == ["shiny new gizmo"]
