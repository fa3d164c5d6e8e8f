import pytest
from django.db import IntegrityError
from django.urls import reverse

from ..factories import PASSWORD, UserFactory

SIGNIN = "/accounts/signin/"


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.mark.parametrize("login", ["casey", "CASEY", "casey@example.com", "Casey@Example.COM"])
def test_people_sign_in_with_their_username_or_email_in_any_case(client, customer, login):
    response = client.post(SIGNIN, {"username": login, "password": PASSWORD})
    assert (response.status_code, response["Location"]) == (302, "/")
    assert signed_in_user_id(client) == str(customer.pk)


def test_signing_in_returns_to_the_page_the_person_came_from(client, customer):
    response = client.post(SIGNIN, {"username": "casey", "password": PASSWORD, "next": "/ask/"})
    assert response["Location"] == "/ask/"


def test_signing_in_ignores_a_next_address_on_another_site(client, customer):
    data = {"username": "casey", "password": PASSWORD, "next": "https://evil.example/"}
    assert client.post(SIGNIN, data)["Location"] == "/"


def test_a_wrong_password_says_the_details_do_not_match(client, customer):
    page = client.post(SIGNIN, {"username": "casey", "password": "not my password"})
    assert page.status_code == 400
    assert "password don&#x27;t match an account" in page.content.decode()
    assert signed_in_user_id(client) is None


def test_two_accounts_cannot_share_an_address_in_any_case(db):
    UserFactory(username="twin1", email="twins@example.com")
    with pytest.raises(IntegrityError):
        UserFactory(username="twin2", email="Twins@example.com")


def test_a_deactivated_account_cannot_sign_in(client, db):
    UserFactory(username="gone", is_active=False)
    assert client.post(SIGNIN, {"username": "gone", "password": PASSWORD}).status_code == 400
    assert signed_in_user_id(client) is None


def test_the_sign_in_page_links_to_joining_and_password_reset(client, db):
    page = client.get(SIGNIN).content.decode()
    assert "Username or e-mail" in page
    assert reverse("accounts:signup") in page
    assert reverse("accounts:password_reset") in page


def test_sign_in_attempts_are_rate_limited_per_address(client, customer):
    for _ in range(10):
        client.get(SIGNIN)
    wrong = [
        client.post(SIGNIN, {"username": "casey", "password": "guess"}).status_code
        for _ in range(5)
    ]
    blocked = client.post(SIGNIN, {"username": "casey", "password": PASSWORD})
    assert wrong == [400] * 5
    assert blocked.status_code == 429
    assert 0 < int(blocked["Retry-After"]) <= 300
    assert "Too many attempts" in blocked.content.decode()
    assert signed_in_user_id(client) is None


def test_the_rate_limit_counts_each_client_address_separately(client, customer):
    for _ in range(5):
        client.post(SIGNIN, {"username": "casey", "password": "guess"}, REMOTE_ADDR="10.0.0.1")
    other = client.post(SIGNIN, {"username": "casey", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302


def test_signing_out_needs_a_post(signed_in, customer):
    client = signed_in(customer)
    assert client.get(reverse("accounts:signout")).status_code == 405
    assert signed_in_user_id(client) == str(customer.pk)
    response = client.post(reverse("accounts:signout"))
    assert (response.status_code, response["Location"]) == (302, "/")
    assert signed_in_user_id(client) is None


def test_signed_in_people_are_sent_on_from_the_sign_in_page(signed_in, customer):
    assert signed_in(customer).get(SIGNIN).status_code == 302
