"""The company's country (OPENLINE_COMPANY_COUNTRY): an operator enters the company's own number
as its people write it ("052 511 34 90" in Switzerland), and a draft that quotes it, nationally
or with the country code, is not reporting someone's personal data."""

import sys
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from openline.guidance import actions
from openline.guidance.apps import check_company_country
from openline.guidance.models import PublicContact

from .findings import found

SWISS = {"COMPANY_NAME": "Loetwerk", "COMPANY_COUNTRY": "CH"}


@pytest.fixture
def swiss_company(settings):
    settings.OPENLINE = {**settings.OPENLINE, **SWISS}


def test_a_number_written_nationally_is_read_as_one_of_the_companys_country(db, swiss_company):
    contact = actions.add_public_contact(value="052 511 34 90")

    assert (contact.kind, contact.normalised, contact.value) == (
        "phone",
        "+41525113490",
        "052 511 34 90",
    )


def test_the_same_number_written_internationally_is_refused_as_a_duplicate(db, swiss_company):
    actions.add_public_contact(value="052 511 34 90")

    with pytest.raises(ValidationError, match="already a public contact"):
        actions.add_public_contact(value="+41 52 511 34 90")


@pytest.mark.parametrize(
    "written", ["052 511 34 90", "+41 52 511 34 90", "0041 52 511 34 90", "+41 (0)52 511 34 90"]
)
def test_the_public_number_is_not_personal_data_however_a_draft_writes_it(
    db, swiss_company, written
):
    actions.add_public_contact(value="052 511 34 90")

    assert found(f"Sie erreichen unseren Kundendienst unter {written}.", "personal_data") == []
    assert found(f"You can reach our service desk on {written}.", "personal_data") == []


def test_another_number_in_the_same_draft_is_still_personal_data(db, swiss_company):
    actions.add_public_contact(value="052 511 34 90")

    text = "Ihre Nachbarin ist unter 079 412 33 81 erreichbar, wir unter 052 511 34 90."
    assert found(text, "personal_data") == ["079 412 33 81"]


def test_a_value_that_is_no_contact_is_refused_with_the_companys_number_forms(db, swiss_company):
    with pytest.raises(ValidationError) as refused:
        actions.add_public_contact(value="VHF channel 80")

    message = refused.value.message_dict["value"][0]
    assert "is not an e-mail address, a phone number or a postal address" in message
    assert "CH" in message and "+41 " in message


def test_the_admin_reads_a_national_number_as_the_companys_country(admin_client, swiss_company):
    admin_client.post("/admin/guidance/publiccontact/add/", {"value": "052 511 34 90", "note": ""})

    assert PublicContact.objects.get().normalised == "+41525113490"


def test_the_admin_form_says_how_a_national_number_is_read(admin_client, swiss_company):
    page = admin_client.get("/admin/guidance/publiccontact/add/").text

    assert "is read as a number in CH, the company's country" in page


def test_the_command_reads_a_national_number_as_the_companys_country(db, swiss_company):
    call_command("guidance", "contact", "add", "052 511 34 90")

    assert PublicContact.objects.get().normalised == "+41525113490"


def test_the_command_refuses_what_is_no_contact(db, swiss_company):
    with pytest.raises(CommandError, match="is not an e-mail address, a phone number"):
        call_command("guidance", "contact", "add", "VHF channel 80")


@pytest.mark.parametrize("country", ["", "Schweiz", "XX"])
def test_a_company_country_that_is_no_country_code_is_a_configuration_error(settings, country):
    settings.OPENLINE = {**settings.OPENLINE, "COMPANY_COUNTRY": country}

    assert [error.id for error in check_company_country()] == ["openline.guidance.E001"]


def test_the_default_country_reads_the_demo_companys_numbers(settings):
    assert check_company_country() == []
    assert actions.parse_contact("0161 496 0000") == ("phone", "+441614960000")


# --- the evaluation's loader sets the country an operator would set ---------------------------


@pytest.fixture
def loader():
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    try:
        import guidance_eval_companies

        yield guidance_eval_companies
    finally:
        sys.path.pop(0)


def company(postal: str, phones: list[str]) -> dict:
    return {"name": "Loetwerk AG", "public_contacts": {"postal": postal, "phone": phones}}


@pytest.mark.parametrize(
    ("postal", "phones", "country"),
    [
        ("Loetwerk AG, Industriestr. 9, 8400 Winterthur", ["+49 30 1234 5678", "+41 52 5"], "CH"),
        ("Loetwerk GmbH, Ringstraße 9, 1010 Wien", ["+43 1 890 44 20"], "AT"),
        ("Loetwerk GmbH, Ringstraße 9, 10115 Berlin; branches: 8400 Winterthur", [], "DE"),
        ("Loetwerk Ltd, 3 Mill Yard, Leeds LS1 4AP (branches: 1010 Wien)", [], "GB"),
        ("Loetwerk Inc., 410 Larkin Street, San Francisco, CA 94109", [], "US"),
        ("Loetwerk, Rua das Gaivotas 12, 1200-202 Lisboa, Portugal", [], "PT"),
        ("Loetwerk GmbH, Dorfstraße 12, 6764 Lech, Österreich", ["+41 81 410 22 70"], "AT"),
    ],
)
def test_the_loader_sets_the_head_offices_country(loader, postal, phones, country):
    assert loader.company_country(company(postal, phones)) == country
