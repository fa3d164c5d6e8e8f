"""Issue 13, session 26 (german-v21): three causes of German false alarms on the read sets. A German
noun after a possessive or a greeting ("Ihrem Beleg", "Gute Nachricht") or a card brand ("Visa
Endung") read as a person's full name beside a record; "verflucht" said of a thing ("ist nicht
verflucht": cursed) read as an oath; thanks for a milestone counted ("vielen Dank für Ihre 50.
Spende!") read as sarcasm. Each with twins that stay flagged. The sentences are written
for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def marked(text: str, kind: str) -> list[str]:
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Der Code auf Ihrem Beleg (KL-40911-C) ist die Waschreferenz, kein Rabattcode.",
        "Die Nummer auf Ihrer Lieferbox (TB-4410-2291) ist nur unsere Behälternummer.",
        "Die Zahl auf Ihrem Füllschein (FS-20417-M) ist die Füllreferenz, kein Gutscheincode.",
        "@gartenfee_hb Gute Nachricht: Bestellung GW-482193 ist heute rausgegangen.",
        "Ihre Buchung: Ticket WK-T-66120, 2 Erwachsene, bezahlt mit Visa Endung 4410.",
    ],
)  # fmt: skip
def test_a_german_noun_after_a_possessive_or_greeting_is_no_name_beside_a_record(
    text: str,
) -> None:
    assert marked(text, "personal_data") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@gartenfee_hb Jana Krüger: Bestellung GW-482193 ist heute rausgegangen.", "Jana Krüger"),
        ("Der Code für Frau Jana Krüger (KL-40911-C) ist ihre Mitgliedsnummer.", "Jana Krüger"),
    ],
)  # fmt: skip
def test_a_persons_name_beside_the_same_record_is_still_personal_data(text: str, name: str) -> None:
    assert any(name in found for found in marked(text, "personal_data"))


@pytest.mark.parametrize(
    "text",
    [
        "@bunkerkoenig der Platz ist nicht verflucht, versprochen. Der Teich frisst gern Bälle.",
        "Nein, das alte Gutshaus ist nicht verflucht.",
    ],
)  # fmt: skip
def test_verflucht_said_of_a_thing_is_no_oath(text: str) -> None:
    assert marked(text, "profanity") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Verflucht, das sind ja viele Scherben. Ersatz ist unterwegs.", "Verflucht"),
        ("Verflucht nochmal, die Kasse hängt schon wieder.", "Verflucht"),
        ("Das ist verflucht teuer geworden, das Ersatzteil.", "verflucht"),
        ("Na super, die verfluchte Pumpe ist schon wieder eingefroren.", "verfluchte"),
    ],
)  # fmt: skip
def test_verflucht_as_an_oath_or_intensifier_stays_profanity(text: str, word: str) -> None:
    assert word in marked(text, "profanity")


@pytest.mark.parametrize(
    "text",
    [
        "Liebe Frau Kessler, vielen Dank für Ihre 50. Spende! Als Dankeschön kommt eine Tasse.",
        "Danke für Ihren zehnten Besuch bei uns, das Frühstück geht heute aufs Haus.",
    ],
)  # fmt: skip
def test_thanks_for_a_milestone_counted_is_no_sarcasm(text: str) -> None:
    assert "hostile_tone" not in {m.kind for m in german.wording(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Danke für die zehnte Beschwerde diese Woche.",
        "Vielen Dank für Ihre 5. Mail zum selben Thema.",
        "Danke für deine dritte Nachricht, wir haben sie schon beim ersten Mal gelesen.",
    ],
)  # fmt: skip
def test_thanks_for_the_umpteenth_complaint_stays_sarcasm(text: str) -> None:
    assert "hostile_tone" in {m.kind for m in german.wording(text)}
