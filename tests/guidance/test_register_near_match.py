"""Issue 13, session 29 (alarms-v1): a typo-tolerant register match is not made of another
word. A variant whose last word is a numeral of two letters ("Ring IV") is not "ring is" nor,
across a sentence end, "ring. I've": a typo forgiven in a one- or two-letter word makes another
word of it, and a register term is never split over two sentences.

The company (a maker of smart lamps) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [("Lumo Lamp 4", "other", "unannounced fourth-generation lamp", ["Lamp IV", "Lamp 4"])],
    ["Lumo", "Lumo Lamp 3"],
)


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your patience while we looked into your lamp. I've read everything.",
        "A prepaid return label for the old lamp is attached; please send it within 30 days.",
    ],
)
def test_ordinary_words_near_a_short_numeral_are_not_the_term(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Between us, the Lamp IV ships in spring.",
        "Between us, the Lamp IV's dimmer is much better.",
        "The Lamp 4 launch is set for March, keep it quiet.",
    ],
)
def test_the_term_is_still_found(text):
    assert found(text) != []
