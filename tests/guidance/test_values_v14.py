"""Value kinds by family (values-v14, issue 13): codes a sentence says open a lock, codes listed
under their name, short tokens and credentials given as "it's …", combinations set with spaced
dashes; and personal-data false alarms on a company's own sites, on codes, on German capitalised
words and on dates. Each family has a clean twin that must stay clean. The examples are made up
for these tests."""

import pytest

from .findings import found

# --- 1. A code in a sentence about a lock, a door or an alarm opens it -------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Team: the key safe at the depot is 4471 now, the old code 2290 stops working.",
            "2290",
        ),
        ("Use code 6687 at the side gate after 6pm.", "6687"),
        ("The alarm panel takes the code 8803 to disarm.", "8803"),
    ],
)
def test_a_code_in_a_sentence_about_a_lock_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Error code 2290 means the printer is jammed.",
        "Discount code 6687 no longer applies to sale items.",
    ],
)
def test_a_code_with_no_lock_in_its_sentence_is_not_a_secret(db, text):
    assert found(text, "secret") == []


# --- 2. Codes listed one to a line under their name --------------------------------------------


def test_backup_codes_listed_one_to_a_line_are_secrets(db):
    text = (
        "Hi Sam,\n\nHere are your recovery codes for the partner portal. Each works once:\n\n"
        "  40917-22853\n  61120-08734\n  93356-41078\n\nKeep them somewhere safe."
    )
    assert found(text, "secret") == ["40917-22853", "61120-08734", "93356-41078"]


def test_a_list_under_another_heading_is_not_a_secret(db):
    text = "Your orders this month:\n\n  40917-22853\n  61120-08734\n\nAll have shipped."
    assert found(text, "secret") == []


# --- 3. Short tokens and credentials given as "it's …" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("If the link won't open, the reset token is b7d2-91xq-4kp8.", "b7d2-91xq-4kp8"),
        (
            "The password is on the whiteboard... no, really: it's Otter#Q4_ledger, keep it quiet.",
            "Otter#Q4_ledger",
        ),
        (
            "The router's WPA key is on the sticker, but it's 8KLM3-QW7RT if it's faded.",
            "8KLM3-QW7RT",
        ),
    ],
)
def test_a_short_token_or_a_credential_given_as_its_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The key is to restart the hub twice.",
        "Your PIN arrives by post, it's 6 digits long.",
        "The password reset link expires after an hour, it is 60 minutes.",
    ],
)
def test_prose_about_a_key_or_a_password_is_not_a_secret(db, text):
    assert found(text, "secret") == []


# --- 4. A combination's groups joined by spaced dashes -----------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "The safe in the back office has the combination 27 \u2013 09 \u2013 63.",
            "27 \u2013 09 \u2013 63",
        ),
        (
            "Der Tresor hat die Kombination 27 \u2013 09 \u2013 63, falls du abschlie\u00dft.",
            "27 \u2013 09 \u2013 63",
        ),
    ],
)
def test_a_combination_set_with_spaced_dashes_is_a_secret(db, text, secret):
    assert found(text, "secret") == [secret]


def test_pages_set_with_spaced_dashes_are_not_a_code(db):
    assert found("The error codes are on pages 4 \u2013 6 \u2013 9 of the manual.", "secret") == []


# --- 5. Personal data: what is not someone's -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bristol site is at 14 Quay Lane, Bristol BS1 4QA. Parking is round the back.",
        "Ihr Termin in der Filiale Graz (Herrengasse 12) ist am Freitag best\u00e4tigt.",
        "Our office is at 3 Foundry Yard, Manchester M4 6DE, next to the station.",
    ],
)
def test_the_companys_own_sites_are_not_personal_data(db, text):
    assert found(text, "personal_data") == []


def test_someones_address_is_still_personal_data(db):
    text = "Please post it to Ann Lee, 3 Foundry Yard, Manchester M4 6DE."
    assert "M4 6DE" in "".join(found(text, "personal_data"))


@pytest.mark.parametrize(
    "text",
    [
        "The letter in the ticket number TW-B8W4XN is just part of the number.",
        "Bare-root roses are dormant in winter, so they look like sticks.",
        "Ihre Reklamation hat die Nummer RK-55120. Falls Sie anrufen, nennen Sie die Nummer.",
        "The firmware update went out on 03.04.2025 to every hub.",
    ],
)
def test_codes_words_and_dates_shaped_like_personal_data_are_not(db, text):
    assert found(text, "personal_data") == []


def test_a_date_said_to_be_a_phone_number_is_still_one(db):
    assert found("Call me on 03.04.2025 please.", "personal_data") == ["03.04.2025"]


# --- 6. Digits one is told to key in, where the sentence speaks of access ----------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("To get back in, use the code 618204 we just texted you.", "618204"),
        ("Hold the reset button and type 5193 at the prompt.", "5193"),
        ("The night staff use 0815 to turn the alarm off.", "0815"),
        ("Use the code 2024 to get in after hours.", "2024"),  # a year's digits, as the code
    ],
)
def test_digits_to_key_in_where_the_sentence_speaks_of_access_are_a_secret(db, text, secret):
    assert found(text, "secret") == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "Please use 0800 046 2290 to reach us before you log in again.",
        "Enter 1500 euros as the amount and verify it.",
        "Use 2290 characters at most in the description.",
        "We use 2024 as the code year on the labels, so sign in and pick it from the list.",
    ],
)
def test_phone_numbers_and_amounts_to_key_in_are_not_secrets(db, text):
    assert found(text, "secret") == []
