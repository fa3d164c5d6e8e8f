"""Issue 13, session 29 (german-register-v24): an item whose register note the operator wrote in
English, told in a German draft in German words beside a word of secrecy — the note's words in
German by a bilingual lexicon ("batch" is "Charge", "swap" is "getauscht", "hinges" are
"Scharniere") — and a word of manner ("heimlich", "still") denied by a negation is no word of
secrecy.

The company (a garden-furniture maker) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("GT-17 chair swap", "other",
         "unannounced quiet replacement of a batch of folding chairs whose hinges crack",
         ["GT-17", "chair swap"]),
        ("Tarif Nordwind", "other", "unannounced increase of the delivery fee for parcels",
         ["Nordwind"]),
        ("Project Heron", "other",
         "confidential acquisition talks with a parasol manufacturer", ["Heron"]),
        ("INC-5820", "other",
         "internal incident: water in the warehouse, stored cushions mouldy; not public",
         ["INC 5820", "5820"]),
    ],
    ["Sonnbank Gartenmöbel", "Sonnbank Klappstuhl"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Psst, die Gebühr für Pakete wird im März teurer.",
        "Unter uns: Wir sind mit einem Hersteller von Sonnenschirmen im Gespräch, es geht um "
        "einen Kauf.",
        "Intern weiß es jeder: In der Lagerhalle stand das Wasser, die gelagerten Polster sind "
        "verschimmelt.",
    ],
)
def test_an_item_with_an_english_note_told_in_german_words_beside_secrecy_is_found(
    text: str,
) -> None:
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same words without a word of secrecy.
        "Die Gebühr für Pakete wird im März teurer, das steht ab heute auf der Website.",
        # A word of secrecy and one of the note's words only.
        "Unter uns: Die neue Charge Polster ist richtig schön geworden.",
        # A word of manner denied a few words after a negation: no secret is told.
        "Wir erhöhen die Gebühr für den Versand nicht heimlich.",
        "Die Versandgebühr erhöhen wir sicher nicht heimlich, das kündigen wir vorher an.",
    ],
)
def test_look_alikes_of_an_english_note_said_in_german_are_not_found(text: str) -> None:
    assert found(text) == []


def test_a_german_note_is_matched_by_its_own_words_not_by_the_lexicon() -> None:
    register = RegisterIndex.build(
        [("Aktion Kranz", "other", "Stiller Tausch von Polstern aus einem Wasserschaden",
          ["Kranz"])],
    )  # fmt: skip
    text = "Unter uns: Die Charge mit den Scharnieren wird gerade getauscht."
    assert [text[h.start : h.end] for h in detect(text, register)] == []
