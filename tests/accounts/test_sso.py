"""Single sign-on, end to end: Django's test client follows the redirects of the real
mozilla-django-oidc flow to a real OpenID Connect provider running on 127.0.0.1 and back."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import requests
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.utils import timezone

from openline.accounts import two_factor
from openline.accounts.models import Invitation, Role, User

from ..factories import UserFactory
from . import oidc_provider
from .oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider

PERSON = {
    "sub": "u-1001",
    "email": "ingrid@halden.example",
    "email_verified": True,
    "name": "Ingrid Berg",
    "preferred_username": "ingrid",
    "groups": ["everyone"],
}


@pytest.fixture
def provider():
    running = oidc_provider.start(Provider(person=dict(PERSON)))
    cache.clear()  # the discovery document of an earlier test's provider
    yield running
    oidc_provider.stop(running)


@pytest.fixture
def sso(settings, provider):
    def configure(**overrides):
        settings.OPENLINE = settings.OPENLINE | {
            "OIDC": {
                "ISSUER": provider.issuer,
                "CLIENT_ID": CLIENT_ID,
                "CLIENT_SECRET": CLIENT_SECRET,
                "PROVIDER_NAME": "Halden SSO",
                "SCOPES": "openid email profile",
                "NEW_USERS": "create",
                "ROLES_CLAIM": "groups",
                "ROLE_MAP": {},
                "TIMEOUT": 5,
                **overrides,
            }
        }
        return provider

    configure()
    return configure


def browse(client, path: str):
    """Follows redirects like a browser: Django's pages through the test client, the
    provider's through real HTTP. Returns the last Django response."""
    response = client.get(path)
    for _ in range(10):
        if response.status_code not in (301, 302):
            return response
        location = response["Location"]
        url = urlsplit(location)
        if url.netloc.startswith("127.0.0.1:"):
            answer = requests.get(location, allow_redirects=False, timeout=5)
            assert answer.status_code == 302, answer.text
            url = urlsplit(answer.headers["Location"])
        response = client.get(f"{url.path}?{url.query}" if url.query else url.path)
    raise AssertionError("too many redirects")


def texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def signed_in_as(client) -> User | None:
    user = client.get("/accounts/profile/").wsgi_request.user
    return user if user.is_authenticated else None


def test_the_sign_in_page_offers_the_provider_when_it_is_configured(client, db, sso):
    page = client.get("/accounts/signin/?next=/ask/")
    assert "Sign in with Halden SSO" in page.content.decode()
    assert "/accounts/sso/start/?next=/ask/" in page.content.decode()


def test_without_configuration_there_is_no_button_and_the_start_url_goes_back(client, db):
    assert "Sign in with" not in client.get("/accounts/signin/").content.decode()
    assert client.get("/accounts/sso/start/")["Location"] == "/accounts/signin/"


def test_an_existing_member_is_signed_in_by_their_verified_address(client, db, sso, provider):
    member = UserFactory(email="Ingrid@Halden.example", role=Role.AGENT, email_verified=False)
    page = browse(client, "/accounts/sso/start/?next=/ask/")
    assert page.wsgi_request.path == "/ask/"
    assert signed_in_as(client) == member
    member.refresh_from_db()
    assert member.email_verified and member.role == Role.AGENT
    assert client.session[two_factor.METHOD_KEY] == "sso"
    # the real flow ran: discovery, authorize, token exchange, keys, userinfo
    assert provider.requests == [
        "GET /.well-known/openid-configuration",
        "GET /authorize",
        "POST /token",
        "GET /jwks",
        "GET /userinfo",
    ]


def test_someone_new_gets_an_account_with_the_least_role(client, db, sso):
    browse(client, "/accounts/sso/start/")
    user = signed_in_as(client)
    assert user is not None
    assert (user.username, user.email, user.display_name) == (
        "ingrid",
        "ingrid@halden.example",
        "Ingrid Berg",
    )
    assert user.role == Role.CUSTOMER and user.email_verified
    assert not user.has_usable_password()


def test_the_role_map_gives_the_highest_role_of_the_groups_and_domain(client, db, sso, provider):
    sso(ROLE_MAP={"support": "agent", "mods": "moderator", "@halden.example": "agent"})
    provider.person["groups"] = ["support", "mods"]
    browse(client, "/accounts/sso/start/")
    assert signed_in_as(client).role == Role.MODERATOR


def test_the_role_map_never_demotes_the_last_admin(client, db, sso):
    admin = UserFactory(email="ingrid@halden.example", role=Role.ADMIN)
    sso(ROLE_MAP={"everyone": "agent"})
    browse(client, "/accounts/sso/start/")
    admin.refresh_from_db()
    assert admin.role == Role.ADMIN


def test_when_new_accounts_are_refused_someone_new_is_told_to_ask_for_an_invitation(
    client, db, sso
):
    sso(NEW_USERS="refuse")
    page = browse(client, "/accounts/sso/start/")
    assert page.wsgi_request.path == "/accounts/signin/"
    assert texts(page) == [
        "No account here uses ingrid@halden.example. Ask an admin to invite you, then sign in "
        "again."
    ]
    assert not User.objects.filter(email__iexact="ingrid@halden.example").exists()
    assert signed_in_as(client) is None


