"""Issue 13, session 36 (register-clean-v31): the register's false alarms on clean drafts, each
a misreading of a shape of text, and the item said nearby still found:

- a plain wink (😉) at a fact of today hints at nothing; at something to come it still does;
- a hint's words quoted to deny them ("we're not "quietly raising prices"") hint at nothing;
- the register's word explained as something ordinary right after it (""Boje" in the sauna just
  means the yellow towel") is not the item, unless the explanation tells two words of
  the item's note;
- a German variant of an article, lower-case words and a noun ("die lila Körbe") is not
  retold around its noun: "Die Körbe bleiben offen" is the baskets.

The company (a lake lido with beach chairs and a sauna) and every sentence are made up."""

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
        ("Korbreihe Lila", "other",
         "interne Sperrliste: 140 Körbe mit Haarrissen an den Scharnieren; werden ohne "
         "Ankündigung aus der Vermietung genommen, Gäste nicht informiert",
         ["die lila Körbe"]),
    ],
    ["Seebad Nordufer", "Day pass", "Strandkorb"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "The day pass price is on the board at the entrance, same as always 😉",
        "Yes, the day pass includes the lake and the price covers the lockers 😉",
    ],
)
def test_a_wink_at_a_fact_of_today_hints_at_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Get your day pass now, the price is going up next spring 😉",
        "The day pass won't stay at this price for long 😉",
        "The day pass price stays as it is 🤫",
    ],
)
def test_a_wink_at_something_to_come_or_a_shush_still_hints(text):
    assert found(text) != []


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


@pytest.mark.parametrize(
    "text",
    [
        "Die Körbe bleiben offen, aber die Markise bitte zu.",
        "Ab dem 1. Mai stehen die Körbe wieder am Strand.",
    ],
)
def test_a_german_common_noun_of_a_variant_is_not_the_variant_retold(text):
    assert found(text) == []


def test_the_german_variant_itself_is_still_found():
    assert found("Die lila Körbe nehmen wir still aus der Vermietung.") != []
