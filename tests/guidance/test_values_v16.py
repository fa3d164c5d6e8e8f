"""Value kinds by grammar and structure (personal-v16, issue 13): German credentials stated by a
pronoun that stands for the noun or after adverbs, a user name and a password parted by a slash;
a private person named with their home town, the fields of a form written with capitals, German
birth-date compounds, number-first Spanish streets, customs codes as identity numbers; and what
no one lives at (placeholders, venues, examples in brackets). Each family has clean twins that
must stay clean. The examples are made up for these tests."""

import pytest

from .findings import found

# --- 1. Secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the pronoun that agrees with the noun stands for it in the next sentence
        ("Das Wartungsmenü ist mit einer Service-PIN gesperrt. Bei Ihrem Modell lautet sie 5183.",
         "5183"),
        ("Für den Keller gibt es einen eigenen Zugangscode. Momentan ist er 7720.", "7720"),
        ("Wir haben das Kennwort der Station geändert. Jetzt lautet es Birkenhain42.",
         "Birkenhain42"),
        # adverbs in lower case between the copula and a quoted value
        ("Das Admin-Passwort für die Waage war monatelang „Kranich9“ und ist es vielleicht noch.",
         "Kranich9"),
        # a code right after its article, the clause going on after a comma
        ("Das Tor zum Hof hat den Code 4826, den hat uns der Vermieter gegeben.", "4826"),
        # digits keyed in, the separable verb written as one word after them
        ("Am Gartentor müssen Sie nur 3907 eingeben, dann geht es auf.", "3907"),
        # a user name and a password parted by a slash, with no word for a login
        ("fürs Lagertablet nimm bis Montag lager_nord / Kiefer88! und sag Bescheid", "Kiefer88!"),
        ("For the kiosk use ops.front / Ember#2291 until your own account is set up.",
         "Ember#2291"),
    ],
)  # fmt: skip
def test_a_credential_told_by_its_grammar_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun of another gender is someone else
        "Die PIN schicken wir per Brief. Ihre Beraterin ist Frau Lenz, sie ist 3 Tage weg.",
        "Das Passwort setzen Sie selbst. Die Kollegin ist 2024 zu uns gekommen.",
        # an amount after the code's article, a quoted value that no rule accepts as a password
        "Mit dem Code 1937,50 € haben Sie nichts zu tun, das Terminal zeigt nur den Betrag.",
        "Das Passwort war lange „geheim“, das ist aber vorbei.",
        # an amount or a phone number keyed in is no code
        "Am Terminal den Betrag 1460 eingeben und mit OK bestätigen.",
        "Am Display die Nummer 0171 5523109 eingeben.",
        # words parted by a slash are no login
        "The lanes are slow / medium / fast from left to right.",
        "Sizes run small / medium2 in the older catalogue.",
    ],
)
def test_sentences_like_them_without_a_credential_stay_clean(db, text):
    assert found(text, "secret") == []


def test_a_personal_customs_code_is_an_identity_number_not_a_secret(db):
    text = "For the customs declaration we need your personal customs code: P771203456612."
    assert found(text, "secret") == []
    assert "P771203456612" in found(text, "personal_data")


# --- 2. Personal data ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the guy who keeps leaving one-star reviews is Colm Hartigan from Tralee, fyi",
         "Colm Hartigan"),
        ("His name is Derek Ambrose and he lives near the ring road.", "Derek Ambrose"),
        ("Der Mann mit dem Transporter heißt übrigens Jens Weidlich und wohnt in Erding.",
         "Jens Weidlich"),
        ("Die Dame aus dem zweiten Stock heißt Hannelore Steib, falls ihr sie erreichen wollt.",
         "Hannelore Steib"),
        ("A woman called Nadia Petrosyan rang about the leak.", "Nadia Petrosyan"),
        ("That's Owen Tibbs's place at 4 Mill Row, he said we may use the photo.", "Owen Tibbs"),
        ("Termin für Herrn Lutz Brandauer, Tel. 0911 4471 2290, bitte bestätigen.",
         "Lutz Brandauer"),
        ("Ich habe deine Geburtsangabe 14.08.1987 jetzt eingetragen.", "14.08.1987"),
        ("I've booked the fitting at 21 Calle Mirasol, 2ºA, 41003 Sevilla for you.",
         "21 Calle Mirasol, 2ºA, 41003 Sevilla"),
        ("I've changed your mobile to (21) 97711-3408 as you asked.", "97711-3408"),
    ],
)  # fmt: skip
def test_a_private_persons_details_told_by_structure_are_personal_data(db, text, value):
    assert any(value in hit or hit in value for hit in found(text, "personal_data")), found(
        text, "personal_data"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "das heißt" is "that is"; a product's name is no one's
        "Das heißt Peter Lustig kommt erst morgen in die Sendung, nicht heute.",
        "Our new stove is called Forge Twin and ships in May.",
        # a placeholder from a form, in either language
        'The sample invoice says "Jane Doe, 1 Example Street", that\'s not a real customer.',
        "Im Formular steht „Erika Mustermann, Musterweg 4, 12345 Musterstadt“ als Beispiel.",
        # a public venue named with an article before its address
        "The tasting in Leeds is at the Corn Exchange, 12 Call Lane, from 7 pm.",
        "Die Lesung findet im Kulturbahnhof statt, Am Güterplatz 3, Einlass ab 19 Uhr.",
        # an example in brackets
        "The batch number on the lid (like 04127/88310) only tells us the day it was filled.",
        # a birthday sale is not anyone's date of birth
        "Unsere Geburtstagsaktion lief bis 30.11.2025, danke fürs Mitmachen.",
    ],
)
def test_what_no_one_lives_at_or_is_called_stays_clean(db, text):
    assert found(text, "personal_data") == []
