"""Issue 13, session 23 (register-v18): register items written another way by new writers.

- A teaser with 👀 is a hint: "custom-fitted saddles are coming to our kiosks soon 👀".
- Told not to tell those it concerns: "Let's not tell the customers until the audit's done."
  A short hint that names the item takes the sentence before it along when that says the
  item too.
- Sites, machines, factories and growth are said in both languages ("partner-run sites",
  "Standorte von Partnern").
- German: a tool looked into with the accusative ("schaut in die Kombüse"); "intern heißt der
  Deal X"; a word of a name that is also a lexicon word right after "intern heißt das Ding";
  "mehr dürfen wir noch nicht verraten"; a place as its adjective ("im Hörnumer Werk"); an
  incident as a compound's head ("der Rostvorfall in Hörnum"); a district after a hyphen in a
  note is a name ("the Kiel-Holtenau pier").
- A product word that only begins a German noun is not the company's name denied: "keine
  Hafenrundfahrt" is not "not a Hafen… product".

The company (a ferry operator) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Projekt Sattel", "code_name", "code name of the unannounced custom-fitted saddle service",
         ["PRJ-SATTEL"]),
        ("Projekt Tau", "code_name",
         "code name of the unannounced franchise expansion (partner-run sites)", ["Tau-Projekt"]),
        ("Ankerbuch audit", "incident",
         "internal audit: boarding tags missing at the Leeds pier, not public",
         ["the Ankerbuch audit", "the tags that went missing in Leeds"]),
        ("Kombüse", "code_name", "internal booking and crew dashboard", ["Kombüse-Dashboard"]),
        ("Möwe", "code_name", "code name of the ferry-catering partnership being negotiated",
         ["Möwe-Deal", "the Möwe deal"]),
        ("Projekt Liste", "code_name",
         "code name of the unannounced own-brand e-bike; 'Liste' is also the ordinary word",
         ["PRJ-LISTE", "Liste (Eigenmarke)"]),
        ("Schließung Amrum", "other", "unannounced closure of the Amrum ticket office",
         ["Amrum schließt", "die Kasse auf Amrum macht zu"]),
        ("INC-5120", "incident", "internal incident: rust damage at the Hörnum shipyard",
         ["INC 5120", "5120", "der Rost-Vorfall in Hörnum"]),
        ("INC-5121", "incident",
         "internal incident: a gangway gave way at the Kiel-Holtenau pier", ["INC 5121"]),
        ("Standort Pellworm", "other", "unannounced new ticket office on Pellworm",
         ["Pellworm-Kasse"]),
    ],
    ["Möwenfähre", "Möwenfähre App", "Hafen- und Inselrundfahrten"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "@sailor_sue custom-fitted saddles are coming to our kiosks soon 👀",
        "@deckhand psst, there'll be partner-run sites in Bergen and Oslo next year 👀",
        "psst, nächstes Jahr gibt's Standorte von Partnern in Bergen und Oslo 👀",
        "Hi Tom,\n\nRe the Leeds boarding tags: 14 are still unaccounted for. Let's not tell the "
        "customers until the audit's done.\n\nMia",
        "An die Schichtleitungen: Bitte schaut in die Kombüse, bevor ihr Sonderfahrten zusagt.",
        "Wir verhandeln gerade mit einem Caterer, intern heißt der Deal Möwe.",
        "Wartet noch bis zum Frühjahr, dann kommt unser eigenes E-Bike, intern heißt das Ding "
        "Liste.",
        "Bald sind wir auch bei euch auf Pellworm! Mehr dürfen wir noch nicht verraten.",
        "Ja, das Rost-Problem im Hörnumer Werk ist der Grund für die Verspätung.",
        "Der Rostvorfall in Hörnum war intern schon ein großes Thema.",
        "@kieler_sprotte das mit der Gangway in Holtenau war ein kaputtes Teil, das wissen bei "
        "uns alle 🤫",
        "Amrum schließt wohl bald, deshalb können wir da keine Hafenrundfahrt mehr annehmen.",
    ],
)  # fmt: skip
def test_an_item_written_another_way_is_found(text: str) -> None:
    assert found(text), text


def test_a_short_hint_takes_the_sentence_it_is_about_along() -> None:
    text = (
        "Re the Leeds boarding tags: 14 are still unaccounted for. Let's not tell the "
        "customers until the audit's done."
    )
    assert any("14 are still unaccounted for" in f for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "@lucy nothing we can announce yet, but watch the timetable page 👀",
        "Please don't tell customers to queue at the pier, the app has their boarding pass.",
        "Schau mal in die Tüte, da liegt der Beleg drin.",
        "Die Liste an meinem Kühlschrank ist lang, hab sie abgehakt.",
        "Bei uns heißt der Hund Möwe, weil er immer am Hafen sitzt.",
        "Das Spandauer Werk unserer Werft ist für Besucher geöffnet, Führungen jeden Samstag.",
        "Der Fahrplan für Pellworm steht im Netz, Sonderfahrten ab Mai.",
    ],
)  # fmt: skip
def test_ordinary_text_stays_clean(text: str) -> None:
    assert not found(text), text
