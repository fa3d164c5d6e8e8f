"""Issue 13, session 28 (register-v23): the register's one word followed by a noun of another
kind of thing is not its item — "the Tern role is a part-time job", "Sorrel grass on the
dunes", "the Quarrygate area of Hull" — in an English sentence that says nothing internal and
hints at nothing. The item stays found where the noun after it is one its note, term or
variants say ("the Sorrel rollout"), a word of the kinds of thing registers hold ("the Tern
dashboard", "the Quarrygate deal"), a verb or a function word ("Tern gave it a high score",
"Sorrel once it's live"), a plural or a German compound.

The company (a tile and bathroom shop) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Tern", "code_name", "internal order-routing and refund admin tool", ["Tern admin"]),
        ("Project Sorrel", "code_name",
         "code name of the unannounced move to a new warehouse in Leeds", ["Sorrel"]),
        ("Quarrygate", "code_name",
         "code name of a confidential trade client (a hotel chain) being onboarded",
         ["the Quarrygate account"]),
    ],
    ["Tilehaven", "Tilehaven app", "Bathroom design service"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "@tiles_tom the Tern role is one of our most popular part-time jobs, apply online!",
        "We saw Sorrel grass on the dunes near the Hull showroom this morning 🌾",
        "Hey @QuarryFan, are you from the Quarrygate area of Hull? 😄",
        "The Tern lamp in your photo is lovely, which shop was that from?",
    ],
)
def test_a_register_word_before_a_noun_of_another_kind_is_not_the_item(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hi Jo, the Tern dashboard shows the refund as approved.", "Tern"),
        ("Heads up: the Sorrel rollout starts in March, keep it to yourselves.", "Sorrel"),
        ("The Quarrygate deal is nearly signed, so expect big hotel orders.", "Quarrygate"),
        ("The order was held because Tern gave it a high fraud score.", "Tern"),
        ("Returns will go through Sorrel once it's live, I'll let you know.", "Sorrel"),
        # A noun its note says: "refund" of "… refund admin tool".
        ("Can you check the Tern refund screen for order 5521?", "Tern"),
    ],
)
def test_the_item_before_a_noun_of_its_own_kind_stays_found(text, word):
    assert any(word in f for f in found(text))


def test_a_noun_of_another_kind_still_tells_the_item_where_the_sentence_says_internal():
    assert any("Tern" in f for f in found("Internally the Tern lamp is what we call the tool."))
