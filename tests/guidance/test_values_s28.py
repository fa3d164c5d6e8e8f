"""Value kinds by structure, session 28 (values-v15, issue 13). Secrets: a code said in
hyphen-joined digit words in a sentence that names a lock or a code, with a particle or no
verb before it ("still", "noch", "doch"); a password laid out alone on the line under the line
that names it. Not secrets: German, Swiss and French quotes around a button's name ("„Passwort
vergessen"", "«Passwort vergessen»"). Not personal data: a clock's minutes before a place
("at 11:00, Harbour Park"). Each family has clean twins that must stay clean. The examples are
made up for these tests."""

import pytest

from .findings import flags, kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("btw is the padlock on the bike shed still four-one-nine-six? Can't get in.",
         "four-one-nine-six"),
        ("Der Zahlenschloss-Code vom Fahrradkeller ist doch acht-drei-null-zwo, oder?",
         "acht-drei-null-zwo"),
        ("Am Schrank im Büro hängt ein Schloss, Kombination fünf-zwo-sieben, nicht weitersagen.",
         "fünf-zwo-sieben"),
        ("Der Schlüsseltresor an der Scheune ist immer noch dreiundsechzig-vierzehn.",
         "dreiundsechzig-vierzehn"),
    ],
)  # fmt: skip
def test_a_code_said_digit_by_digit_beside_a_lock_is_a_secret(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # no lock or code in the sentence
        "We counted them one-two-three and off they went down the hill.",
        # a phone said in words is personal data's, not a code
        "The code word is fine, but call me on oh-one-six-one-four-nine-six, thanks.",
        # "Tor" alone is no lock here: a motor's sound
        "Der Motor machte nur noch eins-zwei-drei Geräusche und ging aus.",
    ],
)  # fmt: skip
def test_digit_words_without_a_lock_or_with_a_phone_are_no_code(db: None, text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hi Morag,\n\nYour temporary password for the booking portal is below, valid for a day:"
         "\n\n    Lm4#harbour-Wick\n\nPlease change it when you first sign in.",
         "Lm4#harbour-Wick"),
        ("Hallo Tamsin,\n\nhier dein Übergangspasswort fürs Kassensystem:\n\n  Fjord!Moewe-83\n\n"
         "Bitte gleich ändern.", "Fjord!Moewe-83"),
    ],
)  # fmt: skip
def test_a_password_alone_on_the_line_under_its_name_is_a_secret(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # the line under it is prose, an address or a word without a digit
        "Hi Morag,\n\nYour new password:\n\nPlease set it yourself on the sign-in page.",
        "Hallo Tamsin,\n\ndein Passwort schicken wir getrennt, hier die Adresse:\n\n"
        "ops-desk@example.org",
        "Your password reset link is on its way:\n\nHarbourview\n\nThanks!",
    ],
)  # fmt: skip
def test_a_line_under_a_password_line_that_is_no_password_is_clean(db: None, text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wenn du dein Passwort nicht mehr weißt: einfach „Passwort vergessen\" in der App tippen.",
        "Ihr Kennwort setzen Sie selbst zurück: «Passwort vergessen» auf der Startseite wählen.",
        "Für das Passwort gibt es den Knopf \u2039Passwort ändern\u203a in den Einstellungen.",
    ],
)  # fmt: skip
def test_a_button_named_in_german_or_swiss_quotes_is_no_password(db: None, text: str) -> None:
    assert "secret" not in kinds(text)


def test_a_password_in_german_quotes_is_still_a_password(db: None) -> None:
    text = 'Das WLAN-Passwort im Lager ist „Kranich#2291", bitte nicht aushängen.'
    assert flags(text, "Kranich#2291", "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Your table is booked for Friday at 19:30, Harbour Park, for six people.",
        "Pick-up is at 8.15, Mill Lane car park, by the blue gate.",
    ],
)  # fmt: skip
def test_a_clocks_minutes_before_a_place_are_no_address(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


def test_a_house_number_after_a_time_and_a_comma_is_still_an_address(db: None) -> None:
    text = "She moved on 3 May, at 10:00; her new address is 14 Quillan Road, Kelso TD5 7HX."
    assert flags(text, "14 Quillan Road", "personal_data")
