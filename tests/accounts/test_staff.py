"""Staff invitations and the staff list: what admins can do, and what nobody else can."""

from datetime import timedelta

import pyotp
import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.accounts import staff
from openline.accounts.models import Invitation, Role, TwoFactorDevice, User
from openline.accounts.two_factor import confirm_enrolment, new_secret

from ..factories import PASSWORD, UserFactory
from .conftest import link_in

NEW_PASSWORD = "a long and fresh pass phrase"


def texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", role=Role.ADMIN, display_name="Ada Admin")


@pytest.fixture
def as_admin(client, admin, django_capture_on_commit_callbacks):
    client.force_login(admin)
    client.capture = django_capture_on_commit_callbacks
    return client


def invite(client, email="sam@halden.example", role="agent", team="Support"):
    capture = getattr(client, "capture", None)
    data = {"email": email, "role": role, "team": team}
    if capture is None:
        return client.post("/accounts/staff/invite/", data)
    with capture(execute=True):  # the mail goes out once the invitation is committed
        return client.post("/accounts/staff/invite/", data)


# --- who may see and act ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.SUPERUSER, Role.AGENT, Role.MODERATOR])
def test_only_admins_see_and_change_the_staff(client, db, role):
    someone = UserFactory(role=role)
    colleague = UserFactory(role=Role.AGENT)
    client.force_login(someone)
    assert client.get("/accounts/staff/").status_code == 403
    assert invite(client).status_code == 403
    change = {"action": "role", "role": "admin"}
    assert client.post(f"/accounts/staff/{colleague.pk}/", change).status_code == 403
    assert client.post(f"/accounts/staff/{someone.pk}/", change).status_code == 403
    reset = {"action": "reset_two_factor"}
    assert client.post(f"/accounts/staff/{colleague.pk}/", reset).status_code == 403
    invitation = Invitation.objects.create(
        email="x@halden.example", role=Role.AGENT, expires_at=timezone.now() + timedelta(days=1)
    )
    withdraw = f"/accounts/staff/invitations/{invitation.pk}/withdraw/"
    assert client.post(withdraw).status_code == 403
    invitation.refresh_from_db()
    assert invitation.withdrawn_at is None
    Invitation.objects.all().delete()
    assert not Invitation.objects.exists()
    someone.refresh_from_db()
    colleague.refresh_from_db()
    assert (someone.role, colleague.role) == (role, Role.AGENT)


def test_visitors_are_asked_to_sign_in(client, db):
    assert client.get("/accounts/staff/")["Location"].startswith("/accounts/signin/")


def test_the_list_shows_staff_with_role_two_factor_and_last_sign_in(as_admin, admin):
    agent = UserFactory(username="sam", role=Role.AGENT, team="Support")
    confirm_code_device(agent)
    UserFactory(username="cus", role=Role.CUSTOMER)
    agent.last_login = timezone.now() - timedelta(days=2)
    agent.save(update_fields=["last_login"])
    page = as_admin.get("/accounts/staff/")
    html = page.content.decode()
    row = html.split(f'id="staff-{agent.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "Agent&nbsp;· Support" in row and ">On<" in row and "2\xa0days ago" in row
    assert "@cus" not in html
    own = html.split(f'id="staff-{admin.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "You" in own and "Save role" not in own  # no controls on one's own row


def confirm_code_device(user):
    secret = new_secret()
    confirm_enrolment(user, secret, pyotp.TOTP(secret).now())


def test_the_list_is_read_in_a_fixed_number_of_queries(as_admin):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert as_admin.get("/accounts/staff/").status_code == 200
        return len(queries)

    UserFactory(role=Role.AGENT)
    count()  # the first page of a session reads what later pages have cached
    few = count()
    for _ in range(6):
        confirm_code_device(UserFactory(role=Role.MODERATOR))
    assert count() == few


def test_an_admin_resets_a_colleagues_lost_authenticator(as_admin):
    agent = UserFactory(role=Role.AGENT)
    confirm_code_device(agent)
    response = as_admin.post(
        f"/accounts/staff/{agent.pk}/", {"action": "reset_two_factor"}, follow=True
    )
    assert texts(response) == [f"{agent.name}'s two-factor sign-in is off; they set it up again."]
    assert not TwoFactorDevice.objects.filter(user=agent).exists()


# --- invitations --------------------------------------------------------------------------------


def test_a_german_colleague_reads_the_invited_role_as_a_capitalised_noun(as_admin, admin):
    """German capitalises nouns: "als agent" was the English label lower-cased."""
    invite(as_admin, role="moderator")
    (message,) = mail.outbox
    page = Client().get(link_in(message), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<strong>sam@halden.example</strong> als Moderator (Support) eingeladen" in page


def test_an_admin_invites_by_email_and_the_colleague_makes_their_account(as_admin, admin):
    response = invite(as_admin)
    assert response["Location"] == "/accounts/staff/"
    (message,) = mail.outbox
    assert message.to == ["sam@halden.example"]
    assert "Ada Admin invites you" in message.subject
    assert "as agent (Support)" in message.body
    guest = Client()
    page = guest.get(link_in(message))
    assert "invited <strong>sam@halden.example</strong> as agent" in page.content.decode()
    done = guest.post(
        link_in(message),
        {"username": "sam", "password": NEW_PASSWORD, "password_again": NEW_PASSWORD},
    )
    assert done["Location"] == "/inbox/"
    sam = User.objects.get(username="sam")
    assert (sam.email, sam.role, sam.team, sam.email_verified) == (
        "sam@halden.example",
        Role.AGENT,
        "Support",
        True,
    )
    assert guest.get("/inbox/").status_code == 200
    again = Client().get(link_in(message))
    assert again.status_code == 400
    assert "This invitation was used already" in again.content.decode()


def test_bad_invitations_are_refused_with_reasons_and_send_nothing(as_admin):
    UserFactory(email="taken@halden.example")
    cases = [
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"role": "superuser"}, "Select a valid choice"),
        ({"email": "Taken@halden.example"}, "Someone already has an account with this address"),
    ]
    for change, error in cases:
        response = invite(as_admin, **change)
        assert response.status_code == 400
        assert error in response.content.decode()
    assert not Invitation.objects.exists() and not mail.outbox


def test_a_new_invitation_to_the_same_address_replaces_the_open_one(as_admin):
    invite(as_admin)
    first = mail.outbox[0]
    invite(as_admin, role="moderator")
    assert Client().get(link_in(first)).status_code == 400
    assert "withdrawn" in Client().get(link_in(first)).content.decode()
    assert Client().get(link_in(mail.outbox[1])).status_code == 200


def test_a_withdrawn_or_expired_or_forged_link_does_not_work(as_admin):
    invite(as_admin)
    link = link_in(mail.outbox[0])
    forged = Client().get(link[:-3] + "xyz/")
    assert forged.status_code == 400 and "not valid" in forged.content.decode()
    invitation = Invitation.objects.get()
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    assert "expired" in Client().get(link).content.decode()
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() + timedelta(days=1)
    )
    as_admin.post(f"/accounts/staff/invitations/{invitation.pk}/withdraw/")
    assert "withdrawn by an admin" in Client().get(link).content.decode()
    posted = Client().post(
        link, {"username": "sam", "password": NEW_PASSWORD, "password_again": NEW_PASSWORD}
    )
    assert posted.status_code == 400 and not User.objects.filter(username="sam").exists()


