"""Two-factor sign-in: setting up an authenticator, the code step after the password, recovery
codes, turning it off, and the operator's rule for staff."""

import re
import time

import pyotp
import pytest
from django.contrib.messages import get_messages

from openline.accounts import two_factor
from openline.accounts.models import RecoveryCode, Role, TwoFactorDevice
from openline.accounts.tokens import issue_token
from openline.core.crypto import decrypt

from ..factories import PASSWORD, UserFactory

CODE_RE = re.compile(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>")


def texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def now_code(secret: str, steps_ahead: int = 0) -> str:
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def enrol(client) -> tuple[str, list[str]]:
    """Sets up an authenticator through the pages; returns the secret and recovery codes."""
    page = client.get("/accounts/two-factor/")
    assert page.status_code == 200 and "<svg" in page.content.decode()
    secret = client.session[two_factor.ENROL_SECRET_KEY]
    done = client.post("/accounts/two-factor/", {"code": now_code(secret)})
    assert done.status_code == 200
    return secret, CODE_RE.findall(done.content.decode())


def sign_in(client, user, next_url: str = ""):
    data = {"username": user.username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post("/accounts/signin/", data)


def is_signed_in(client) -> bool:
    return client.get("/accounts/profile/").wsgi_request.user.is_authenticated


@pytest.fixture
def member(db):
    return UserFactory(email="noor@example.com")


@pytest.fixture
def enrolled(client, member):
    client.force_login(member)
    secret, codes = enrol(client)
    client.logout()
    return member, secret, codes


def test_setting_up_shows_a_qr_code_and_the_key_made_here(client, member):
    client.force_login(member)
    page = client.get("/accounts/two-factor/").content.decode()
    secret = client.session[two_factor.ENROL_SECRET_KEY]
    assert "<svg" in page and "QR code" in page
    assert secret[:4] in page  # the key to type when scanning is not possible
    assert "http" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )  # no image service is called
    assert not TwoFactorDevice.objects.exists()  # nothing stored before it is confirmed


def test_confirming_with_a_code_turns_it_on_and_shows_ten_recovery_codes_once(client, member):
    client.force_login(member)
    secret, codes = enrol(client)
    device = TwoFactorDevice.objects.get(user=member)
    assert decrypt(device.secret_encrypted) == secret
    assert secret not in device.secret_encrypted  # stored encrypted
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = set(RecoveryCode.objects.values_list("code_hash", flat=True))
    assert not any(code in hashed for code in codes for hashed in stored)
    again = client.get("/accounts/two-factor/").content.decode()
    assert "10 recovery codes left" in again
    assert not CODE_RE.findall(again)


def test_a_wrong_confirmation_code_changes_nothing_and_says_why(client, member):
    client.force_login(member)
    client.get("/accounts/two-factor/")
    page = client.post("/accounts/two-factor/", {"code": "12345"})
    assert page.status_code == 400
    assert "That code doesn&#x27;t match" in page.content.decode()
    assert not TwoFactorDevice.objects.exists()


def test_after_the_password_the_session_waits_for_the_code(client, enrolled):
    member, secret, _ = enrolled
    response = sign_in(client, member, next_url="/ask/")
    assert response["Location"] == "/accounts/two-factor/code/"
    assert not is_signed_in(client)
    wrong = client.post("/accounts/two-factor/code/", {"code": "000000"})
    assert wrong.status_code == 400 and "That code is not right" in wrong.content.decode()
    assert not is_signed_in(client)
    # the code of the next 30 seconds: the current one was used to set it up
    right = client.post("/accounts/two-factor/code/", {"code": now_code(secret, 1)})
    assert right["Location"] == "/ask/"
    assert is_signed_in(client)


def test_a_code_works_once(client, enrolled):
    member, secret, _ = enrolled
    code = now_code(secret, 1)
    sign_in(client, member)
    client.post("/accounts/two-factor/code/", {"code": code})
    client.logout()
    sign_in(client, member)
    replay = client.post("/accounts/two-factor/code/", {"code": code})
    assert replay.status_code == 400
    assert not is_signed_in(client)


def test_a_recovery_code_signs_in_once_and_says_how_many_are_left(client, enrolled):
    member, _, codes = enrolled
    sign_in(client, member)
    response = client.post("/accounts/two-factor/code/", {"code": codes[0].upper()}, follow=True)
    assert is_signed_in(client)
    assert texts(response)[0].startswith("You signed in with a recovery code; 9 left.")
    client.logout()
    sign_in(client, member)
    assert client.post("/accounts/two-factor/code/", {"code": codes[0]}).status_code == 400


def test_code_guesses_are_limited_like_passwords(client, enrolled):
    member, secret, _ = enrolled
    sign_in(client, member)
    statuses = [
        client.post("/accounts/two-factor/code/", {"code": "111111"}).status_code for _ in range(5)
    ]
    assert statuses == [400, 400, 400, 400, 429]  # the password attempt counted as the first
    assert client.post("/accounts/two-factor/code/", {"code": now_code(secret)}).status_code == 429


def test_the_code_step_without_a_password_first_goes_back_to_sign_in(client, db):
    response = client.get("/accounts/two-factor/code/", follow=True)
    assert response.wsgi_request.path == "/accounts/signin/"
    assert client.post("/accounts/two-factor/code/", {"code": "123456"}).status_code == 302


def test_turning_it_off_needs_the_password_and_a_code(client, enrolled):
    member, secret, _ = enrolled
    client.force_login(member)
    wrong_password = client.post(
        "/accounts/two-factor/disable/", {"password": "nope", "code": now_code(secret)}, follow=True
    )
    assert texts(wrong_password) == ["That is not your current password."]
    wrong_code = client.post(
        "/accounts/two-factor/disable/", {"password": PASSWORD, "code": "000000"}, follow=True
    )
    assert "That code is not right" in texts(wrong_code)[0]
    assert TwoFactorDevice.objects.filter(user=member).exists()
    client.post(
        "/accounts/two-factor/disable/", {"password": PASSWORD, "code": now_code(secret, 1)}
    )
    assert not TwoFactorDevice.objects.filter(user=member).exists()
    assert not RecoveryCode.objects.filter(user=member).exists()
    client.logout()
    assert sign_in(client, member)["Location"] == "/"


def test_new_recovery_codes_replace_the_old_ones(client, enrolled):
    member, secret, old = enrolled
    client.force_login(member)
    page = client.post("/accounts/two-factor/recovery-codes/", {"code": now_code(secret, 1)})
    new = CODE_RE.findall(page.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert two_factor.check_code(member, old[1]) is None
    assert two_factor.check_code(member, new[1]) == "recovery"


def test_staff_must_set_it_up_before_they_are_signed_in_when_the_operator_requires_it(
    client, db, settings
):
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    agent = UserFactory(role=Role.AGENT)
    response = sign_in(client, agent, next_url="/inbox/")
    assert response["Location"] == "/accounts/two-factor/"
    assert not is_signed_in(client)
    page = client.get("/accounts/two-factor/")
    assert "Set it up now to finish signing in" in page.content.decode()
    secret = client.session[two_factor.ENROL_SECRET_KEY]
    done = client.post("/accounts/two-factor/", {"code": now_code(secret)})
    assert 'href="/inbox/"' in done.content.decode()
    assert client.get("/inbox/").status_code == 200


def test_staff_signed_in_before_the_rule_are_sent_to_set_it_up(client, db, settings):
    agent = UserFactory(role=Role.AGENT)
    client.force_login(agent)
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    assert client.get("/inbox/")["Location"] == "/accounts/two-factor/?required=1"
    assert client.get("/admin/")["Location"] == "/accounts/two-factor/?required=1"
    assert client.get("/accounts/two-factor/").status_code == 200


def test_members_are_not_bound_by_the_staff_rule(client, member, settings):
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    assert sign_in(client, member)["Location"] == "/"
    assert is_signed_in(client)


def test_the_admin_signs_in_through_openlines_page(client, db):
    assert client.get("/admin/login/?next=/admin/")["Location"] == (
        "/accounts/signin/?next=/admin/"
    )


def test_api_tokens_are_not_asked_for_a_code(client, db, settings):
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    agent = UserFactory(role=Role.AGENT)
    token = issue_token(agent)  # made while signed in, then a secret of its own
    response = client.get("/api/v1/threads", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_staff_who_set_it_up_while_signed_in_go_on_at_once(client, db, settings):
    agent = UserFactory(role=Role.AGENT)
    client.force_login(agent)
    settings.OPENLINE = settings.OPENLINE | {"STAFF_TWO_FACTOR": "required"}
    assert client.get("/inbox/").status_code == 302
    enrol(client)
    assert client.get("/inbox/").status_code == 200


def test_someone_signed_in_whom_the_admin_refuses_is_told_without_a_password_form(client, db):
    client.force_login(UserFactory(role=Role.ADMIN))  # a community admin, not a Django operator
    page = client.get("/admin/", follow=True)
    assert page.wsgi_request.path == "/admin/login/"
    assert "The admin is for operators" in page.content.decode()
    assert 'type="password"' not in page.content.decode()


def test_an_operator_reaches_the_admin_only_after_the_code(client, db):
    operator = UserFactory(role=Role.ADMIN, is_staff=True, is_superuser=True)
    client.force_login(operator)
    secret, _ = enrol(client)
    client.logout()
    signin = client.get("/admin/", follow=True).redirect_chain[-1][0]
    assert signin == "/accounts/signin/?next=/admin/"
    response = sign_in(client, operator, next_url="/admin/")
    assert client.get("/admin/").status_code == 302  # the password alone does not open it
    response = client.post("/accounts/two-factor/code/", {"code": now_code(secret, 1)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
