"""Issue 17: the precise detectors on German phrasing and formats. The examples are written
for these tests (not an evaluation set): each says what a German-speaking agent might write."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all


def found(text: str) -> list[tuple[str, str]]:
    return [(h.kind, text[h.start : h.end]) for h in detect_all(text, register=RegisterIndex())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ihre Karte 4111 1111 1111 1111 wurde belastet.", ("payment_card", "4111 1111 1111 1111")),
        ("Kartennummer: 4111-1111-1111-1111", ("payment_card", "4111-1111-1111-1111")),
        (
            "Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00.",
            ("iban", "DE89 3704 0044 0532 0130 00"),
        ),
        ("IBAN: DE89370400440532013000", ("iban", "DE89370400440532013000")),
        ("Rufen Sie mich an: 030 12345678", ("personal_data", "030 12345678")),
        ("Meine Nummer ist 0171 1234567.", ("personal_data", "0171 1234567")),
        ("Tel.: +49 (0)30 1234 5678", ("personal_data", "+49 (0)30 1234 5678")),
        ("Handy 0151/23456789", ("personal_data", "0151/23456789")),
        ("Tel. 089 / 123 456 78", ("personal_data", "089 / 123 456 78")),
        (
            "Schreiben Sie an max.mustermann@beispiel.de",
            ("personal_data", "max.mustermann@beispiel.de"),
        ),
        ("Ihr Passwort: Sommer2024!", ("secret", "Sommer2024!")),
        ("Das Passwort ist Sommer2024! Bitte ändern Sie es.", ("secret", "Sommer2024!")),
        ("Ihr neues Kennwort lautet Xy7#kLm92q", ("secret", "Xy7#kLm92q")),
        ("Die PIN ist 4711.", ("secret", "4711")),
        ("Ihr Zugangscode lautet 839201.", ("secret", "839201")),
        (
            "Lieferung an Hauptstraße 12, 10115 Berlin",
            ("personal_data", "Hauptstraße 12, 10115 Berlin"),
        ),
        ("Adresse: Musterweg 5a, 80331 München", ("personal_data", "Musterweg 5a, 80331 München")),
        (
            "Ich wohne in der Bahnhofstr. 3, 50667 Köln.",
            ("personal_data", "Bahnhofstr. 3, 50667 Köln"),
        ),
        ("Geburtsdatum: 12.03.1985", ("personal_data", "12.03.1985")),
        ("geboren am 12. März 1985", ("personal_data", "12. März 1985")),
        ("Herr Max Mustermann, Bestellung 12345678", ("personal_data", "Max Mustermann")),
        ("Bestellnummer 4471234 für Frau Anna Schmidt", ("personal_data", "Anna Schmidt")),
        ("Steuer-ID 12 345 678 901", ("personal_data", "12 345 678 901")),
        ("Personalausweis L01X00T47", ("personal_data", "L01X00T47")),
    ],
)
def test_german_phrasing_and_formats_are_found(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Gutschein-Code: SOMMER2024",
        "Der Code ist fehlerhaft.",
        "Hallo Anna Schmidt, Ihre Bestellung ist unterwegs.",
        "Die Bestellung 12345 kommt morgen.",
        "Die Version 4.12.2 behebt den Fehler E14.",
        "Unser Support erreicht Sie werktags von 9 bis 17 Uhr.",
    ],
)
def test_german_text_without_private_data_has_no_findings(text):
    assert found(text) == []