def test_an_invitation_lets_someone_new_in_with_its_role_and_is_used_up(client, db, sso):
    sso(NEW_USERS="refuse")
    admin = UserFactory(role=Role.ADMIN)
    invitation = Invitation.objects.create(
        email="ingrid@halden.example", role=Role.MODERATOR, team="Support", invited_by=admin,
        expires_at=timezone.now() + timedelta(days=7),
    )  # fmt: skip
    browse(client, "/accounts/sso/start/")
    user = signed_in_as(client)
    assert (user.role, user.team) == (Role.MODERATOR, "Support")
    invitation.refresh_from_db()
    assert invitation.accepted_by == user


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (
            "signature",
            "The answer from Halden SSO could not be verified (its signature is not the "
            "provider's). Nobody was signed in.",
        ),
        (
            "nonce",
            "The answer from Halden SSO was not for this sign-in (its nonce does not match). "
            "Nobody was signed in: start again.",
        ),
        (
            "audience",
            "The answer from Halden SSO was issued by another provider or for another site. "
            "Nobody was signed in.",
        ),
        (
            "issuer",
            "The answer from Halden SSO was issued by another provider or for another site. "
            "Nobody was signed in.",
        ),
    ],
)
def test_a_forged_or_misdirected_id_token_is_refused(client, db, sso, tamper, message, provider):
    UserFactory(email="ingrid@halden.example", role=Role.ADMIN)
    provider.tamper = tamper
    page = browse(client, "/accounts/sso/start/")
    assert page.wsgi_request.path == "/accounts/signin/"
    assert texts(page) == [message]
    assert signed_in_as(client) is None


def test_an_unverified_address_is_not_matched_to_an_account(client, db, sso, provider):
    UserFactory(email="ingrid@halden.example", role=Role.ADMIN)
    provider.person["email_verified"] = False
    page = browse(client, "/accounts/sso/start/")
    assert texts(page) == [
        "Halden SSO says your e-mail address ingrid@halden.example is not verified, so it "
        "can't be matched to an account here. Verify it with Halden SSO and sign in again."
    ]
    assert signed_in_as(client) is None


def test_a_deactivated_account_is_refused(client, db, sso):
    UserFactory(email="ingrid@halden.example", is_active=False)
    page = browse(client, "/accounts/sso/start/")
    assert texts(page) == ["This account is deactivated. Ask an admin if that is a mistake."]
    assert signed_in_as(client) is None


def test_an_answer_for_a_sign_in_started_elsewhere_is_refused(client, db, sso):
    page = client.get("/accounts/sso/callback/?code=stolen&state=not-ours", follow=True)
    assert page.wsgi_request.path == "/accounts/signin/"
    assert texts(page) == [
        "Signing in with Halden SSO did not work. Start again."
    ]  # no sign-in was started in this browser


def test_replaying_the_providers_answer_signs_nobody_in(client, db, sso, provider):
    UserFactory(email="ingrid@halden.example")
    start = client.get("/accounts/sso/start/")["Location"]
    answer = requests.get(start, allow_redirects=False, timeout=5)
    callback = urlsplit(answer.headers["Location"])
    client.get(f"{callback.path}?{callback.query}")
    client.logout()
    client.get("/accounts/sso/start/")  # a sign-in of this browser is under way, another state
    replayed = client.get(f"{callback.path}?{callback.query}", follow=True)
    assert texts(replayed) == [
        "This answer from Halden SSO does not belong to a sign-in started in this browser (or "
        "it was used already). Start again."
    ]
    assert signed_in_as(client) is None


def test_a_token_endpoint_refusing_the_code_is_said_so(client, db, sso, provider):
    provider.tamper = "token"
    page = browse(client, "/accounts/sso/start/")
    assert texts(page) == [
        "Halden SSO did not answer as expected, so nobody was signed in. Try again."
    ]
    assert signed_in_as(client) is None


def test_a_provider_that_cannot_be_reached_is_said_so(client, db, sso, provider):
    oidc_provider.stop(provider)
    page = client.get("/accounts/sso/start/", follow=True)
    assert page.wsgi_request.path == "/accounts/signin/"
    assert texts(page) == [
        "Halden SSO cannot be reached just now, so nobody can sign in with it. Try again in a "
        "few minutes, or sign in with your password."
    ]


def test_the_provider_refusing_is_shown_with_its_reason(client, db, sso):
    client.get("/accounts/sso/start/")
    (state,) = client.session["oidc_states"]
    page = client.get(
        f"/accounts/sso/callback/?error=access_denied&error_description=Not+in+group&state={state}",
        follow=True,
    )
    assert texts(page) == ["Halden SSO did not sign you in: Not in group"]


def test_staff_signing_in_through_the_provider_skip_the_local_code(client, db, sso, settings):
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    agent = UserFactory(email="ingrid@halden.example", role=Role.AGENT)
    page = browse(client, "/accounts/sso/start/?next=/inbox/")
    assert page.wsgi_request.path == "/inbox/" and page.status_code == 200
    assert signed_in_as(client) == agent


def test_a_password_sign_in_never_calls_the_provider(client, db, sso, provider):
    user = UserFactory()
    response = client.post(
        "/accounts/signin/?code=x&state=y",
        {"username": user.username, "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    assert provider.requests == []


def test_a_suspended_member_is_refused_with_the_reason_and_end(client, db, sso, moderator):
    from openline.accounts import suspensions

    person = UserFactory(email="ingrid@halden.example")
    suspensions.suspend_member(moderator, person, days=3, reason="Spam links in replies")
    page = browse(client, "/accounts/sso/start/")
    (text,) = texts(page)
    assert text.startswith("Your account is suspended until ")
    assert text.endswith("The moderators' reason: Spam links in replies")
    assert signed_in_as(client) is None
