"""Personal data that is the company's own, by structure (personal-v30, issue 13): a configured
public line read by another rule or given with a department's extension, a configured address
written without its accents or under the company's name in a signature, a street and number in
brackets after a town (where a branch or an event is), a practice named before its address, an
office said to have moved. Each has a twin that stays flagged: a person's number, home or move.
The companies, numbers and streets are made up for these tests."""

import pytest
from django.test import override_settings

from openline.guidance import actions
from openline.guidance.checks import check_text

pytestmark = pytest.mark.django_db

COMPANY = {"COMPANY_NAME": "Kelchfeld Reisen", "COMPANY_PRODUCTS": ["Kelchfeld Pass"]}


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == "personal_data"]


def flags(text: str, value: str) -> bool:
    """Whether a personal-data finding overlaps `value` in `text` (as the evaluation scores)."""
    start = text.index(value)
    return any(
        f.kind == "personal_data" and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )


# --- the company's configured line --------------------------------------------------------------


def test_the_companys_line_after_an_id_word_is_not_flagged() -> None:
    actions.add_public_contact(value="+1 415 555 0123")
    text = (
        "Please never email us your Social Security number. If we need it, we'll take it over "
        "the phone at (415) 555-0123 or at the desk."
    )
    assert found(text) == []


def test_another_number_after_an_id_word_is_still_flagged() -> None:
    actions.add_public_contact(value="+1 415 555 0123")
    text = (
        "Please never email us your Social Security number. If we need it, we'll take it over "
        "the phone at (415) 555-0177 or at the desk."
    )
    assert flags(text, "555-0177")


def test_the_companys_line_with_a_departments_extension_is_not_flagged() -> None:
    actions.add_public_contact(value="+43 1 890 12 00")
    assert found("Die Durchwahl der Buchhaltung ist -15, also +43 1 890 12 00-15.") == []


def test_another_line_with_an_extension_is_still_flagged() -> None:
    actions.add_public_contact(value="+43 1 890 12 00")
    assert flags("Ihre Nummer ist +43 1 890 77 00-15, richtig?", "+43 1 890 77 00-15")


def test_the_companys_freephone_after_pin_and_tan_is_not_flagged() -> None:
    actions.add_public_contact(value="+49 800 555 1234")
    text = (
        "Achtung: Gerade sind Mails im Umlauf, die nach Kontodaten fragen. Wir fragen nie per "
        "Mail nach PIN, TAN oder Passwort. Im Zweifel: 0800 555 1234."
    )
    assert found(text) == []


# --- the company's configured address, written another way --------------------------------------


def test_the_companys_address_without_its_accents_is_not_flagged() -> None:
    actions.add_public_contact(value="Kelchfeld Reisen AG, Mühlegasse 12, 8001 Zürich")
    assert found("Kind regards\nThe travel desk\nMuhlegasse 12, 8001 Zurich") == []


def test_a_home_in_the_same_street_without_accents_is_still_flagged() -> None:
    actions.add_public_contact(value="Kelchfeld Reisen AG, Mühlegasse 12, 8001 Zürich")
    assert flags("Our guest lives at Muhlegasse 14, 8001 Zurich.", "Muhlegasse 14")


@override_settings(OPENLINE=COMPANY)
def test_an_address_under_the_companys_name_in_a_signature_is_not_flagged() -> None:
    assert found("Best regards,\nKelchfeld Basel\nFreie Strasse 5, 4001 Basel") == []


@override_settings(OPENLINE=COMPANY)
def test_an_address_under_a_persons_name_in_a_signature_is_still_flagged() -> None:
    text = "Best regards,\nAnna Keller\nFreie Strasse 5, 4001 Basel"
    assert flags(text, "Freie Strasse 5")


# --- a street in brackets after a town; a practice; an office that moved ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tag der offenen Tür am Samstag in Kempten (Bahnhofstraße 14), bis 16 Uhr!",
        "Unsere Standorte: Lienz (Kärntner Straße 9), Spittal (Tiroler Straße 21).",
        "Our open evening is on Friday (44 Mill Lane), free coffee for everyone.",
        "Heute Schulungstag in Kufstein (Salurner Straße 30) mit 14 Teilnehmenden.",
    ],
)
def test_a_street_in_brackets_after_a_town_or_a_day_is_not_flagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Kundin in Kempten (Bahnhofstraße 14) wartet noch auf Rückruf.", "Bahnhofstraße 14"),
        ("Deine Nachbarin Frau Kessler (Lindenweg 9) hat auch eins bestellt.", "Lindenweg 9"),
        ("Sie wohnt in Kempten (Bahnhofstraße 14), bitte dort klingeln.", "Bahnhofstraße 14"),
    ],
)
def test_a_street_in_brackets_beside_a_person_is_still_flagged(text: str, value: str) -> None:
    assert flags(text, value)


def test_a_practice_named_before_its_address_is_not_flagged() -> None:
    text = "Die Praxis Feldkirch findet ihr in der Schillerstraße 8, 6800 Feldkirch."
    assert found(text) == []


def test_a_home_in_the_same_words_is_still_flagged() -> None:
    text = "Frau Huber findet ihr in der Schillerstraße 8, 6800 Feldkirch."
    assert flags(text, "Schillerstraße 8")


def test_our_office_that_moved_is_not_flagged() -> None:
    text = "Our Tacoma workshop has moved! New address: 1420 Pacific Ave, Suite 3. Same hours."
    assert found(text) == []


def test_a_persons_move_is_still_flagged() -> None:
    text = "My sister has moved! New address: 1420 Pacific Ave, Suite 3. Same hours."
    assert flags(text, "1420 Pacific Ave")
