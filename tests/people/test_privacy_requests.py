"""Privacy requests handled by administrators: the staff page and `openline privacy`."""

import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from openline.accounts.models import User
from openline.core.models import ErasureRecord
from openline.people.models import Person

from ..factories import PASSWORD, UserFactory


@pytest.fixture
def customer(db):
    """Someone who wrote to support by e-mail and has no account."""
    person = Person.objects.create(name="Sam Lee", email="sam.lee@example.com")
    person.identities.create(channel_kind="email", external_id="sam.lee@example.com",
                             name="Sam Lee", email="sam.lee@example.com")  # fmt: skip
    return person


@pytest.fixture
def admin_client(client, db):
    admin = UserFactory(username="ada", role="admin")
    client.login(username=admin.username, password=PASSWORD)
    return client


def test_an_administrator_finds_a_customer_by_address_and_downloads_their_data(
    admin_client, customer
):
    page = admin_client.get("/staff/privacy/", {"q": "sam.lee@example.com"}).content.decode()
    download = admin_client.get(f"/staff/privacy/p{customer.pk}/export.zip")

    assert "Sam Lee" in page and "customer, no account" in page
    data = json.loads(zipfile.ZipFile(io.BytesIO(download.content)).read("data.json"))
    assert (
        data["people"]["customer_records"][0]["identities"][0]["external_id"]
        == "sam.lee@example.com"
    )


def test_an_administrator_erases_a_customer_and_the_record_names_no_one(admin_client, customer):
    response = admin_client.post(
        f"/staff/privacy/p{customer.pk}/erase/",
        {"note": "ticket 881", "policy": "remove", "confirm": "yes"},
    )

    assert response.status_code == 302
    assert not Person.objects.exists()
    page = admin_client.get("/staff/privacy/").content.decode()
    assert f"person {customer.pk}" in page and "ticket 881" in page and "ada" in page
    assert "Sam Lee" not in page
    assert (
        admin_client.get("/staff/privacy/", {"q": "sam.lee@example.com"})
        .content.decode()
        .count("Erase this person")
        == 0
    )


def test_erasing_without_the_confirmation_changes_nothing(admin_client, customer):
    response = admin_client.post(f"/staff/privacy/p{customer.pk}/erase/", {"policy": "remove"})

    assert response.status_code == 302
    assert Person.objects.filter(pk=customer.pk).exists()
    assert not ErasureRecord.objects.exists()


@pytest.mark.parametrize("role", ["customer", "agent", "moderator"])
def test_only_administrators_reach_privacy_requests(client, customer, role):
    someone = UserFactory(role=role)
    client.login(username=someone.username, password=PASSWORD)

    assert client.get("/staff/privacy/").status_code == 403
    assert client.get(f"/staff/privacy/p{customer.pk}/export.json").status_code == 403
    assert (
        client.post(f"/staff/privacy/p{customer.pk}/erase/", {"confirm": "yes"}).status_code == 403
    )
    assert Person.objects.filter(pk=customer.pk).exists()


def test_staff_accounts_are_not_erased_from_the_privacy_page(admin_client):
    agent = UserFactory(username="agent", role="agent")

    admin_client.post(f"/staff/privacy/u{agent.pk}/erase/", {"policy": "remove", "confirm": "yes"})

    assert User.objects.filter(username="agent").exists()


def test_the_command_finds_exports_and_erases(customer, tmp_path, capsys):
    out = io.StringIO()
    call_command("privacy", "find", "Sam Lee", stdout=out)
    assert out.getvalue().startswith(f"p{customer.pk}\tSam Lee")
    call_command(
        "privacy", "export", f"p{customer.pk}", "-o", str(tmp_path / "sam.zip"), stdout=out
    )
    assert "data.json" in zipfile.ZipFile(tmp_path / "sam.zip").namelist()
    with pytest.raises(CommandError, match="add --yes"):
        call_command("privacy", "erase", f"p{customer.pk}")

    call_command("privacy", "erase", f"p{customer.pk}", "--yes", "--note", "letter 12", stdout=out)

    assert not Person.objects.exists()
    assert ErasureRecord.objects.get().actor_name == "operator"
    with pytest.raises(CommandError, match="No such customer record"):
        call_command("privacy", "export", f"p{customer.pk}")
