"""Value kinds by structure (personal-v15, issue 13): German credentials read by the sentence's
grammar (a credential noun, its attributes, a copula or a change in the perfect, the value),
digits keyed in on a device; and personal data by the structure of phone numbers and addresses.
Each family has clean twins that must stay clean. The examples are made up for these tests."""

import pytest

from openline.guidance import actions
from openline.guidance.checks import check_text

from .findings import found

# --- 1. German credentials by grammar -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the value as the goal of a change in the perfect
        ("Das vorläufige Passwort haben wir auf Wintergarten7 gesetzt.", "Wintergarten7"),
        # a relative clause between the noun and the copula
        ("Das Passwort, das Sie brauchen, ist Seerose_2.", "Seerose_2"),
        # a genitive attribute and an article before the value
        ("Die PIN der Karte ist die 9037.", "9037"),
        # a prepositional attribute and a particle before the value
        ("Der Code fürs Tor ist übrigens 1990.", "1990"),
        # a second clause that refers back to the noun
        ("Das Kennwort steht nicht im Handbuch, es ist Falke.Blau.7.", "Falke.Blau.7"),
        # a digital key and an access number, named by their compounds
        ("Der API-Schlüssel lautet k3y-88Fh2kLq9zP.", "k3y-88Fh2kLq9zP"),
        ("Die Zugangsnummer für die Hotline-Freischaltung ist 44871.", "44871"),
        # digits keyed in with a separable verb on a device
        ("Tippen Sie einfach 6060 am Tastenfeld ein.", "6060"),
        ("Die Alarmanlage schalten Sie mit 1357 aus.", "1357"),
        # what the value serves as
        ("Als PIN nehmen Sie bitte 5566.", "5566"),
        # a code given right after its article, in a sentence about a way in
        ("Mit dem Code 7391 kommen Sie ins Parkhaus.", "7391"),
        ("Die Schranke öffnet bei Eingabe von 2580.", "2580"),
        ("Der Code lautet wie immer 4040.", "4040"),
    ],
)
def test_a_german_credential_stated_in_prose_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Das Passwort ist 8 Zeichen lang und braucht eine Ziffer.",
        "Der Gutscheincode lautet SOMMER2026 und gilt bis Freitag.",
        "Ihr Passwort ist falsch, bitte setzen Sie es über den Link zurück.",
        "Der Fehlercode lautet 4012, bitte starten Sie das Gerät neu.",
        "Die PIN ist vierstellig und steht im Brief.",
        "Der QR-Code ist 2024 neu gedruckt worden.",
        "Das Passwort haben wir auf Ihren Wunsch zurückgesetzt.",
        "Tippen Sie am Terminal den Betrag 1250 ein.",
        "Mit 2000 Punkten schalten Sie die Prämie frei.",
        "Die TAN ist 5 Minuten gültig.",
        "Ihre Kundennummer ist 100234, das Passwort legen Sie selbst fest.",
        "Der Schlüssel liegt ab 1400 Uhr im Kasten am Empfang.",
        "Die 2026 ist das Jahr, in dem wir das Passwort-Portal umstellen.",
        "Mit dem Code 2025 im Warenkorb sparen Sie zehn Prozent.",
        "Als Passwort nehmen Sie bitte kein Geburtsdatum.",
        "Das Passwort schicken wir per Post, die Sendung ist DHL-4471X.",
    ],
)
def test_german_sentences_about_a_credential_without_one_stay_clean(db, text):
    assert found(text, "secret") == []


# --- 2. The company's own contacts, as the operator entered them ---------------------------------


def test_an_international_line_outside_the_known_ranges_can_be_a_public_contact(db):
    contact = actions.add_public_contact(value="+234 1 700 5512")
    assert contact.normalised == "+23417005512"
    text = "Thanks for your order!\nKind regards,\nOkon\nBrindle Nigeria | +234 1 700 5512"
    assert found(text, "personal_data") == []


