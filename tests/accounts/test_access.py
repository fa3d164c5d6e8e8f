"""The staff access counter (accounts.access): every way a staff member can lose access moves it,
so the live tokens of open inboxes signed before the change stop being good at once."""

from datetime import timedelta

import pyotp
import pytest
from django.contrib import admin as django_admin
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.utils import timezone

from openline.accounts import access, staff, suspensions, two_factor
from openline.accounts.admin import OpenlineUserAdmin
from openline.accounts.models import Role, User

from ..factories import PASSWORD, UserFactory

NEW_PASSWORD = "a long and fresh pass phrase"


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", role=Role.ADMIN, display_name="Ada Admin")


def moves(change) -> bool:
    before = access.staff_access()
    change()
    return access.staff_access() != before


def test_deactivating_or_reactivating_a_colleague_moves_the_counter(admin, agent):
    assert moves(lambda: staff.set_active(admin, agent, active=False))
    assert moves(lambda: staff.set_active(admin, agent, active=True))


def test_changing_a_role_moves_the_counter(admin, agent):
    assert moves(lambda: staff.change_role(admin, agent, Role.MODERATOR))
    assert moves(lambda: staff.change_role(admin, agent, Role.CUSTOMER))


def test_a_refused_role_change_leaves_the_counter_alone(admin, agent):
    before = access.staff_access()
    with pytest.raises(PermissionDenied):
        staff.change_role(agent, admin, Role.AGENT)
    assert access.staff_access() == before


def test_a_staff_sign_out_moves_the_counter_and_a_customer_sign_out_does_not(
    client, agent, customer
):
    client.force_login(customer)
    assert not moves(lambda: client.post("/accounts/signout/"))
    client.force_login(agent)
    assert moves(lambda: client.post("/accounts/signout/"))
    assert "_auth_user_id" not in client.session


def test_the_admin_sign_out_is_openlines_and_moves_the_counter(client, admin):
    client.force_login(admin)
    assert moves(lambda: client.post("/admin/logout/"))
    assert "_auth_user_id" not in client.session


def test_suspending_a_staff_member_moves_the_counter_and_a_customer_does_not(
    admin, agent, customer
):
    assert not moves(lambda: suspensions.suspend_member(admin, customer, days=1, reason="Spam"))
    assert moves(lambda: suspensions.suspend_member(admin, agent, days=1, reason="Leaked data"))


def test_a_staff_password_change_moves_the_counter(client, agent):
    client.force_login(agent)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    assert moves(lambda: client.post("/accounts/password/", data))
    wrong = {**data, "old_password": "not it"}
    assert not moves(lambda: client.post("/accounts/password/", wrong))


def test_turning_off_a_staff_members_second_factor_moves_the_counter(admin, agent):
    secret = two_factor.new_secret()
    two_factor.confirm_enrolment(agent, secret, pyotp.TOTP(secret).now())
    assert moves(lambda: two_factor.reset_for(admin, agent))


def test_an_admin_edit_of_a_staff_member_moves_the_counter(admin, agent, customer):
    site_admin = OpenlineUserAdmin(User, django_admin.site)
    request = RequestFactory().post("/admin/")
    request.user = admin
    agent.is_active = False
    assert moves(lambda: site_admin.save_model(request, agent, None, True))
    customer.display_name = "Casey C."
    assert not moves(lambda: site_admin.save_model(request, customer, None, True))
    assert moves(lambda: site_admin.delete_model(request, agent))


def test_a_sessions_expiry_is_read_from_its_row(client, agent):
    client.force_login(agent)
    key = client.cookies["sessionid"].value
    soon = timezone.now() + timedelta(seconds=90)
    Session.objects.filter(session_key=key).update(expire_date=soon)
    store = Client().session.__class__(key)
    assert access.session_expires_at(store) == pytest.approx(soon.timestamp(), abs=0.01)
    Session.objects.filter(session_key=key).update(expire_date=timezone.now())
    assert access.session_expires_at(store) == 0.0


def test_a_token_names_its_session_by_a_digest_not_its_key():
    digest = access.session_digest("abcdefghijklmnopqrstuvwxyz012345")
    assert "abcdefgh" not in digest and len(digest) == 32
    assert digest != access.session_digest("abcdefghijklmnopqrstuvwxyz012346")
