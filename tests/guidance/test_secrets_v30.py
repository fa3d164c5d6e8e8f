"""Secrets stated in prose, by where the value stands (secrets-v30, session 35, issue 13): a
password word that closes its clause after its name ("is", "ist", "lautet", "heißt", a colon or
nothing), a network's code with a digit, a code after "to"/"at"/"für Sie" or in brackets,
something that "opens with" a code (digits or words), a hexadecimal key given a sentence after
a key was named, a password of digits said after what it is made of ("…, also 14071988"), and a
date of birth that is a password still reported as personal data. Every family has prose of the
same shape beside it that must stay clean. The examples are made up."""

import pytest

from .findings import flags, kinds

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The guest wifi password is marmaladefox.", "marmaladefox"),
        (
            "Kiosk tablet login: user kiosk2, password lanternmoth, change it on Monday.",
            "lanternmoth",
        ),
        (
            "The office wifi is BR-Staff with password quillandcrumb. Keep it to yourselves.",
            "quillandcrumb",
        ),
        ("Das Passwort lautet schneeflocke.", "schneeflocke"),
        ("Das Kennwort heißt Haselstrauch, bitte nicht weitergeben.", "Haselstrauch"),
        (
            "Für die Testgruppe: Benutzer test-nord und Passwort Vorschau-Herbst, bitte intern.",
            "Vorschau-Herbst",
        ),
        ("Das WLAN heißt Werkstatt, das Passwort kiesweg-9921.", "kiesweg-9921"),
        ("The hangar wifi is DockNet, code ferrylights42, if the crew asks.", "ferrylights42"),
    ],
)
def test_a_password_word_that_closes_its_clause_is_a_secret(text: str, value: str) -> None:
    assert flags(text, value, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The password is wrong, please try again.",
        "Your password is case-sensitive.",
        "Das Passwort ist falsch.",
        "Das Passwort ist abgelaufen, bitte setzen Sie es zurück.",
        "Passwort vergessen? Dann auf Zurücksetzen klicken.",
        "Das Passwort ist Pflicht.",
        "Use a password manager, it makes life easier.",
        "The wifi password is printed on the router.",
        "Das Kennwort heißt jetzt anders.",
        "The wifi is CafeGuest, no password needed.",
        "Password: yourpassword",
    ],
)
def test_prose_after_a_password_name_stays_clean(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I've changed the intranet PIN to 7302, please pick your own later.", "7302"),
        ("The tills still have the manager PIN at 1357, so anyone could void a sale.", "1357"),
        ("Die Admin-PIN für Sie 5820.", "5820"),
        ("Lagerraum hinten: Zahlenschloss 3-8-0-6, dann links.", "3-8-0-6"),
        ("The bike store uses the usual combination from the spring (31-07-22).", "31-07-22"),
        ("Probenraum Code 2714, dann die Treppe hoch.", "2714"),
    ],
)
def test_a_code_after_its_name_without_a_verb_is_a_secret(text: str, value: str) -> None:
    assert flags(text, value, "secret")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The seminar room on level 2 opens with 6203, ask at the desk otherwise.", "6203"),
        ("The engineer menu opens with 1111 then 9052 on the remote.", "9052"),
        ("The yard gate opens with sixty-two forty, and the dog is friendly.", "sixty-two forty"),
        ("Der Materialraum öffnet mit 4815, danach Licht an.", "4815"),
    ],
)
def test_something_that_opens_with_a_code_is_a_secret(text: str, value: str) -> None:
    assert flags(text, value, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The season opens with 2025 prices on the board.",
        "The exhibition opens with 1200 visitors expected.",
        "Die Ausstellung öffnet mit 2026 neuen Stücken.",
        "The error code 4410 means the filter is blocked.",
        "Your promo code SPRING10 gives 10% off.",
        "Reset your PIN to something only you know.",
    ],
)
def test_counts_years_and_public_codes_stay_clean(text: str) -> None:
    assert "secret" not in kinds(text)


def test_a_hex_key_a_sentence_after_a_key_was_named_is_a_secret() -> None:
    text = (
        "Für die Anbindung braucht ihr einen API-Schlüssel aus dem Portal. Zum Testen nehmt "
        "meinen: 9be21c04d7a35f6e8c1093ab47d2e5f0. Danach bitte den eigenen."
    )
    assert flags(text, "9be21c04d7a35f6e8c1093ab47d2e5f0", "secret")
    wrong_then_right = (
        "The API key for the stock feed is in the vault. Sorry, that link was wrong. Here:\n"
        "4f0c2a9e81b37d65c0e9a4f1b2d83c07\n\nIT"
    )
    assert flags(wrong_then_right, "4f0c2a9e81b37d65c0e9a4f1b2d83c07", "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Our API docs explain keys. The checksum: 9f3c2b1a8e7d6c5b4a39281706f5e4d3.",
        "The key fix shipped in commit 9f3c2b1a8e7d6c5b4a39281706f5e4d3c2b1a8e7.",
    ],
)
def test_a_hash_named_as_one_stays_clean(text: str) -> None:
    assert "secret" not in kinds(text)


def test_a_password_made_of_a_birth_date_is_a_secret_and_personal_data() -> None:
    text = "Das Kennwort für die PDF-Datei ist Ihr Geburtsdatum ohne Punkte, also 21041979."
    assert flags(text, "21041979", "secret")
    assert flags(text, "21041979", "personal_data")
