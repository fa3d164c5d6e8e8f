"""Staff identity in a real browser, at desktop and phone widths: single sign-on through a
local OpenID Connect provider, setting up two-factor sign-in from the QR page, the code step,
and the staff list with an invitation. No page breaks the Content-Security-Policy or needs
sideways scrolling on a 390 px phone."""

import os
import re
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import pyotp
import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from openline.accounts import two_factor
from openline.accounts.models import Role, TwoFactorDevice, User
from openline.core.crypto import decrypt

from ..accounts import oidc_provider
from ..accounts.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider
from ..factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(
    os.environ.get("OPENLINE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "openline-shots"
)
WIDTHS = {"desktop": 1280, "phone": 390}

LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.effectiveDirective + " " + e.blockedURI);
});
"""


def look(page, name: str) -> None:
    """Checks the page at both widths (no CSP violation, no sideways scrolling) and keeps a
    screenshot of each."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SHOTS / f"{name}-{label}.png", full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{name} is {overflow}px wide at {width}px"
    assert page.evaluate("window.__csp") == []


@pytest.fixture
def provider(settings):
    running = oidc_provider.start(Provider())
    cache.clear()
    settings.OPENLINE = settings.OPENLINE | {
        "OIDC": {
            "ISSUER": running.issuer, "CLIENT_ID": CLIENT_ID, "CLIENT_SECRET": CLIENT_SECRET,
            "PROVIDER_NAME": "Halden SSO", "NEW_USERS": "refuse", "ROLE_MAP": {}, "TIMEOUT": 5,
        }
    }  # fmt: skip
    yield running
    oidc_provider.stop(running)


@pytest.fixture
def page(new_page):
    page = new_page()
    page.add_init_script(LISTEN)
    return page


def test_a_colleague_signs_in_through_the_identity_provider(live_server, page, provider):
    agent = UserFactory(username="ingrid", email="ingrid@halden.example", role=Role.AGENT)
    provider.person = {"sub": "u-1", "email": agent.email, "email_verified": True}
    page.goto(f"{live_server.url}/accounts/signin/?next=/inbox/")
    look(page, "signin-sso")
    page.click("text=Sign in with Halden SSO")
    page.wait_for_url(f"{live_server.url}/inbox/")
    assert "Ingrid" in page.inner_text("header") or agent.name in page.inner_text("header")


def test_an_admin_sets_up_two_factor_then_signs_in_with_a_code_and_invites(
    live_server, page, new_page, settings
):
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    admin = UserFactory(username="ada", role=Role.ADMIN, display_name="Ada Admin")
    UserFactory(username="sam", role=Role.AGENT, team="Support")
    page.goto(f"{live_server.url}/accounts/signin/")
    page.fill("input[name=username]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/")
    expect(page.locator(".qr svg")).to_be_visible()
    look(page, "two-factor-setup")
    key = "".join(page.inner_text("code.secret").split())
    page.fill("input[name=code]", pyotp.TOTP(key).now())
    page.click("text=Turn on two-factor sign-in")
    # the codes come back on the same address: wait for them rather than count at once
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    look(page, "two-factor-codes")
    page.click("text=I have saved them")
    expect(page.locator(".recovery-codes")).to_have_count(0)

    page.click("text=Sign out")
    # signed out once the header offers no "Sign out": a sign-in page opened before that
    # would send a still signed-in admin home
    expect(page.locator("form[action='/accounts/signout/']")).to_have_count(0)
    page.goto(f"{live_server.url}/accounts/signin/")
    page.fill("input[name=username]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/code/")
    look(page, "two-factor-step")
    secret = decrypt(TwoFactorDevice.objects.get(user=admin).secret_encrypted)
    page.fill("input[name=code]", pyotp.TOTP(secret).at(time.time() + 30))
    page.click("button.primary")
    page.wait_for_url(lambda url: "/accounts/two-factor/" not in url)

    page.goto(f"{live_server.url}/accounts/staff/")
    page.fill("input[name=email]", "noor@halden.example")
    page.select_option("#id_role", "moderator")
    page.click("text=Send invitation")
    # the list comes back on the same address, and #invite is on the page before it too
    expect(page.locator(".messages")).to_contain_text("Invitation sent to noor@halden.example.")
    expect(page.locator("#invite")).to_contain_text("noor@halden.example · Moderator")
    look(page, "staff-list")
    assert User.objects.get(username="ada").last_login is not None
    assert two_factor.has_device(admin)

    (invitation,) = [m for m in mail.outbox if m.to == ["noor@halden.example"]]
    (link,) = re.findall(r"http://\S+/accounts/invitation/\S+", invitation.body)
    guest = new_page()
    guest.add_init_script(LISTEN)
    guest.goto(live_server.url + urlsplit(link).path)
    look(guest, "invitation")
    guest.fill("input[name=username]", "noor")
    guest.fill("input[name=password]", "a long and fresh pass phrase")
    guest.fill("input[name=password_again]", "a long and fresh pass phrase")
    guest.click("text=Make my account")
    guest.wait_for_url(f"{live_server.url}/accounts/two-factor/?required=1")
    assert User.objects.get(username="noor").role == Role.MODERATOR
