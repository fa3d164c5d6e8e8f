"""Issue 13, session 36 (register-clean-v31): the register's false alarms on clean drafts, each
a misreading of a shape of text, and the item said nearby still found:

- a hint's words quoted to deny them ("we're not "quietly raising prices"") hint at nothing;
- the register's word explained as something ordinary right after it (""Boje" in the sauna just
  means the yellow towel") is not the item, unless the explanation tells two words of
  the item's note.

The company (a lake lido with a sauna) and every sentence are made up."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Projekt Boje", "code_name",
         "code name of the unannounced sauna extension at the north lake, opening 2027",
         ["Boje"]),
        ("Tarif Welle", "other",
         "unannounced price rise of the day pass from 12 to 15 EUR in spring 2027",
         ["Welle pricing"]),
        ("INC-4417", "other",
         "internal incident: the card terminal outage at the harbour kiosk in July",
         ["4417"]),
    ],
    ["Seebad Nordufer", "Day pass", "Strandkorb"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


def test_a_hint_quoted_to_deny_it_hints_at_nothing():
    text = (
        'We\'re not "quietly raising the day pass price" — current prices apply all season '
        "and any change will be announced first."
    )
    assert found(text) == []


def test_the_same_hint_said_is_still_found():
    text = "Between us, we're quietly raising the day pass price from 12 to 15 in spring."
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        '"Boje" in the sauna just means the yellow towel.',
        "The number 4417 on your receipt is just the till number at the kiosk.",
        'Die „Boje" in der Sauna ist einfach die Farbe der Handtücher.',
    ],
)
def test_a_word_explained_as_something_ordinary_is_not_the_item(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Boje is just the sauna extension at the north lake, opening 2027.", "Boje"),
        ("The Boje deal is basically done, expect news soon.", "Boje"),
        ("I checked Boje and your booking is there, the app is just lagging.", "Boje"),
        ('Hi Tom, the "Boje" you saw at the north lake is just a buoy for the lane.', "Boje"),
        ("Ticket 4417 is just the card terminal outage at the harbour kiosk.", "4417"),
    ],
)
def test_a_word_explained_as_the_item_or_not_explained_is_still_found(text, item):
    assert any(item in finding for finding in found(text))
