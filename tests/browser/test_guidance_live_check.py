"""A pasted draft in the reply box: the first answers of the live check read only some of its
sentences, the box says it is still checking (never that nothing was found) and asks again
until the hostile last sentence is found."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.language import wording

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = "Honestly, most people manage to read the label first."
# Plain sentences the first stage leaves open (their cue terms and word pieces do not settle
# them), so the model must read each: more than one live answer's allowance.
ROUTINE = [f"Just restart router {n} and try the setup again." for n in range(6)]
# Every change of the live region, as the person sees it.
RECORD = """
window.guidanceStates = [];
new MutationObserver(function () {
  var live = document.querySelector(".guidance-live");
  if (live) window.guidanceStates.push({hidden: live.hidden, text: live.textContent});
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""


def test_a_pasted_draft_shows_checking_until_its_last_sentence_is_read(
    live_server, new_page, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": True}
    wording.clear_cache()
    space = SpaceFactory(name="Sofas", slug="sofas")
    customer = UserFactory(username="casey", display_name="Casey Customer")
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT)
    thread = actions.create_thread(
        customer, space, kind="problem", title="Where is my sofa?", body="It was due Monday."
    )
    page = new_page()
    answers = []
    page.on(
        "response",
        lambda r: answers.append(r.json()) if r.url.endswith("/guidance/check") else None,
    )
    sign_in(page, live_server.url, "alex")
    page.goto(live_server.url + thread.get_absolute_url())
    page.evaluate(RECORD)

    page.locator("textarea[name=body]").fill(" ".join([*ROUTINE, HOSTILE]))

    live = page.locator(".guidance-live")
    expect(live.locator(".guidance-finding")).to_contain_text("Hostile tone", timeout=15000)
    expect(live).not_to_contain_text("Still checking")
    assert answers[0]["complete"] is False and answers[-1]["complete"] is True
    states = page.evaluate("window.guidanceStates")
    shown = [s for s in states if s["text"]]
    assert "Still checking" in shown[0]["text"]
    # From the first answer on, the region never went blank ("nothing found") while checking.
    first = states.index(shown[0])
    assert not any(s["hidden"] or not s["text"] for s in states[first:])
    expect(page.locator(".guidance-mirror mark[data-kind=hostile_tone]")).to_have_text(HOSTILE)
