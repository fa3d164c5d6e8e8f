"""Issue 13, session 20 (register-v15): a register word whose note says it is also an ordinary
word ("'Reif' is also the ordinary word for frost") is, in a German sentence, the ordinary word
whatever the grammar around it — German capitalises every noun, so a capital proves nothing —
unless the sentence speaks of the item: its note's words or concepts, a hint, "intern", a
marker ("Projekt …"), or a tool looked up. The word said to be ordinary is not one of the note's
words about the item ("…; 'Reif' is also …" does not make "Reif" a word of the spa site).
The company (a bicycle shop) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect, split_note

REGISTER = RegisterIndex.build(
    [
        ("Projekt Dunst", "code_name", "code name of an unannounced new workshop in Kassel; "
         "'Dunst' is also the ordinary word for haze", ["Dunst", "PRJ-DUNST"]),
        ("Felge", "system", "internal repair-queue tool; 'Felge' is also the ordinary word for "
         "a wheel rim", ["Felge-Tool", "im Felge-Tool"]),
        ("Klingel", "code_name", "code name of the unannounced folding e-bike",
         ["Projekt Klingel"]),
    ],
    ["Speichenwerk"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Heute Morgen lag tatsächlich Dunst über dem Radweg, magische Stimmung 🌫️",
        "@radlerin Dunst am Fluss, Dunst auf dem Feld, heute passt alles zusammen ☁️",
        "Bei uns gilt: Was im Dunst passiert, bleibt im Dunst 😄 Danke für den Besuch!",
        "Wenn bei dir nach 800 km schon zwei Felge locker sind, lass das bitte anschauen.",
        "@radelnde_petra Autsch, verbogene Felge am Hinterrad? Das ist ein Fall für den Händler.",
    ],
)  # fmt: skip
def test_the_word_its_note_calls_ordinary_is_clean_in_german(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ich hab's in Felge nachgeschaut: Ihr Auftrag ist für Freitag eingeplant.", "Felge"),
        ("Psst, in Kassel kommt bald was Neues, intern heißt das Dunst 🤫", "Dunst"),
        ("Die neue Werkstatt in Kassel läuft intern unter Dunst, noch nicht angekündigt.",
         "Dunst"),
        ("Unter uns: Projekt Dunst ist die neue Werkstatt, mehr darf ich noch nicht sagen.",
         "Dunst"),
        # The note does not call "Klingel" ordinary: capitalised mid-sentence it stays the name.
        ("Wir testen gerade Klingel auf der Teststrecke.", "Klingel"),
    ],
)  # fmt: skip
def test_the_item_said_stays_found(text: str, word: str) -> None:
    assert any(word in f for f in found(text)), found(text)


def test_an_english_sentence_keeps_the_capitals_rule() -> None:
    assert found("We are testing Felge on the new laptops this week.") == ["Felge"]


def test_the_word_said_to_be_ordinary_is_not_the_notes_subject() -> None:
    meaning, sense = split_note(
        "code name of an unannounced new spa site; 'Reif' is also the ordinary word for frost"
    )
    assert meaning == "code name of an unannounced new spa site"
    assert "frost" in sense
