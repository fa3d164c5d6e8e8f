"""The Content-Security-Policy in a real browser: the main pages of every kind of visitor load
with no violation (so the policy is strict and nothing of ours breaks under it), and the policy
does block what it is there to block: an image on another host stored in a customer's message."""

from datetime import UTC, datetime

import pytest
from django.core.cache import caches
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.community import actions
from openline.inbox import ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea, ChannelAccount, Message
from openline.people.actions import Sender

from ..factories import PASSWORD, SpaceFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Reported to the page's own listener, before any script of ours runs (an init script is not
# subject to the page's policy); Chromium also logs each one to the console.
LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.effectiveDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(autouse=True)
def _no_sign_ins_counted(transactional_db):
    """These tests sign in three times from 127.0.0.1: counted in the shared cache's table,
    which outlives each test's database flush, they would lock the next browser tests out."""
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def watched(new_page):
    page = new_page()
    page.add_init_script(LISTEN)
    console: list[str] = []
    page.on(
        "console",
        lambda m: console.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda error: console.append(f"page error: {error}"))
    return page, console


def violations(page, console) -> list[str]:
    return page.evaluate("window.__csp") + console


def sign_in(page, base, username):
    page.goto(f"{base}/accounts/signin/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("form[action='/accounts/signout/']")).to_be_visible()


@pytest.fixture
def world(channel, db):
    space = SpaceFactory(name="Thermostats", slug="thermostats")
    area = ChampionArea.objects.create(name="Thermostats", space=space)
    customer = UserFactory(username="casey", display_name="Casey Customer")
    champion = UserFactory(username="ingrid", display_name="Ingrid Vos", role=Role.SUPERUSER)
    UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT, team="Care")
    champion_actions.opt_in(champion, areas=[area])
    thread = actions.create_thread(
        customer,
        space,
        kind="question",
        title="Which wires does the T2 need?",
        body="Two **OpenTherm** wires or a C wire?",
    )
    inbox = ChannelAccount.objects.create(kind="testchannel", name="Test channel")
    message, _ = ingestion.ingest(
        inbox,
        InboundItem(
            external_id="m1",
            conversation_key="c1",
            text="My T2 shows E14. ![photo](https://customer.example/open.gif)",
            subject="E14 again",
            sender=Sender(channel_kind="testchannel", external_id="u1", name="Pat Doe"),
            created_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
        ),
    )
    return thread, message


def test_the_main_pages_load_with_no_policy_violation(live_server, new_page, world):
    thread, message = world
    base = live_server.url
    page, console = watched(new_page)
    page.goto(f"{base}/")
    response = page.goto(f"{base}{thread.get_absolute_url()}")
    nonce = page.locator("script[type='application/ld+json']").evaluate("e => e.nonce")
    assert f"script-src 'self' 'nonce-{nonce}';" in response.headers["content-security-policy"]

    sign_in(page, base, "ada")
    for path in (
        "/",
        thread.get_absolute_url(),
        "/ask/",
        "/inbox/",
        "/guidance/reviews/",
        "/api/v1/docs",
        "/admin/",
        f"/inbox/{message.conversation_id}/",
    ):
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        policy = dict(
            d.strip().split(" ", 1) for d in response.headers["content-security-policy"].split(";")
        )
        assert "unsafe" not in policy["script-src"] and policy["img-src"] == "'self' data:"
        assert "unsafe" not in policy["style-src"] and "style-src-attr" not in policy
    expect(page.get_by_role("link", name="image: photo")).to_be_visible()
    # htmx at work under the policy: the conversation page polls for live changes.
    page.wait_for_timeout(1500)

    champion, champion_console = watched(new_page)
    sign_in(champion, base, "ingrid")
    champion.goto(f"{base}/champions/")
    expect(champion.locator("h1")).to_be_visible()

    assert violations(page, console) == []
    assert violations(champion, champion_console) == []


# Pages with forms, charts and tables of each role; the policy allows no style attribute.
PAGES_BY_ROLE = {
    None: ("/accounts/signin/", "/accounts/signup/", "/accounts/password-reset/"),
    "casey": ("/accounts/profile/", "/accounts/data/", "/accounts/two-factor/", "/ask/"),
    "alex": ("/staff/participation/", "/staff/experts/", "/staff/champions/", "/staff/service/"),
    "ada": (
        "/accounts/staff/",
        "/staff/privacy/",
        "/staff/privacy/?q=casey",
        "/staff/promise/",
        "/settings/",
        "/settings/sla/new/",
    ),
}


@pytest.mark.parametrize("username", list(PAGES_BY_ROLE))
def test_pages_of_every_role_need_no_inline_style(live_server, new_page, world, username):
    page, console = watched(new_page)
    if username:
        sign_in(page, live_server.url, username)
    for path in PAGES_BY_ROLE[username]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    assert violations(page, console) == []


def test_a_style_attribute_is_refused(live_server, new_page, world):
    """The test above could pass with a policy that allows everything: it does not."""
    page, _ = watched(new_page)
    page.goto(f"{live_server.url}/accounts/signin/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p>')")
    page.wait_for_function("window.__csp.length > 0")
    assert any(line.startswith("style-src-attr") for line in page.evaluate("window.__csp"))


def test_the_policy_blocks_an_image_on_another_host_stored_in_a_message(
    live_server, new_page, world
):
    _, message = world
    Message.objects.filter(pk=message.pk).update(
        body_html='<p>old HTML <img src="http://127.0.0.2:9/pixel.gif"></p>'
    )
    page, console = watched(new_page)
    sign_in(page, live_server.url, "ada")
    page.goto(f"{live_server.url}/inbox/{message.conversation_id}/")
    expect(page.locator("img[src='http://127.0.0.2:9/pixel.gif']")).to_have_count(1)
    page.wait_for_function("window.__csp.length > 0")
    assert "img-src http://127.0.0.2:9/pixel.gif" in page.evaluate("window.__csp")
    assert any("img-src" in line for line in console)
