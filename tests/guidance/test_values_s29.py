"""Value kinds by form, session 29 (values-v16, issue 13). Personal data: names written with the
letters of Latin Extended-A or "ß" ("Strauß", "Ayşe", "Dvořák"); a person named with a title or
in quotes in the same sentence as a record's reference, however far apart; numbers listed one
a line under a line that names them; a passport's number of letters and digits after a colon;
a date of birth in eight digits without points; "Geburtstag" and "Jänner". Payment cards: a
card followed by another thing's name with that thing's own value ("— order #4471"), a card
right after an abbreviating dot ("Kartennr.4111 …"). Each family has clean twins that must stay
clean. The examples are made up for these tests."""

import pytest

from openline.guidance.checks import check_text


def covered(text: str, part: str, kind: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(
        f.kind == kind and f.start < end and start < f.end for f in check_text(text).findings
    )


def kinds(text: str) -> set[str]:
    return {f.kind for f in check_text(text).findings}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Rückruf bitte an Ayşe Kaya, Bestellung LF-219944, sie wartet.", "Ayşe Kaya"),
        ("Die Buchung BK-77120 läuft auf Herrn Tomáš Dvořák.", "Tomáš Dvořák"),
        ("Gewinner ist Herr Jürgen Strauß aus Köln, Kundennummer 4 006 218.", "Jürgen Strauß"),
    ],
)  # fmt: skip
def test_a_name_in_any_latin_letters_beside_its_record_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Danke an Frau Elisabeth Kronmayer für das tolle Feedback zur Auftragsnummer WG-330017!",
         "Elisabeth Kronmayer"),
        ("Ein Dank an Herrn Ewald Tiemann, der jedes Jahr mitfährt, diesmal Buchung AK-271402!",
         "Ewald Tiemann"),
        ('Someone sent me a "Rachel Goldman" with booking CMR-30451 at the station.',
         "Rachel Goldman"),
    ],
)  # fmt: skip
def test_a_titled_or_quoted_name_in_a_sentence_with_a_reference_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Bestellnummer ist GS-2024-88120. Die Lieferung ist für Mittwoch geplant.",
        "Die Rechnung RE-2025-0311 für die Kita Sonnenhof umfasst 412 Essen.",
        "Your booking reference is AK-204719 and you are in cabin 312 on the Main Deck.",
    ],
)
def test_a_reference_without_a_titled_full_name_beside_it_names_no_one(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("für die Grenzkontrolle die Passnummern der Gruppe:\n- Heide Vogel: C4F7K92LM\n"
         "- Otto Seiler: P3311879\n\nDanke", "C4F7K92LM"),
        ("Passport numbers for the group:\n1. Ann Lowry: 548210376\n2. Bo Tanner: X1234567",
         "X1234567"),
        ("Passnummer des Kunden: C4F7K92LM", "C4F7K92LM"),
    ],
)  # fmt: skip
def test_a_passport_number_listed_or_after_a_colon_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Das PDF öffnen Sie mit Ihrem Geburtsdatum ohne Punkte, also 14071988.", "14071988"),
        ("Laut Konto ist der Geburtstag vom Chef am 2. Mai 1979, schick ihm was.", "2. Mai 1979"),
        ("Die Kundin ist am 3. Jänner 1961 in Linz geboren.", "3. Jänner 1961"),
    ],
)
def test_a_date_of_birth_in_eight_digits_or_austrian_months_is_personal_data(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "personal_data")


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
    assert covered(text, part, "payment_card")


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
        ("She was born on the third of June 1944, so the form is right.", "third of June 1944"),
        ("Her passport number, if you need it, is C4J8K21P9.", "C4J8K21P9"),
        ("Booking DF-8830-1175, Mr. Harold Jennison and wife, cabin 7142.", "Harold Jennison"),
    ],
)
def test_ordinal_birth_dates_ids_given_later_and_titled_names_are_personal_data(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("AccessKeyId: AKIAQSY2VQYUEJJT2RJ4\nSecretAccessKey: "
         "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", "NEe28KZuLkaE5i64JmpKoLf6z89M5d2ON/Ri0Yhp"),
        ("aws_secret_access_key = Kq8HdMyxJqSfEMv4giItMqxV+gJbEjidzpSQpGl1",
         "Kq8HdMyxJqSfEMv4giItMqxV+gJbEjidzpSQpGl1"),
        ("the key pair was AKIAV7MT4B2PPN5D62TY with c/i6HdMyxJqSfEMv4giItMqxV+gJbEjidzpSQpGl",
         "c/i6HdMyxJqSfEMv4giItMqxV+gJbEjidzpSQpGl"),
    ],
)  # fmt: skip
def test_an_aws_secret_key_by_its_field_or_beside_its_key_id_is_a_secret(
    db: None, text: str, part: str
) -> None:
    assert covered(text, part, "secret")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The staff login was literally crew/Harbour!2023 when I was there.", "Harbour!2023"),
        ("Der Zugang war immer noch kasse/Sommer#24, unglaublich.", "Sommer#24"),
        ("nennen Sie am Empfang bitte das Kennwort „Silberweide“ und Ihre Kundennummer.",
         "Silberweide"),
        ("ich hab das Abholpasswort für Ihre Schwester hinterlegt: „Wasserlilie“.",
         "Wasserlilie"),
        ("the gate password \"marigold\" still works", "marigold"),
        ("Das Schloss am Schrank ist auf 3391 gestellt.", "3391"),
    ],
)  # fmt: skip
def test_passwords_and_codes_in_these_forms_are_secrets(db: None, text: str, part: str) -> None:
    assert covered(text, part, "secret")


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
