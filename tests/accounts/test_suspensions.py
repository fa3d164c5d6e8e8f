"""Suspending a member: who may, for how long, what the member is told at sign-in (password,
API token), their sessions ending at once, lifting early, and the record kept."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from openline.accounts import suspensions
from openline.accounts.models import Role, Suspension, User

from ..factories import PASSWORD, UserFactory

SIGNIN = "/accounts/signin/"


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)


def signed_in(client) -> bool:
    return client.get("/accounts/profile/").wsgi_request.user.is_authenticated


def test_a_suspended_member_is_told_the_reason_and_end_date_at_sign_in(client, customer, moderator):
    suspension = suspensions.suspend_member(moderator, customer, days=7, reason="Repeated spam")
    page = client.post(SIGNIN, {"username": "casey", "password": PASSWORD})
    text = page.content.decode()
    assert page.status_code == 400
    until = date_format(suspension.until, "SHORT_DATETIME_FORMAT")  # 12 Dec 2026, 10:45
    assert f"suspended until {until} UTC" in text
    assert "The moderators&#x27; reason: Repeated spam" in text
    assert client.session.get("_auth_user_id") is None


def test_a_wrong_password_does_not_reveal_the_suspension(client, customer, moderator):
    suspensions.suspend_member(moderator, customer, days=7, reason="Repeated spam")
    page = client.post(SIGNIN, {"username": "casey", "password": "guess"})
    assert "Repeated spam" not in page.content.decode()


def test_suspending_ends_every_session_of_the_member_at_once(client, customer, moderator):
    client.login(username="casey", password=PASSWORD)
    assert signed_in(client)
    suspensions.suspend_member(moderator, customer, days=1, reason="Abuse")
    assert not signed_in(client)


def test_lifting_early_lets_them_sign_in_again_but_old_sessions_stay_ended(
    client, customer, moderator
):
    old = client.session.session_key
    client.login(username="casey", password=PASSWORD)
    cookie = client.cookies["sessionid"].value
    suspensions.suspend_member(moderator, customer, days=30, reason="Abuse")
    lifted = suspensions.lift_suspension(moderator, customer)
    assert (lifted.lifted_by, customer.is_suspended) == (moderator, False)
    client.cookies["sessionid"] = cookie
    assert not signed_in(client)
    response = client.post(SIGNIN, {"username": "casey", "password": PASSWORD})
    assert response.status_code == 302 and signed_in(client)
    assert client.session.session_key not in {old, cookie}


def test_a_suspension_ends_by_itself_when_its_time_is_up(client, customer, moderator):
    suspensions.suspend_member(moderator, customer, days=1, reason="Cool off")
    User.objects.filter(pk=customer.pk).update(suspended_until=timezone.now() - timedelta(1))
    response = client.post(SIGNIN, {"username": "casey", "password": PASSWORD})
    assert response.status_code == 302


def test_an_api_token_of_a_suspended_member_is_refused_with_the_reason(
    client, customer, moderator, bearer
):
    headers = bearer(customer)
    assert client.get("/api/v1/spaces", headers=headers).status_code == 200
    suspensions.suspend_member(moderator, customer, days=2, reason="Scraping")
    response = client.get("/api/v1/spaces", headers=headers)
    assert response.status_code == 403
    assert "The moderators' reason: Scraping" in response.json()["detail"]


def test_moderators_cannot_suspend_staff_nor_indefinitely(moderator, agent, customer):
    with pytest.raises(PermissionDenied, match="Staff are suspended by an admin only"):
        suspensions.suspend_member(moderator, agent, days=1, reason="x")
    with pytest.raises(PermissionDenied, match="Only admins suspend indefinitely"):
        suspensions.suspend_member(moderator, customer, days=None, reason="x")
    assert not Suspension.objects.exists()


def test_an_admin_suspends_staff_and_indefinitely(admin, agent, client):
    suspension = suspensions.suspend_member(admin, agent, days=None, reason="Left the company")
    assert suspension.until is None and agent.is_suspended
    page = client.post(SIGNIN, {"username": agent.username, "password": PASSWORD})
    assert "suspended until further notice" in page.content.decode()


def test_nobody_suspends_themselves_an_admin_or_without_the_right_role(
    admin, moderator, customer, other_customer
):
    with pytest.raises(PermissionDenied):
        suspensions.suspend_member(moderator, moderator, days=1, reason="x")
    with pytest.raises(PermissionDenied):
        suspensions.suspend_member(moderator, admin, days=1, reason="x")
    with pytest.raises(PermissionDenied, match="Only moderators and admins"):
        suspensions.suspend_member(customer, other_customer, days=1, reason="x")


@pytest.mark.parametrize(
    ("days", "reason", "message"),
    [(0, "spam", "1 to 365 days"), (366, "spam", "1 to 365 days"), (3, "  ", "Give the reason"),
     (3, "x" * 501, "under 500")],
)  # fmt: skip
def test_bad_length_or_reason_is_refused_and_nothing_is_written(
    moderator, customer, days, reason, message
):
    with pytest.raises(ValidationError, match=message):
        suspensions.suspend_member(moderator, customer, days=days, reason=reason)
    customer.refresh_from_db()
    assert not customer.is_suspended and not Suspension.objects.exists()


def test_every_suspension_and_lift_stays_on_record(moderator, admin, customer):
    suspensions.suspend_member(moderator, customer, days=3, reason="First")
    suspensions.suspend_member(admin, customer, days=10, reason="Second, longer")
    suspensions.lift_suspension(admin, customer)
    rows = list(Suspension.objects.order_by("created_at", "id"))
    assert [(r.reason, r.created_by, r.lifted_by) for r in rows] == [
        ("First", moderator, admin),
        ("Second, longer", admin, admin),
    ]
    with pytest.raises(ValidationError, match="is not suspended"):
        suspensions.lift_suspension(admin, customer)
