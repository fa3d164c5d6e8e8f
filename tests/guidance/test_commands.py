import pytest
from django.core.management import CommandError, call_command

from openline.guidance.models import ConfidentialTerm, PublicContact


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("guidance", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_contact_add_stores_a_phone_number_in_international_form(db):
    assert run("contact", "add", "0161 496 0000", "--note", "UK support") == (
        "Added public phone +441614960000.\n"
    )
    assert PublicContact.objects.get().note == "UK support"


def test_contact_add_stores_an_email_address_in_lower_case(db):
    run("contact", "add", "Support@HaldenHome.com")

    assert PublicContact.objects.get().normalised == "support@haldenhome.com"


def test_contact_list_shows_each_contact(db):
    run("contact", "add", "support@haldenhome.com")
    run("contact", "add", "+44 161 496 0000")

    assert run("contact", "list").splitlines() == [
        "email\tsupport@haldenhome.com\t-",
        "phone\t+441614960000\t-",
    ]


def test_contact_add_refuses_what_is_neither_address_nor_number(db):
    with pytest.raises(CommandError, match="is not an e-mail address, a phone number or a postal"):
        run("contact", "add", "call us")


def test_contact_add_refuses_a_duplicate(db):
    run("contact", "add", "+44 161 496 0000")

    with pytest.raises(CommandError, match="already a public contact"):
        run("contact", "add", "0161 496 0000")


def test_register_add_and_list(db):
    run("register", "add", "Project Kestrel", "--note", "Next thermostat", "--variant", "PK-1")
    run("register", "add", "halden.internal", "--category", "internal_host")

    assert run("register", "list").splitlines() == [
        "halden.internal\tinternal_host\tactive\t-\t-",
        "Project Kestrel\tcode_name\tactive\tNext thermostat\tPK-1",
    ]


def test_register_add_refuses_a_term_already_there_in_another_spelling(db):
    run("register", "add", "Project Kestrel")

    with pytest.raises(CommandError, match="already on the register"):
        run("register", "add", "project-kestrel")
    assert ConfidentialTerm.objects.count() == 1


def test_register_add_refuses_a_term_too_short_to_match_safely(db):
    with pytest.raises(CommandError, match="at least 3 letters or digits"):
        run("register", "add", "x1")