def test_a_weak_password_or_taken_username_keeps_the_invitation_open(as_admin, admin):
    invite(as_admin)
    link = link_in(mail.outbox[0])
    guest = Client()
    weak = guest.post(link, {"username": "sam", "password": "123", "password_again": "123"})
    assert weak.status_code == 400 and "too short" in weak.content.decode()
    taken = guest.post(
        link, {"username": "ADA", "password": NEW_PASSWORD, "password_again": NEW_PASSWORD}
    )
    assert "That username is taken" in taken.content.decode()
    assert Invitation.objects.get().accepted_at is None


# --- roles and deactivation ---------------------------------------------------------------------


def test_an_admin_changes_a_role_and_deactivates_a_colleague(as_admin):
    agent = UserFactory(role=Role.AGENT)
    as_admin.post(f"/accounts/staff/{agent.pk}/", {"action": "role", "role": "moderator"})
    agent.refresh_from_db()
    assert agent.role == Role.MODERATOR
    colleague = Client()
    colleague.login(username=agent.username, password=PASSWORD)
    assert colleague.get("/inbox/").status_code == 200
    as_admin.post(f"/accounts/staff/{agent.pk}/", {"action": "deactivate"})
    agent.refresh_from_db()
    assert not agent.is_active
    assert colleague.get("/inbox/").status_code == 302  # their session stopped working
    as_admin.post(f"/accounts/staff/{agent.pk}/", {"action": "activate"})
    agent.refresh_from_db()
    assert agent.is_active


def test_admins_cannot_change_themselves(as_admin, admin):
    UserFactory(role=Role.ADMIN)
    for data in ({"action": "role", "role": "agent"}, {"action": "deactivate"}):
        response = as_admin.post(f"/accounts/staff/{admin.pk}/", data, follow=True)
        assert texts(response) == ["You can't change your own role or deactivate yourself."]
    admin.refresh_from_db()
    assert admin.role == Role.ADMIN and admin.is_active


def test_two_admins_demoting_each_other_at_once_leave_one_admin(db):
    first, second = UserFactory(role=Role.ADMIN), UserFactory(role=Role.ADMIN)
    second_as_loaded = User.objects.get(pk=second.pk)  # second's request began as an admin
    staff.change_role(first, second, Role.AGENT)
    with pytest.raises(ValidationError, match="is the last admin: make someone else admin"):
        staff.change_role(second_as_loaded, first, Role.AGENT)
    with pytest.raises(ValidationError, match="is the last admin"):
        staff.set_active(second_as_loaded, first, active=False)
    first.refresh_from_db()
    assert first.role == Role.ADMIN and first.is_active


def test_bad_role_and_missing_person_are_refused(as_admin):
    agent = UserFactory(role=Role.AGENT)
    bad = as_admin.post(
        f"/accounts/staff/{agent.pk}/", {"action": "role", "role": "root"}, follow=True
    )
    assert texts(bad) == ["Choose agent, moderator, admin or no staff role."]
    assert as_admin.post("/accounts/staff/999999/", {"action": "deactivate"}).status_code == 404
    assert as_admin.get(f"/accounts/staff/{agent.pk}/").status_code == 405
