"""Value kinds by mechanism (values-v13, issue 13): which kind a Luhn-valid number is, what a
word before a number says it is, credentials handed over without the word "password", and the
people and places a record or an address names. Each mechanism has a clean twin that must stay
clean. The examples are made up for these tests."""

import pytest
from django.test import override_settings

from .findings import found

# --- 1. A Luhn-valid number is a card, whatever a secret's pattern read before it ------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (
            "I've switched your parking pass payment card to 6011994477201360 as asked.",
            "6011994477201360",
        ),
        ("The card now on your gym pass: 5204199933771688, expiring 09/28.", "5204199933771688"),
        ("I've put the card onto her pass: 4556732011884200, exp 03/29.", "4556732011884200"),
        ("The card behind the pass is 5204199933771688 now.", "5204199933771688"),
    ],
)
def test_a_luhn_valid_number_after_a_pass_is_a_card_not_a_secret(db, text, card):
    assert found(text, "payment_card") == [card]
    assert found(text, "secret") == []


def test_a_gift_cards_number_is_not_reported_as_a_payment_card(db):
    text = "The gift card number is 4026-1480-5500-2132 and it holds £25."
    assert found(text, "payment_card") == []


def test_an_international_phone_number_is_never_read_as_a_card(db):
    # 4371 2009 8812 7451 is Luhn-valid; with a plus in front it is a number to call.
    text = "The courier is on +4371 2009 8812 7451 if the gate is locked."
    assert found(text, "payment_card") == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (
            "For the refund, the card used on the booking is 4026 1480 5500 2132.",
            "4026 1480 5500 2132",
        ),
        (
            "Pasting the whole card so billing can match the order: 5204 1999 3377 1688",
            "5204 1999 3377 1688",
        ),
    ],
)
def test_a_card_named_earlier_in_the_sentence_outweighs_a_bare_record_word(db, text, card):
    assert found(text, "payment_card") == [card]


def test_a_number_a_record_word_names_itself_stays_that_records(db):
    text = "We refunded your card; the order number is 4026 1480 5500 2132."
    assert found(text, "payment_card") == []


# --- 2. A pass that is a ticket is not a password ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your annual pass number is AP-558102 and it is valid from Monday.",
        "I've reissued the visitor pass: VP-44810, please show it at reception.",
        "Found it, pass no. MP-77120 is linked to your account now.",
    ],
)
def test_a_ticket_pass_and_its_number_are_no_secret(db, text):
    assert found(text, "secret") == []


def test_a_bare_pass_with_a_credential_after_it_is_still_a_password(db):
    assert found("The shared drive's pass is Pike#2068, keep it to yourself.", "secret")


# --- 3. Credentials handed over without the word "password" ---------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "The till in the back office still logs in as manager / Copperfield7 for now.",
            "Copperfield7",
        ),
        (
            'Back then the wifi in the barn was "barn_guest" / Hayloft#2210, no idea now.',
            "Hayloft#2210",
        ),
        ("The coupon PIN for your refund credit is 5521-QZ, enter it at checkout.", "5521-QZ"),
        # Said to be accepted, a value is not refused: it stays a secret.
        ("The side gate PIN is 7730 and is accepted at the loading bay too.", "7730"),
    ],
)
def test_credentials_said_by_a_login_in_any_tense_or_a_pin_are_secrets(db, text, secret):
    assert any(secret in span or span in secret for span in found(text, "secret"))


@pytest.mark.parametrize(
    "text",
    [
        "Your voucher code is SPRING-2026 and it gives 15% off at checkout.",
        'There is no password on the shuttle wifi, just connect to "Shuttle_Guest5" and go.',
        'Passwords need 12 characters now, so "Summer2024" won\'t work, sorry.',
        "The code on your receipt, 4D7A-22CF, is only a receipt number for look-ups.",
        "Our depot is next door: Acme Freight Ltd, Hafenstraße 9, 20457 Hamburg.",
    ],
)
def test_values_the_sentence_says_are_not_credentials_stay_clean(db, text):
    assert found(text, "secret") == []


# --- 4. People and places a record or an address names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanks for sending a scan of your passport (no. 771204356) for the check.", "771204356"),
        ("Die Ausweiskopie, die Sie hochgeladen haben (Nr. T22K09Z41), ist gelöscht.", "T22K09Z41"),
        ("Reservation QL-58H2P is under Mr Tobias Brandauer, arriving Friday.", "Tobias Brandauer"),
        (
            "The parcel was for Mr Rhodri Pennant at 14 Chapel Lane, Ruthin LL15 1AA.",
            "Rhodri Pennant",
        ),
        (
            "A wallet came in with a card for Mrs Della Hargreave, 5 Southgate, Chichester.",
            "5 Southgate",
        ),
    ],
)
def test_names_ids_and_addresses_a_record_or_an_address_gives_are_personal(db, text, value):
    assert any(value in span or span in value for span in found(text, "personal_data"))


def test_a_placeholder_plate_in_an_example_is_no_ones_car(db):
    text = "Call it like this: GET /v1/permits?plate=XX00XXX and read the JSON back."
    assert found(text, "personal_data") == []


@override_settings(OPENLINE={"COMPANY_NAME": "Brightlens Opticians", "COMPANY_PRODUCTS": []})
def test_an_address_right_after_the_companys_branch_name_is_its_own(db):
    text = "Your eye test at Brightlens Harrogate (12 James Street) is booked for 10:30."
    assert found(text, "personal_data") == []
