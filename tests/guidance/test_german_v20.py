"""Issue 13, session 25 (german-v20): words of the general profanity list that are plain German.
"fanden" is a Norwegian oath and the German "they found"; "ass" is English and the Swiss spelling
of "aß". In German text they are no swear words; in other text, and beside a German swear word,
profanity is still found. And the German rules' liability read as asked ("Ob wir dafür haften,
…", "Haften wir für …? Nein") or bounded by what it does not cover ("…, nicht für …"): no
admission, each with a twin that stays flagged. The sentences are written for these tests, about
invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def marked(text: str) -> list[str]:
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == "profanity"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder fanden's super, wir kommen im Sommer bestimmt wieder mit dem Boot.",
        "Viele Gäste fanden den neuen Wanderweg zu steil, deshalb gibt es jetzt ein Geländer.",
        "Unser Kater ass das neue Futter sofort auf, vielen Dank für die Probe.",
    ],
)  # fmt: skip
def test_german_words_that_are_oaths_elsewhere_are_not_profanity(text: str) -> None:
    assert marked(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fanden, the ferry left without us again.", "Fanden"),
        ("Honestly, the driver was an ass about it.", "ass"),
        ("Die Kinder fanden den Laden echt scheiße.", "scheiße"),
    ],
)  # fmt: skip
def test_the_same_words_in_other_text_and_german_swearing_stay_profanity(
    text: str, word: str
) -> None:
    assert word in marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ob wir für den Kratzer haften, kann ich am Telefon nicht sagen, das prüft die "
        "Schadenabteilung.",
        "Haften wir für Fahrräder, die über Nacht am Bahnhof stehen? Nein, aber der Stellplatz "
        "mit Bügel kostet nur 2 € am Tag.",
        "Wir haften für Fehler beim Zuschnitt, nicht für Maße, die Sie uns falsch geschickt "
        "haben.",
    ],
)  # fmt: skip
def test_a_liability_asked_about_or_bounded_admits_nothing(text: str) -> None:
    assert "legal_risk" not in {m.kind for m in german.wording(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Wir haften für den Kratzer an Ihrem Auto, das geht auf uns.",
        "Natürlich haften wir für den Zuschnitt, das war unser Fehler.",
        "Wir haften für den Wasserschaden in Ihrer Küche, nicht der Installateur.",
    ],
)  # fmt: skip
def test_a_liability_stated_stays_legal_risk(text: str) -> None:
    assert "legal_risk" in {m.kind for m in german.wording(text)}
