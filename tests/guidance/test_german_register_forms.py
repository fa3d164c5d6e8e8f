"""Issue 13, session 28 (german-register-v23): German forms of what an operator typed on the
register — a line "-5526" dialled after the switchboard number (DIN 5008), "nach der 5526"; a
variant "der Ofenbruch" with its article contracted ("am Ofenbruch", "vom Ofenbruch"); a figure
"6,4 %" written with its decimal comma; an id a case is filed "unter"; and the place an English
incident note names, said in a German sentence with what went wrong there.

The company (a bakery chain) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Durchwahl 5526", "other", "internal line of the night shift lead",
         ["DW 5526", "ext. 5526", "-5526"]),
        ("INC-2231", "other",
         "internal incident: the proofing cabinet at the Gersthofen bakery failed and a whole "
         "night's dough was thrown away; not public", ["INC 2231", "2231", "der Ofenbruch"]),
        ("Preisplus 6,4 %", "other", "next year's average price increase, not yet announced",
         ["6,4 %", "6.4 %"]),
    ],
    ["Krumenhof Bäckereien", "Krumenhof Vollkornbrot"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie die Zentrale an: 0821 4455 6600-5526, dann sind Sie direkt beim Schichtleiter.",
        "Die Kollegen erreichen Sie unter +49 821 4455 6600-5526 ab sechs Uhr.",
        "Frag beim Anruf einfach nach der 5526, da sitzt der Schichtleiter.",
        "Die Reklamationen vom Ofenbruch bitte gesammelt an die Leitung.",
        "Das liegt am Ofenbruch letzte Woche, da fehlte ein ganzer Teig.",
        "Intern sind es im Schnitt 6,4 %, das bleibt aber bitte im Haus.",
        "Die Brotpreise steigen ab Januar um 6.4 %.",
        "Läuft das unter 2231 bei euch, oder war das etwas anderes?",
        "In Gersthofen gab es im Mai einen Maschinenschaden, der Teig einer ganzen Nacht war weg.",
    ],
)
def test_a_register_item_in_a_german_form_of_what_the_operator_typed_is_found(text: str) -> None:
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A year and a number: not a line dialled after a switchboard number.
        "Die Aktion 2026-5526 lief nur online.",
        # The figure's digits without its comma, or with another unit.
        "Wir backen jeden Tag 64 Brote in dieser Filiale.",
        "Die Filiale liegt 6,4 km vom Bahnhof entfernt.",
        # "unter" a number as "below" it.
        "Bestellungen unter 2231 Euro liefern wir nicht frei Haus.",
        # The place of the note without anything going wrong, and something going wrong
        # without the place.
        "Unsere Filiale in Gersthofen hat auch sonntags geöffnet.",
        "Beim Versand der Brötchen gab es einen Fehler, das tut uns leid.",
    ],
)
def test_look_alikes_of_those_forms_are_not_found(text: str) -> None:
    assert found(text) == []


def test_a_german_note_gives_no_place_names_since_german_capitalises_every_noun() -> None:
    register = RegisterIndex.build(
        [("INC-2231", "other",
          "Interner Vorfall: Der Gärschrank in der Backstube ist ausgefallen; nicht öffentlich",
          ["INC 2231"])],
    )  # fmt: skip
    text = "In der Backstube hatten wir heute einen Fehler beim Gärschrank-Thermometer."
    assert [text[h.start : h.end] for h in detect(text, register)] == []
