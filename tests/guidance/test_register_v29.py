"""Issue 13, session 34 (register-v29): register items told without their names, read from the
entry itself — a line typed in another language's word ("Durchwahl 42" asked for as "extension
42"), an unannounced price rise told as prices going up, and a German note told in an English
sentence (its words through the bilingual lexicon read backwards, its names and numbers as
written).

The company (a ski and bike rental in the Alps) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, _rises_told, across_note, detect

REGISTER = RegisterIndex.build(
    [
        ("Durchwahl 42", "other", "interne Durchwahl der Werkstattleitung, nicht für Gäste",
         ["DW 42"]),
        ("Nebenstelle 318", "other", "interne Nebenstelle des Verleihlagers", ["NSt. 318"]),
        ("Tarif Pulver", "other",
         "unangekündigte Preiserhöhung des Saisonpasses von 240 auf 285 EUR ab März 2027",
         ["Pulver-Tarif"]),
        ("Charge K-7", "other",
         "stiller Austausch: Helme der Charge K-7 haben spröde Dichtungen; werden ohne "
         "Information der Kunden ersetzt", ["K-7", "die Helme, die wir still tauschen"]),
        ("Schließung Depot Vent", "other",
         "nicht angekündigte Schließung des Depots in Vent zum Jahresende", ["Depot Vent"]),
    ],
    ["Gipfelrad", "Gipfelrad Saisonpass (season pass for skis and bikes)", "Helmet H 300"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Ask reception for extension 42, that's the workshop lead.", "extension 42"),
        ("Call the switchboard and press extension -42.", "extension -42"),
        ("Dial ext. 42 if the hotline is busy.", "ext. 42"),
        ("You can reach the rental store directly on extension 318.", "extension 318"),
        ("Just call 318, they'll pick up.", "call 318"),
    ],
)
def test_a_line_typed_in_another_language_is_found_by_its_digits(text, line):
    assert line in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The number 42 bus stops right outside the shop.",
        "Line 42 is the one for the valley station.",
        "Call 42 people? No, the group booking is for 12.",
        "Your ski length is 142 cm, extension 4200 is our fax.",
    ],
)
def test_two_digits_without_a_word_for_a_line_are_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Heads up: the season pass goes up to 285 euros next spring. Not announced yet.",
        "Staff here. Prices will go up in March, I've seen the new list.",
        "Buy your pass now, the prices go up quite a bit in the new year.",
        "Im Frühjahr kommen die höheren Saisonpreise, kauft lieber jetzt noch.",
    ],
)
def test_an_unannounced_price_rise_told_in_other_words_is_found(text):
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # Announced, past, denied, early-bird or merely today's price.
        "As announced on our website, prices go up in March; buy your pass now.",
        "Prices went up in March last year, I've seen the old list.",
        "Prices won't go up next year, buy your pass whenever you like.",
        "The early-bird price ends on 1 March, after that the pass goes to 260.",
        "A season pass is 240 euros this winter, the same as last year.",
    ],
)
def test_a_price_said_publicly_or_not_rising_is_nothing(text):
    # (The older `_timed` reads the denial's sentence on its own terms: asked of this rule.)
    assert _rises_told(text, REGISTER) == []


def test_without_a_price_rise_in_the_register_a_rise_is_nothing():
    register = RegisterIndex.build(
        [("Durchwahl 42", "other", "interne Durchwahl der Werkstattleitung", [])], ["Gipfelrad"]
    )
    text = "Staff here. Prices will go up in March, I've seen the new list."
    assert detect(text, register) == []


@pytest.mark.parametrize(
    "text",
    [
        "Between us, a batch of helmets has brittle seals and we swap them without telling anyone.",
        "Don't bring the skis to Vent any more, the Vent depot closes at the end of the year.",
    ],
)
def test_a_german_note_told_in_an_english_sentence_is_found(text):
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # The note's words said of something public, without a hint or a name of the note.
        "Your helmet's seals look fine, no need to swap anything before the season.",
        "The Helmet H 300 has a new seal, you can swap the pads yourself.",
        # A German sentence is the German rules' business.
        "Die Helme haben neue Polster, tauschen Sie sie einfach selbst.",
    ],
)
def test_the_note_words_said_ordinarily_are_nothing(text):
    assert found(text) == []


def test_a_german_note_reads_as_english_words_and_names():
    words, names = across_note(
        "nicht angekündigte Schließung des Depots in Vent zum Jahresende", "Depot Vent"
    )
    assert {"depot", "close"} <= words or {"depot", "closu"} <= words
    assert "vent" in names
    # An English note is the English rules' business: nothing read across.
    assert across_note("unannounced closure of the Vent depot", "Depot Vent") == (
        frozenset(),
        frozenset(),
    )
