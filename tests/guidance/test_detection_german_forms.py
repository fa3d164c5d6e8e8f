"""Issue 17: German ways of giving a password, a lock code, an address, a date of birth or a
named person, written for these tests (not an evaluation set), and their clean look-alikes."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all


def found(text: str, public_addresses: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    hits = detect_all(text, register=RegisterIndex(), public_addresses=public_addresses)
    return [(h.kind, text[h.start : h.end]) for h in hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das WLAN-Passwort ist ab sofort Gartenzwerg!93", ("secret", "Gartenzwerg!93")),
        (
            "Das Kennwort für das Lager-Tablet lautet vorerst Brezel#2024, bitte danach ändern.",
            ("secret", "Brezel#2024"),
        ),
        ("Der Schlüsselkasten am Eingang geht mit 7 3 1 9 # auf.", ("secret", "7 3 1 9 #")),
        ("Die Haustür öffnest du mit 5521 auf der Tastatur.", ("secret", "5521")),
        ("Der Türcode für den Lieferanteneingang ist 9034.", ("secret", "9034")),
        ("Alarmanlagencode: 2468", ("secret", "2468")),
        (
            "Ihre Lieferadresse ist Kölner Str. 14, 50667 Köln.",
            ("personal_data", "Kölner Str. 14, 50667 Köln"),
        ),
        (
            "Wir haben Ihr Geburtsdatum als 04.11.1979 hinterlegt.",
            ("personal_data", "04.11.1979"),
        ),
        (
            "Ihre Reisepassnummer lautet C01X00T47, bitte prüfen.",
            ("personal_data", "C01X00T47"),
        ),
        (
            "Der Fahrer des Lieferwagens war Paul Hinrichs, laut Fahrer-App.",
            ("personal_data", "Paul Hinrichs"),
        ),
        (
            "Die Bestellung lief über Maria Keller, Auftrag AB-20957.",
            ("personal_data", "Maria Keller"),
        ),
    ],
)
def test_german_secrets_and_personal_data_are_found(text, expected):
    assert found(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "Der Gutscheincode ist 4711 und gilt bis Sonntag.",
        "Der Fehlercode ist 4012, bitte starten Sie das Gerät neu.",
        "Die Postleitzahl ist 10115.",
        "Das Passwort ist jetzt geändert.",
        "Ihr Passwort ist ab sofort wieder gültig.",
        "Unser Laden in Köln ist umgezogen: Kölner Str. 14, 50667 Köln.",
        "Besuchen Sie uns in der Landsberger Str. 110, 80339 München.",
        "Unsere Filiale in Hamburg: Großer Burstah 31, 20457 Hamburg, täglich 7 bis 22 Uhr.",
        "Der Tresor ist mit 1200 Euro versichert.",
        "Die Tür geht mit einem Klick in der App auf.",
        "Das Geburtsdatum ist ein Pflichtfeld.",
        "Der Fahrer war sehr freundlich.",
    ],
)
def test_german_look_alikes_are_not_findings(text):
    assert found(text) == []
