"""Value kinds by structure, session 27 (values-v14, issue 13). Personal data: a German street
named in hyphenated parts, a French street with its number after it (Switzerland, Belgium), a
person named before a record whose short name ends in a dot ("Patientennr. …"), a detail given
as a third person's ("ihre Handynummer ist …", "Her number is …"). Secrets: a code whose
digits cannot be a date, a code said to hold "from today", a lock's compound name before a code
in German number words, digits one by one ending in a key's letter. Not personal data: an
address a premises is said to be at, in German ("Die Filiale … findet ihr in der …"). Each family
has clean twins that must stay clean. The examples are made up for these tests."""

import pytest

from .findings import flags, kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Der Nachbar aus der Otto-Lilienthal-Straße 14 hat sich wieder beschwert.",
         "Otto-Lilienthal-Straße 14"),
        ("Lieferung bitte an Frau Ebersold, Max-Planck-Str. 3, 73612 Kirchbrunn.",
         "Max-Planck-Str. 3"),
        ("Er wohnt in der Johann-Strauß-Gasse 4, gleich neben dem Bäcker.",
         "Johann-Strauß-Gasse 4"),
        ("Herr Vuilleumier wohnt an der Chemin des Sorbiers 7 in Montreux.",
         "Chemin des Sorbiers 7"),
        ("Please send it to Mme Charrière, Avenue de la Tourelle 12b, 1203 Genève.",
         "Avenue de la Tourelle 12b"),
    ],
)  # fmt: skip
def test_streets_named_in_parts_or_numbered_after_are_addresses(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herr Quirin Abderhalden (Patientennr. P-66213) hat sich über die Rechnung beschwert.",
         "Quirin Abderhalden"),
        ("Frau Ottilie Zwahlen (Kundennr. 5521-884) wartet noch auf die Gutschrift.",
         "Ottilie Zwahlen"),
        ("Frau Leonore Wiesinger hat sich beschwert, ihre Handynummer ist 0660 418 2290. "
         "Bitte zurückrufen.", "Leonore Wiesinger"),
        ("Mrs Philippa Tregarthen rang this morning. Her number is 07700 900 418.",
         "Philippa Tregarthen"),
        # a weekday or a question's word after the reference is no nearer name
        ("Gefunden: Spenden von Jadwiga Kowalczyk, Spendernummer TQ-518204, letzter Besuch "
         "Montag.", "Jadwiga Kowalczyk"),
        ("Ich sehe, Severin Oberhollenzer hat doppelt gebucht, TQ-518977. Welchen Termin soll "
         "ich löschen?", "Severin Oberhollenzer"),
    ],
)  # fmt: skip
def test_a_name_whose_record_or_detail_follows_is_personal_data(
    db: None, text: str, name: str
) -> None:
    assert flags(text, name, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        # the reader's own number, spoken to them (the formal "Ihre" is the reader's)
        "Hallo Frau Wiesinger, Ihre Nummer ist 0660 418 2290, wir rufen Sie morgen an.",
        "Thanks Philippa Tregarthen for writing in. Your number is 07700 900 418, we'll ring.",
    ],
)
def test_the_readers_own_detail_gives_no_name(db: None, text: str) -> None:
    assert not flags(text, "Wiesinger" if "Wiesinger" in text else "Tregarthen",
                       "personal_data")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mietantrag: Mira Zehentner, SV-Nr. 4417 230507, Bürge ist der Vater.", "4417 230507"),
        ("Die Versichertennummer von Herrn Aebischer ist 80756 04412 7720.", "80756 04412 7720"),
    ],
)
def test_a_social_or_health_insurance_number_is_personal_data(
    db: None, text: str, number: str
) -> None:
    assert flags(text, number, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Die Filiale Aarau findet ihr in der Bahnhofstrasse 41, gleich beim Bahnhof.",
        "Die Adresse vom Studio Chemnitz ist übrigens Karl-Liebknecht-Straße 19, 09111 Chemnitz.",
        "Treffpunkt: Werkstatt Feldkirch, Marktgasse 8, Eingang B.",
    ],
)
def test_a_premises_said_to_be_at_an_address_is_no_ones_home(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Tresor im Lager geht mit 23-58-07, das Wechselgeld liegt oben.", "23-58-07"),
        ("Für den Außendienst: Der Zugang zum Schlüsseltresor ist ab heute 8315.", "8315"),
        ("The gate code is from Monday 5178, please don't post it.", "5178"),
        ("Das Hoftor geht mit dem Zahlencode dreiundsechzig-vierzehn auf.",
         "dreiundsechzig-vierzehn"),
        ("Hi Mo, the code for the bin store at the Brookfield yard is 4-7-1-8-Y. Cheers.",
         "4-7-1-8-Y"),
    ],
)  # fmt: skip
def test_codes_given_in_these_shapes_are_secrets(db: None, text: str, code: str) -> None:
    assert flags(text, code, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # a real date is still a date
        "Der Tresor wurde am 12-03-24 geliefert, der Monteur kommt am 19-04-24.",
        # a count of steps is not a code
        "Ab heute gilt: 2-2-9-1 Schritte im Handbuch, dann neu starten.",
    ],
)
def test_dates_and_counts_stay_clean(db: None, text: str) -> None:
    assert "secret" not in kinds(text)
