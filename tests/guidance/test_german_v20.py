"""Issue 13, session 25 (german-v20): words of the general profanity list that are plain German.
"fanden" is a Norwegian oath and the German "they found"; "ass" is English and the Swiss spelling
of "aß". In German text they are no swear words; in other text, and beside a German swear word,
profanity is still found. The sentences are written for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all


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