def test_an_unknown_international_number_that_is_not_ours_is_still_flagged(db):
    actions.add_public_contact(value="+234 1 700 5512")
    assert found("Call him on +44 7700 900 412 after six.", "personal_data") == ["+44 7700 900 412"]


def test_a_town_of_the_companys_own_address_is_not_a_persons_name(db):
    actions.add_public_contact(value="Thermenhof GmbH, Kurallee 9, 87534 Bad Oberstein")
    text = (
        "Ihre Buchung ist bestätigt, Buchungsnummer TH-B-40211. Parken in Bad Oberstein ist an "
        "der Kurallee die ersten Stunden kostenlos."
    )
    assert found(text, "personal_data") == []


def test_a_persons_name_beside_a_booking_is_still_flagged_when_the_company_has_an_address(db):
    actions.add_public_contact(value="Thermenhof GmbH, Kurallee 9, 87534 Bad Oberstein")
    text = "Buchung TH-B-40211 ist für Ingrid Vasquez bestätigt, bis bald in Bad Oberstein."
    assert "Ingrid Vasquez" in found(text, "personal_data")


# --- 3. Personal data by structure ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a romanised given name of two syllables with a record
        (
            "Found your booking: Min-jun Kang, LS-2025-7714, Friday 18:00 with tutor Ola.",
            "Min-jun Kang",
        ),
        # a phone number said in groups of words parted by commas
        (
            "The buyer asked me to post his number, it's zero seven one one, four four two, nine "
            "eight three six.",
            "zero seven one one",
        ),
        # an address whose street's kind comes first (Irish) or whose house number comes last
        ("The ID says Cathal Byrne, 14 Sráid an Mhuilinn, Tuam. Come and collect it!", "14 Sráid"),
        ("The van is booked for Westlands, Muthithi Road, Hse No. 31 on Monday.", "Hse No. 31"),
        # a German street named with a preposition and an article
        (
            "Der Kunde wohnt in Traunstein, Am Kesselbach 12. Bitte nicht posten.",
            "Am Kesselbach 12",
        ),
        ("Abholung bitte bei Frau Ott, Zum Steinbruch 4a, ab Montag.", "Zum Steinbruch 4a"),
        # a date of birth named a few words before the date
        (
            "For the grant form I need your daughter's date of birth — I have 03/02/2019, is "
            "that right?",
            "03/02/2019",
        ),
        # an address at a mail provider said in words
        ("Thanks to j dot mwangi dot 88 at gmail for reporting the broken latch!", "j dot mwangi"),
        # an Australian Medicare number (its check digit holds) in a text that names Medicare
        (
            "I've changed the Medicare number on the care register to 2428 77813 2 as asked.",
            "2428 77813 2",
        ),
    ],
)
def test_personal_data_found_by_its_structure(db, text, value):
    start = text.index(value)
    assert any(
        f.kind == "personal_data" and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )


@pytest.mark.parametrize(
    "text",
    [
        "The follow-up call is booked: Off-duty Support, LS-2025-7714, Friday.",
        "Am Montag 3 Pakete, am Dienstag der Rest.",
        "Im Juni 12 Uhr geöffnet, sonst ab 10.",
        "Our birthday sale ends on 21/04/2026 at midnight.",
        "Ask at the desk about gmail sign-in problems.",
        "Medicare covers the visit; the invoice number is 2428 77814 2.",
    ],
)
def test_shapes_like_personal_data_without_a_person_stay_clean(db, text):
    assert found(text, "personal_data") == []


def test_a_phone_number_said_in_words_is_not_read_as_a_pin(db):
    text = "Her number, it's zero eight zero two, five five five, four one nine six."
    assert found(text, "secret") == []
    assert found(text, "personal_data") != []


def test_a_full_name_and_the_home_address_after_it_are_reported_together(db):
    text = "The ID says Cathal Byrne, 14 Sráid an Mhuilinn, Tuam. Come and collect it!"
    assert found(text, "personal_data") == ["Cathal Byrne, 14 Sráid an Mhuilinn"]
