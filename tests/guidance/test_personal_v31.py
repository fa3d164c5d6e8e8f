"""Personal data by structure (personal-v31, issue 13): "+" dialled as "00" and Swiss groupings
of phone numbers; more names of ID numbers ("Personalausweis-Nr.", student, pupil and inmate
numbers) and Mexico's CURP and RFC by shape; Czech and Swedish postcodes, Malaysian and
Vietnamese streets. And what is no living person's data: a date of birth 120 years back, an
e-mail address shown cut after an ellipsis, an address followed by "(our … store)". Each has a
look-alike twin. The people, numbers and streets are made up for these tests."""

import pytest

from openline.guidance.checks import check_text
from openline.guidance.redaction import private_spans

pytestmark = pytest.mark.django_db


def flags(text: str, value: str) -> bool:
    """Whether a personal-data finding overlaps `value` in `text` (as the evaluation scores)."""
    start = text.index(value)
    return any(
        f.kind == "personal_data" and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == "personal_data"]


# --- phone numbers -------------------------------------------------------------------------------


def test_a_uk_mobile_dialled_with_00_is_flagged() -> None:
    assert flags("tried calling you on 0044 7700 900 552, no answer", "0044 7700 900 552")


def test_a_swiss_mobile_in_its_grouping_is_flagged() -> None:
    assert flags("Bitte um Rückruf wegen der Führung: 076 388 19 04.", "076 388 19 04")


def test_a_long_payment_reference_of_zeros_is_no_phone_number() -> None:
    assert found("Your payment reference is 00 00082 07791, keep it for the bank.") == []


# --- ID numbers ----------------------------------------------------------------------------------


def test_an_id_cards_number_after_its_short_german_name_is_flagged() -> None:
    text = "Die Ausweiskopie ist da (Personalausweis-Nr. L01X3TK79). Identität bestätigt."
    assert flags(text, "L01X3TK79")


def test_a_matriculation_number_is_flagged() -> None:
    assert flags("Tobias, Matrikelnummer 21-915-334 ist notiert.", "21-915-334")


def test_a_colleges_student_login_number_is_left_alone() -> None:
    assert found("Your student number is PLW-S-204118. You'll need it to log into the app.") == []


def test_an_inmate_number_is_flagged() -> None:
    assert flags("To reach him, his inmate number is 8823-045.", "8823-045")


def test_a_curp_by_its_shape_is_flagged() -> None:
    assert flags("Mine is GOMA910322HDFRRL08, posted it in the form.", "GOMA910322HDFRRL08")


def test_a_product_code_of_letters_and_digits_is_no_curp() -> None:
    assert found("The kit ships as GOMA9103XYZ with two spare blades.") == []


# --- addresses -----------------------------------------------------------------------------------


def test_a_czech_address_with_its_postcode_is_flagged() -> None:
    text = "The backpack had a card for Pavel Dusek, Masarykova 21, 602 00 Brno."
    assert flags(text, "602 00 Brno")


def test_a_price_of_three_and_two_digits_is_no_postcode() -> None:
    assert found("The set is now 129 95 Euro cheaper, in Brno too.") == []


def test_a_malaysian_street_with_its_number_is_flagged() -> None:
    text = "They gave me their address for the swap: 27 Jalan Ampang, Kuala Lumpur."
    assert flags(text, "27 Jalan Ampang")


def test_an_address_followed_by_our_store_in_brackets_is_left_alone() -> None:
    text = "Your fitting is on Saturday at 3625 Dufferin St, Toronto (our Yorkdale-area store)."
    assert found(text) == []


def test_the_same_address_said_to_be_a_customers_home_is_flagged() -> None:
    text = "The courier left it at 3625 Dufferin St, Toronto, your home address on file."
    assert flags(text, "3625 Dufferin St")


def test_a_customers_address_followed_by_our_in_brackets_is_still_masked() -> None:
    # "(our …)" is the company's place only in a reply: in a customer's text it is theirs.
    text = "Please send the new one to 3625 Dufferin St, Toronto (our new flat)."
    start = text.index("3625")
    spans = [(s, e) for s, e, kind in private_spans(text) if kind == "address"]
    assert any(s <= start < e for s, e in spans)


# --- no living person's data ---------------------------------------------------------------------


def test_a_birth_date_from_a_census_long_ago_is_left_alone() -> None:
    assert found("He gives his birth date as 4 June 1856 in the petition.") == []


def test_a_recent_date_of_birth_is_still_flagged() -> None:
    assert flags("He gives his birth date as 4 June 1986 on the form.", "4 June 1986")


def test_an_e_mail_address_shown_cut_after_an_ellipsis_is_left_alone() -> None:
    assert found("The payout went to the account ending “…ley@gmail.com”.") == []


def test_a_whole_e_mail_address_is_still_flagged() -> None:
    assert flags("The payout went to hayley@gmail.com.", "hayley@gmail.com")
