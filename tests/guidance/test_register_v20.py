"""Issue 13, session 25 (register-v20): an item told by its own note beside one word that says
something is kept from the public ("internal", "insider", "secret", "between us", "not official",
„intern", „unter uns", „heimlich") — three words of the note or its variants in the sentence,
as words or as concepts. The word alone, a denial ("no secret"), or the note's words without
such a word say nothing.

The company (a rooftop-garden maintenance firm) and every sentence are made up for these
tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Project Wisteria", "code_name",
         "code name of the unannounced price increase for the balcony watering plan",
         ["Wisteria", "PRJ-WISTERIA"]),
        ("Compost review", "other",
         "internal review of drip hoses from a faulty supplier batch", ["the hose review"]),
        ("Project Skylight", "code_name",
         "code name of the planned moss-roof subscription for office blocks, with sensors, "
         "quarterly visits and a rebate for council tenants, piloted in Leeds", ["Skylight"]),
        ("Projekt Moosdach", "code_name",
         "geplantes Moosdach-Abo für Bürogebäude mit Sensoren, Quartalsbesuchen und Rabatt "
         "für Mieter, Pilot in Dortmund", ["Moosdach"]),
        ("Projekt Rankhilfe", "code_name",
         "unangekündigte Preiserhöhung für den Balkon-Gießplan", ["Rankhilfe"]),
    ],
    ["Leafline Roofs", "Leafline app", "Balcony watering plan"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "You heard it here first: office blocks will get a moss roof subscription with sensors.",
        "Roof crew insider: moss roofs for office blocks are coming, sensors and all.",
        "There's an internal plan for moss roofs on office blocks with sensors.",
        "Psst: office blocks, moss roofs, sensors. Say no more.",
        "Kleiner Insider: bald gibt es Moosdächer für Bürogebäude, mit Sensoren.",
        "Intern wird schon an Moosdächern mit Sensoren für Bürogebäude gearbeitet.",
    ],
)
def test_an_item_told_by_its_note_beside_a_word_of_secrecy_is_found(text: str) -> None:
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A word of secrecy alone, or beside fewer than three of a note's words.
        "The system we use internally shows your visit was booked twice.",
        "No secret sauce, just compost and patience.",
        "Between us, the hoses look great this year.",
        # A denial of the very thing.
        "There's no secret moss roof plan for office blocks with sensors, sorry.",
        # The note's words without a word of secrecy.
        "Our office blocks have moss roofs and sensors, see the website.",
    ],
)
def test_a_word_of_secrecy_or_the_notes_words_alone_is_not_the_item(text: str) -> None:
    assert found(text) == []
