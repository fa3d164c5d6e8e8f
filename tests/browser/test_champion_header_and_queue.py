"""A champion's way in and their own conversations (session 26, qa-v14): the header links a
super-user who opted in to the champion queue, and the queue's "My conversations" says "first
answer" once on a laptop (the column's header; the cell repeated it: "Erstreaktion |
Erstreaktion fällig in 2 Std.") and in the cell only on a phone's card, where the headers are
hidden."""

import pytest
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea, Conversation

from ..factories import SpaceFactory, UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _page(new_page, live_server, username, width, language="de"):
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": language})
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, username)
    return page


@pytest.mark.parametrize("width", [1280, 390])
def test_a_champion_opens_the_queue_from_the_header_and_reads_first_answer_once(
    live_server, new_page, width
):
    space = SpaceFactory(name="Orders and delivery")
    area = ChampionArea.objects.create(name="Orders and delivery", space=space)
    customer = UserFactory(username="casey", display_name="Nina Petrova")
    ingrid = UserFactory(username="ingrid", display_name="Ingrid Vos", role=Role.SUPERUSER)
    UserFactory(username="other", display_name="Olaf Other", role=Role.SUPERUSER)
    champion_actions.opt_in(ingrid, areas=[area])
    actions.create_thread(customer, space, kind="problem", title="Parcel lost", body="Since May.")
    champion_actions.take_conversation(ingrid, Conversation.objects.get())
    page = _page(new_page, live_server, "ingrid", width)

    page.get_by_role("navigation", name="Konto").get_by_role(
        "link", name="Champion-Warteschlange"
    ).click()

    page.wait_for_url(f"{live_server.url}/champions/")
    cell = page.locator(".champion-mine td").nth(2)
    expect(cell).to_contain_text("fällig in", use_inner_text=True)
    if width == 1280:
        expect(page.locator("#mine thead")).to_contain_text("Erstreaktion")
        expect(cell).not_to_contain_text("Erstreaktion", use_inner_text=True)
    else:
        expect(page.locator("#mine thead")).to_be_hidden()
        expect(cell).to_contain_text("Erstreaktion fällig in", use_inner_text=True)
    # a super-user who did not opt in has no such link
    other = _page(new_page, live_server, "other", width)
    expect(other.get_by_role("navigation", name="Konto")).to_contain_text("Benachrichtigungen")
    expect(other.get_by_role("link", name="Champion-Warteschlange")).to_have_count(0)
