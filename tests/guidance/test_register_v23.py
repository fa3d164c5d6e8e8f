"""Issue 13, session 28 (register-v23): a tool's name with a part of a tool after it is the
tool. A register item whose note says it is a tool one logs into, followed by its log-in, its
password, its admin, a job it runs or its sync ("the Meadowline sync job", "your Meadowline
password"), is the tool even in a sentence with words of scenery or photos ("the photo upload
errors") and without asking the sense head. English text only.

The company (a tile and bathroom shop) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Meadowline", "code_name", "internal order and customer-records admin tool",
         ["Meadowline admin"]),
        ("Kestrel", "code_name", "code name of the unannounced new showroom in York",
         ["Project Kestrel"]),
    ],
    ["Tilehaven", "Tilehaven app", "Bathroom design service"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Pete, the photo upload errors were caused by the Meadowline sync job, not the app.",
        "The sunset photos in the gallery vanished after the Meadowline import script ran.",
        "I've reset your Meadowline password to Temp-Garden-0714, please change it.",
        "Their Meadowline admin password used to be on a sticky note, hope it's changed.",
    ],
)
def test_a_tool_named_with_a_part_of_a_tool_is_found(text):
    assert any("Meadowline" in words for words in found(text))


@pytest.mark.parametrize(
    "text",
    [
        # Not a tool: the part word says nothing of a code name's showroom.
        "We spotted a Kestrel in the photo by the car park, lovely bird, its log is on our blog.",
        # In lower case the ordinary words, as before.
        "The meadow line in your garden photo is lovely!",
    ],
)
def test_a_part_word_after_what_is_not_a_tool_finds_nothing(text):
    assert found(text) == []


def test_a_german_sentence_is_left_to_the_german_rules():
    text = "Das Foto im Garten zeigt den Meadowline Job nicht, schöne Blumen übrigens."
    assert "Meadowline" not in found(text)
