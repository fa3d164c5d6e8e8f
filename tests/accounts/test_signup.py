import re
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from openline.accounts import actions
from openline.accounts.models import User
from openline.accounts.tokens_email import make_verification_token

from ..factories import PASSWORD, UserFactory
from .conftest import link_in

SIGNUP = "/accounts/signup/"


def join(client, **overrides):
    data = {
        "username": "newbie",
        "email": "newbie@example.com",
        "display_name": "Nina Newbie",
        "password": PASSWORD,
        "password_again": PASSWORD,
        **overrides,
    }
    return client.post(SIGNUP, data)


@pytest.fixture
def joined(client, db, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = join(client)
    return response


def test_the_join_page_shows_the_form(client, db):
    page = client.get(SIGNUP)
    assert page.status_code == 200
    assert 'name="password_again"' in page.content.decode()


def test_joining_creates_an_unconfirmed_account_and_signs_the_person_in(client, joined):
    user = User.objects.get(username="newbie")
    assert (joined.status_code, joined["Location"]) == (302, reverse("accounts:profile"))
    assert (user.email, user.display_name, user.role) == (
        "newbie@example.com",
        "Nina Newbie",
        "customer",
    )
    assert user.email_verified is False
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_joining_mails_a_confirmation_link_to_the_new_address(joined, mailoutbox):
    (message,) = mailoutbox
    assert message.to == ["newbie@example.com"]
    assert "Confirm your e-mail address" in message.subject
    assert link_in(message).startswith("/accounts/verify/")
    assert "http://127.0.0.1:8000/accounts/verify/" in message.body


def test_until_confirmed_account_pages_ask_the_person_to_check_their_email(client, joined):
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Check your e-mail." in page
    assert "newbie@example.com" in page


def test_opening_the_confirmation_link_confirms_the_address(client, joined, mailoutbox):
    page = client.get(link_in(mailoutbox[0]))
    assert page.status_code == 200
    assert "Your e-mail address is confirmed" in page.content.decode()
    assert User.objects.get(username="newbie").email_verified is True
    assert "Check your e-mail." not in client.get(reverse("accounts:profile")).content.decode()


def test_the_confirmation_link_works_without_being_signed_in(client, joined, mailoutbox):
    client.logout()
    assert client.get(link_in(mailoutbox[0])).status_code == 200
    assert User.objects.get(username="newbie").email_verified is True


def test_a_confirmation_link_older_than_three_days_is_refused_with_a_clear_page(client, db):
    user = UserFactory(email_verified=False)
    four_days_ago = time.time() - timedelta(days=4).total_seconds()
    with mock.patch("django.core.signing.time.time", return_value=four_days_ago):
        token = make_verification_token(user)
    page = client.get(reverse("accounts:verify_email", args=[token]))
    assert page.status_code == 400
    assert "This link has expired" in page.content.decode()
    user.refresh_from_db()
    assert user.email_verified is False


@pytest.mark.parametrize(
    "token", ["nonsense", "WzEsImFiYyJd:1u0000:forgedsignatureforgedsignature", "a" * 300]
)
def test_a_forged_confirmation_link_is_refused_with_a_clear_page(client, db, token):
    page = client.get(reverse("accounts:verify_email", args=[token]))
    assert page.status_code == 400
    assert "This link doesn" in page.content.decode()


def test_a_tampered_confirmation_link_is_refused(client, db):
    user = UserFactory(email_verified=False)
    token = make_verification_token(user)
    page = client.get(reverse("accounts:verify_email", args=[token[:-2] + "xx"]))
    assert page.status_code == 400
    user.refresh_from_db()
    assert user.email_verified is False


def test_a_link_sent_to_a_previous_address_does_not_confirm_the_new_one(client, db):
    user = UserFactory(email="old@example.com", email_verified=False)
    token = make_verification_token(user)
    User.objects.filter(pk=user.pk).update(email="new@example.com")
    page = client.get(reverse("accounts:verify_email", args=[token]))
    assert page.status_code == 400
    assert "no longer on the account" in page.content.decode()
    user.refresh_from_db()
    assert user.email_verified is False


def test_an_email_address_already_in_use_is_refused_whatever_its_case(client, customer):
    page = join(client, email=customer.email.upper())
    assert page.status_code == 400
    assert "An account already uses this e-mail address" in page.content.decode()
    assert not User.objects.filter(username="newbie").exists()


def test_a_username_already_in_use_is_refused_whatever_its_case(client, customer):
    page = join(client, username=customer.username.upper())
    assert page.status_code == 400
    assert "That username is taken" in page.content.decode()
    assert User.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"password_again": "something else entirely"}, "The two passwords don&#x27;t match."),
        ({"password": "12345678", "password_again": "12345678"}, "This password is too common."),
        ({"username": "no spaces please"}, "Use only letters, digits"),
        ({"username": "ab"}, "Choose a username of 3 to 30 characters."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
    ],
)
def test_bad_sign_up_details_get_clear_errors(client, db, overrides, message):
    page = join(client, **overrides)
    assert page.status_code == 400
    assert message in page.content.decode()
    assert not User.objects.exists()


def test_register_user_refuses_a_taken_address_even_without_the_form(customer):
    with pytest.raises(ValidationError) as error:
        actions.register_user(username="someone", email=customer.email.title(), password=PASSWORD)
    assert "email" in error.value.message_dict


def test_asking_for_the_link_again_mails_a_new_one(
    signed_in, mailoutbox, django_capture_on_commit_callbacks
):
    client = signed_in(UserFactory(email="late@example.com", email_verified=False))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:resend_verification"), follow=True)
    assert "We sent a new link to late@example.com." in response.content.decode()
    assert [m.to for m in mailoutbox] == [["late@example.com"]]


def test_asking_for_the_link_again_at_once_is_refused_politely(
    signed_in, mailoutbox, django_capture_on_commit_callbacks
):
    client = signed_in(UserFactory(email_verified=False))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:resend_verification"))
        again = client.post(reverse("accounts:resend_verification"), follow=True)
    assert "less than a minute ago" in again.content.decode()
    assert len(mailoutbox) == 1


def test_asking_for_the_link_again_needs_a_post_and_a_sign_in(client, signed_in, db):
    anonymous = client.post(reverse("accounts:resend_verification"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("accounts:signin"))
    signed_in(UserFactory(email_verified=False))
    assert client.get(reverse("accounts:resend_verification")).status_code == 405


def test_joining_is_rate_limited_per_address_with_a_retry_after_header(client, db):
    for _ in range(10):
        client.get(SIGNUP)
    statuses = [join(client, password_again="a typo").status_code for _ in range(3)]
    blocked = join(client, username="onetoomany", email="onetoomany@example.com")
    assert statuses == [400, 400, 400]
    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) > 0
    assert "Too many attempts" in blocked.content.decode()
    assert not User.objects.filter(username="onetoomany").exists()


def test_signed_in_people_are_sent_on_from_the_join_page(signed_in, customer):
    client = signed_in(customer)
    assert client.get(SIGNUP).status_code == 302


def test_a_german_visitor_reads_every_label_of_the_join_form_in_german(client, db):
    page = client.get("/accounts/signup/", HTTP_ACCEPT_LANGUAGE="de").text
    labels = re.findall(r"<label for=\"id_\w+\">([^<]*)</label>", page)
    assert labels == ["Benutzername", "E-Mail", "Anzeigename", "Passwort", "Passwort wiederholen"]
