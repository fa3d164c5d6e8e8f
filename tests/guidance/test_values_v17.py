"""Value kinds by structure (values-v17, issue 13): numbers said in words with dashes and glued
German digit words, a credential's name and a colon before digits said in words, German
credentials with the copula before the noun, a network's key after "Netz"; a number stated with
what it is for ("passport number for the check-in is …"), digits that go on past a code's
length, an IMEI's grouping and name, a branch given as "our <place> <kind of place> is at …"
and a branch entered as its town with its street in brackets. Each family has clean twins that
must stay clean. The examples are made up for these tests."""

import pytest

from openline.guidance import actions

from .findings import found

# --- 1. Secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the credential's name and a colon, then digits said in words parted by a dash
        ("Ihr Einmalpasswort für das Kundenportal: drei neun eins \u2013 sechs null zwei. Gültig "
         "für 5 Minuten.", "drei neun eins \u2013 sechs null zwei"),
        # the copula before the noun, the sentence begun with something else (verb second)
        ("Bei der neuen Kasse ist das Servicepasswort für den Technikermodus einfach "
         "„Lagerfeuer7“, das weiß kaum jemand.", "Lagerfeuer7"),
        # a network named "Netz", then its key
        ("Für den Drucker im Lager: Netz „Halle-3-Gast“, Schlüssel Ahornblatt_42!",
         "Ahornblatt_42!"),
        # a code whose name says it lets someone in, its digits right after the name
        ("The helpdesk sent me a one-time login code 604117 but the app rejects it.", "604117"),
        # digits, then the credential they serve as
        ("the old tills open with 2468 as the manager PIN, nobody ever changed it", "2468"),
    ],
)  # fmt: skip
def test_a_credential_told_by_its_structure_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # a word that ends an exclamation is no password
        "Die Nachricht „Bitte Passwort bestätigen“ ist Betrug! Wir fragen nie danach.",
        # the copula before the noun without a value
        "Bei uns ist das Passwort für das Portal nicht mehr nötig, Sie melden sich per Link an.",
        "Leider ist die PIN der Karte 3 Mal falsch eingegeben worden.",
        # two digit words after the colon are no code
        "Ihr Einmalpasswort kommt per SMS: bitte zwei drei Minuten warten.",
        # a bare code's digits, a login code's length, digits as something else
        "Error code 4021 means the router lost its line; restart it.",
        "Your login code has 6 digits and expires after 10 minutes.",
        "We use 2024 as the base year for the price index.",
    ],
)
def test_sentences_like_them_without_a_credential_stay_clean(db, text):
    assert found(text, "secret") == []


def test_digits_that_go_on_in_groups_are_a_phone_number_not_a_code(db):
    text = (
        'Careful with the "cheap pass codes" on the marketplace: the seller is Dara Quinlan, her '
        "number is 07700 900 412 — don't pay her."
    )
    assert found(text, "secret") == []
    assert "07700 900 412" in found(text, "personal_data")


# --- 2. Personal data ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # digit words joined by hyphens, groups parted by commas
        ("Herr Brandl verkauft sein altes Rad, Telefon null-acht-neun, drei-drei-zwei, "
         "sieben-eins-vier-vier.", "null-acht-neun, drei-drei-zwei, sieben-eins-vier-vier"),
        # the digit words of a group glued into one, groups parted by a dash and commas
        ("Frau Albers bittet um Rückruf: nullvierzwo \u2013 eins acht sieben, sechs sechs drei, "
         "null neun.", "nullvierzwo \u2013 eins acht sieben, sechs sechs drei, null neun"),
        # a number named, what it is for, then the value
        ("Hi Sam, the guest's passport number for the check-in is K7M2PQ91X, see you Friday.",
         "K7M2PQ91X"),
        ("Her Aadhaar number for the warranty claim: 6182 4410 9375. Thanks.", "6182 4410 9375"),
    ],
)  # fmt: skip
def test_personal_data_told_by_its_structure_is_found(db, text, value):
    assert value in found(text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        # what follows the ID's name is another number's
        "Bring your passport; the number for the booking is BK4471920.",
        # a place's name and the kind of place it is
        "Our Galway bakery is at 14 Quay Street, next to the bridge.",
        "Our Kilkenny showroom sits at 3 Parliament Street until the end of May.",
    ],
)
def test_look_alikes_without_personal_data_stay_clean(db, text):
    assert found(text, "personal_data") == []


def test_a_device_we_sell_is_not_someones_health_but_one_they_rely_on_is(db):
    assert found("The Lift 3 is our newest stairlift. Ask us for a quote.", "personal_data") == []
    assert found("Please hurry, she relies on a stairlift.", "personal_data") != []


def test_a_customer_number_stated_is_not_a_phone_number(db):
    text = "Ihre Kundennummer ist 5521 0093 7714 \u2013 bitte bei Rückfragen angeben."
    assert found(text, "personal_data") == []
    assert "0171 5523109" in found("Sie erreichen ihn unter 0171 5523109.", "personal_data")


def test_a_name_whose_record_is_refused_is_not_disclosed_but_one_handed_over_is(db):
    refused = "Sorry, I can't give out Mr Doyle's mobile number, but I'll pass your message on."
    assert found(refused, "personal_data") == []
    given = "Here is Mr Doyle's mobile number, as you asked: 07700 900 318."
    assert "Mr Doyle" in " ".join(found(given, "personal_data"))


def test_a_person_of_ours_at_an_address_is_still_an_address(db):
    text = "Our Leeds courier is at 27 Elmfield Road now, the customer isn't answering."
    assert "27 Elmfield Road" in found(text, "personal_data")


def test_a_branch_entered_as_its_town_with_its_street_in_brackets_is_our_address(db):
    contact = actions.add_public_contact(value="Tralee (Denny Street 12)")
    assert contact.value == "Denny Street 12, Tralee"
    text = "Our Tralee store reopens on Monday after the refit. Same place, Denny Street 12."
    assert found(text, "personal_data") == []


# --- 3. Payment cards ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # grouped as phones print an IMEI (its first fourteen digits pass Luhn)
        "The number on the label, 35 209900 176948 2, is printed under the battery.",
        # named as an IMEI after it
        "Please read me 35209900176948, the IMEI, so I can book the repair.",
    ],
)
def test_an_imei_is_not_a_payment_card(db, text):
    assert found(text, "payment_card") == []


def test_a_card_named_after_it_as_the_one_used_is_still_a_card(db):
    text = "The card 4539 1488 0343 6467 is the one I used for the booking."
    assert found(text, "payment_card") == ["4539 1488 0343 6467"]
