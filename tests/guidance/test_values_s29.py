"""Value kinds by form, session 29 (values-v16, issue 13). Personal data: names written with the
letters of Latin Extended-A or "ß" ("Strauß", "Ayşe", "Dvořák"); a person named with a title or
in quotes in the same sentence as a record's reference, however far apart; numbers listed one
a line under a line that names them; a passport's number of letters and digits after a colon
or "is"; a date of birth in eight digits without points or with an ordinal day; "Geburtstag" and
"Jänner". Payment cards: a card followed by another thing's name with that thing's own value
("— order #4471"), a card right after an abbreviating dot ("Kartennr.4539 …"). Secrets: an AWS
secret key by its field's name or a few words after its key id; a user/password pair after
"was literally"; one quoted word after a password's name; a lock "auf N gestellt". Each family
has clean twins that must stay clean. The examples are made up for these tests."""

import pytest

from .findings import flags, kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bitte melden bei Ayşe Kaya, Bestellung QT-508113, sie wartet.", "Ayşe Kaya"),
        ("Der Auftrag HX-77120 läuft auf Herrn Tomáš Dvořák.", "Tomáš Dvořák"),
        ("Neu im System ist Herr Jürgen Strauß aus Köln, Kundennummer 5 117 329.",
         "Jürgen Strauß"),
    ],
)  # fmt: skip
def test_a_name_in_any_latin_letters_beside_its_record_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Viele Grüße an Frau Greta Lindholm, die zur Auftragsnummer PV-481206 so nett "
         "geschrieben hat!", "Greta Lindholm"),
        ("Ein Dank an Herrn Anton Berghofer, der jedes Jahr kommt, diesmal Vorgang ZM-640213!",
         "Anton Berghofer"),
        ('They mailed me a "Nora Whitfield" with order TVX-50982 in the subject.',
         "Nora Whitfield"),
        ("Order QP-7731-2290, Mr. Harold Jennison and wife, seat 14C.", "Harold Jennison"),
    ],
)  # fmt: skip
def test_a_titled_or_quoted_name_in_a_sentence_with_a_reference_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Bestellnummer ist GS-2024-88120. Die Lieferung ist für Mittwoch geplant.",
        "Die Rechnung RE-2025-0311 für die Kita Sonnenhof umfasst 412 Essen.",
        "Your order reference is MW-204719 and it ships from the North Depot.",
    ],
)
def test_a_reference_without_a_titled_full_name_beside_it_names_no_one(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("hier die Passnummern für die Reise:\n- Heide Vogel: K7M2Q81TZ\n"
         "- Otto Seiler: R5520913\n\nDanke", "K7M2Q81TZ"),
        ("Passport numbers for the trip:\n1. Ann Lowry: 730915284\n2. Bo Tanner: X7734561",
         "X7734561"),
        ("Passnummer des Kunden: K7M2Q81TZ", "K7M2Q81TZ"),
        ("Her passport number, if you need it, is H9T4W27KQ.", "H9T4W27KQ"),
    ],
)  # fmt: skip
def test_a_passport_number_listed_or_given_after_a_colon_or_is_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Das PDF öffnen Sie mit Ihrem Geburtsdatum ohne Punkte, also 02041975.", "02041975"),
        ("Laut Konto ist der Geburtstag vom Chef am 2. Mai 1971, schick ihm was.", "2. Mai 1971"),
        ("Die Kundin ist am 3. Jänner 1961 in Linz geboren.", "3. Jänner 1961"),
        ("She was born on the fifth of June 1947, so the form is right.", "fifth of June 1947"),
    ],
)
def test_a_date_of_birth_in_eight_digits_ordinal_words_or_austrian_months_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Die Bestellung 12345678 kam pünktlich zum Geburtstag an.",
        "Zum Geburtstag gibt es 10 % Rabatt, Aktionsnummer 20261231.",
    ],
)
def test_eight_digits_that_are_no_birth_date_stay_clean(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("card: 4539 5787 6362 1486 — order #4471 was charged twice", "4539 5787 6362 1486"),
        ("Card number 4539578763621486 - invoice INV-2231", "4539578763621486"),
        ("Kartennr.4539 5787 6362 1486, bitte belasten.", "4539 5787 6362 1486"),
    ],
)
def test_a_card_beside_another_things_own_number_is_a_card(db: None, text: str, part: str) -> None:
    assert flags(text, part, "payment_card")


@pytest.mark.parametrize(
    "text",
    [
        "The long number 4539 5787 6362 1486 is the tracking number.",
        "4539 5787 6362 1486 - order number, please keep it.",
    ],
)
def test_a_number_named_as_another_thing_is_no_card(db: None, text: str) -> None:
    assert "payment_card" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("AccessKeyId: AKIAT3XW9QLMB7RPZ2KD\nSecretAccessKey: "
         "Hw7pQ2xLm9Rt4VbN8cYz3KdJ6sFg1TaE/Uo5WiMe", "Hw7pQ2xLm9Rt4VbN8cYz3KdJ6sFg1TaE/Uo5WiMe"),
        ("the old pair was AKIAR2KD8WQX5MTN3PLB with b/Q8tNm2LxVr7Ks4Hc9Pw1Jz6Yf3Ga5Re+Ud0EoK",
         "b/Q8tNm2LxVr7Ks4Hc9Pw1Jz6Yf3Ga5Re+Ud0EoK"),
    ],
)  # fmt: skip
def test_an_aws_secret_key_by_its_field_or_beside_its_key_id_is_a_secret(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "secret")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The staff login was literally crew/Harbour!2023 when I was there.", "Harbour!2023"),
        ("Der Zugang war immer noch empfang/Sommer#24, unglaublich.", "Sommer#24"),
        ("Sagen Sie an der Pforte das Kennwort „Silberweide“, dann kommen Sie rein.",
         "Silberweide"),
        ("ich habe das Abholpasswort für Ihren Sohn notiert: „Wasserlilie“.", "Wasserlilie"),
        ("the gate password \"bluefinch\" still works", "bluefinch"),
        ("Das Schloss am Schrank ist auf 3391 gestellt.", "3391"),
    ],
)  # fmt: skip
def test_passwords_and_codes_in_these_forms_are_secrets(db: None, text: str, part: str) -> None:
    assert flags(text, part, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Klicken Sie auf „Passwort vergessen“ und folgen Sie dem Link.",
        "Tippe im Feld Passwort „Anzeigen“ an.",
        'The password is "wrong" apparently.',
        "Our login page is at example.com/login, it was literally down for a day.",
    ],
)
def test_buttons_prose_and_links_near_a_password_name_stay_clean(db: None, text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("das WLAN im Lager hieß lange „Hobel7_Span!“, wer weiß, ob sie das je geändert haben",
         "Hobel7_Span!"),
        ('the old wifi at the depot was "Anvil7_Forge!" for like 6 years', "Anvil7_Forge!"),
    ],
)  # fmt: skip
def test_a_wifi_said_to_be_a_quoted_value_of_a_passwords_shape_is_a_secret(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Unser WLAN heißt „Gast_Netz“, das Passwort steht an der Theke.",
        'the wifi network is "Harbour_Guest5" and the password is on the receipt',
    ],
)
def test_a_wifi_networks_quoted_name_stays_clean(db: None, text: str) -> None:
    assert "secret" not in kinds(text)
