from django.urls import reverse

from ..factories import PASSWORD
from .conftest import link_in

NEW_PASSWORD = "a brand new kettle whistles"


def test_asking_for_a_password_reset_mails_a_link_to_the_account(client, customer, mailoutbox):
    response = client.post(reverse("accounts:password_reset"), {"email": "CASEY@example.com"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    (message,) = mailoutbox
    assert message.to == [customer.email]
    assert "Reset your password" in message.subject
    assert "http://127.0.0.1:8000/accounts/password-reset/confirm/" in message.body


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, db, mailoutbox):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.com"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mailoutbox == []


def test_the_reset_link_lets_the_person_choose_a_new_password(client, customer, mailoutbox):
    client.post(reverse("accounts:password_reset"), {"email": customer.email})
    form_page = client.get(link_in(mailoutbox[0]), follow=True)
    assert "Choose a new password" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done["Location"] == reverse("accounts:password_reset_complete")
    customer.refresh_from_db()
    assert customer.check_password(NEW_PASSWORD)
    assert client.login(username="casey", password=NEW_PASSWORD)


def test_a_used_or_forged_reset_link_says_it_does_not_work(client, customer):
    page = client.get("/accounts/password-reset/confirm/MQ/abc-forged/", follow=True)
    assert page.status_code == 200
    assert "This link doesn" in page.content.decode()


def test_signed_in_people_can_change_their_password(signed_in, customer):
    client = signed_in(customer)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = client.post(reverse("accounts:password_change"), data)
    assert response["Location"] == reverse("accounts:password_change_done")
    customer.refresh_from_db()
    assert customer.check_password(NEW_PASSWORD)
    assert client.get(reverse("accounts:profile")).status_code == 200  # still signed in


def test_changing_the_password_needs_the_current_one(signed_in, customer):
    data = {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    page = signed_in(customer).post(reverse("accounts:password_change"), data)
    assert page.status_code == 400
    assert "Your old password was entered incorrectly" in page.content.decode()


def test_anonymous_people_are_sent_to_sign_in_to_change_a_password(client, db):
    response = client.get(reverse("accounts:password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/signin/?next=")
