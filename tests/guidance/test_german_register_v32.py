"""Issue 13, session 37 (de-register-v32): German register words read by German grammar. A
tool's name written with its article ("die Werkbank", "im Zettelkasten") is read as the name
alone is: by how the sentence uses the tool. A German note names a tool by a compound's head
("internes Ticketsystem"). A separable verb closes its clause with its particle ("ich trag's
ins X ein"), a participle puts "ge" after it ("nachgeschlagen"), "im" is "in dem". A code name
written with a plural ending is the common noun. "schneller" is no snow. The company (a bakery
chain) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Zettelkasten", "other", "internes Ticketsystem der Filialen",
         ["im Zettelkasten", "Zettelkasten-Ticket"]),
        ("Teigwanne", "other", "internal ordering and stock tool of the branches",
         ["die Teigwanne", "Teigwanne-Export"]),
        ("Kormoran", "code_name", "code name of the planned takeover of a rival bakery chain",
         ["Projekt Kormoran"]),
    ]
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Ich trag's Ihnen gleich ins Zettelkasten ein, dann geht es nicht verloren.",
        "Ich habe Ihre Bestellung in der Teigwanne nachgeschlagen: Sie ist unterwegs.",
        "Ich habe Ihre Lieferung im Zettelkasten von Hand korrigiert, sie kommt am Montag.",
        "Ich hab's im Zettelkasten angeschaut, und jetzt sollte es schneller gehen.",
    ],
)  # fmt: skip
def test_a_tool_looked_into_or_written_into_by_german_grammar_is_the_item(text: str) -> None:
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Unser Verkaufstresen ist die Teigwanne für alles: Brot, Kuchen, Fragen zur Rechnung.",
        "Die Teigwanne aus Holz auf Ihrem Foto ist wirklich alt, schönes Stück!",
        "Die Kormorane am Weiher hinter der Filiale sind heute wieder unterwegs.",
        "@vogelmarie Ja, Kormorane fischen gerade im Stadtweiher, toll zu sehen.",
    ],
)  # fmt: skip
def test_an_article_variant_and_a_plural_in_their_ordinary_sense_are_clean(text: str) -> None:
    assert found(text) == []


def test_a_code_name_in_the_singular_is_still_the_item() -> None:
    assert found("Der Kormoran-Deal wird im Frühjahr unterschrieben, bitte noch nichts sagen.")


def test_a_german_notes_words_are_read_whole_with_their_umlauts() -> None:
    register = RegisterIndex.build(
        [
            ("Rotkehlchen", "code_name",
             "Codename der neuen Filiale am Bahnhof, Eröffnung unangekündigt", []),
        ]
    )  # fmt: skip
    entry = next(e for e in register.entries if e.squashed == "rotkehlchen")
    assert "eröffnung" in entry.context
    assert not {"ffnung", "unangek", "ndigt", "neuen", "codename"} & entry.context
