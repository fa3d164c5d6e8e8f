"""Issue 13, register-v14: a register word that is an ordinary German noun ("Sattel",
"Klingel", "Seitenwind") written with a noun's grammar — after "im", "beim", a possessive or
"kein", after an inflected adjective, after a bare "bei", "mit", "ohne", first after a greeting
or a short answer, or listed with other nouns — is the noun, since German capitalises every
noun; unless the sentence speaks of the item (its note's words or concepts), hints, says
"intern", or looks something up in a tool. "Laut <tool>" opens a sentence, and German "mehr sag
ich nicht" hints as "can't say more" does. The company (a bicycle shop) and every sentence are
made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Klingel", "code_name", "code name of the unannounced folding e-bike",
         ["Projekt Klingel"]),
        ("Sattel", "system", "internal stock and repair-queue dashboard", ["Sattel-Dashboard"]),
        ("Tarif Seitenwind", "other", "unannounced price increase for service plans",
         ["Seitenwind", "Seitenwind-Tarif"]),
    ],
    ["Speichenwerk"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Bei Seitenwind fährt sich das Rad wie von selbst.",
        "Mit Seitenwind schafft man locker 30 km/h, bei Gegenwind eher 18.",
        "Ohne Klingel darf das Rad nicht auf die Straße, das ist Vorschrift.",
        "Hallo Jonas, Seitenwind hilft natürlich, aber der Akku hält trotzdem nur 60 km.",
        "Moin Kai, Sattel und Lenker stellen wir beim Kauf natürlich passend ein.",
        "Ja genau, Klingel und Licht sind in Deutschland Pflicht.",
        "Danke für das Foto! Schöner Sattel, ist das ein Brooks?",
        "Auf langen Touren ist ein Rennrad mit schmalem Sattel nicht jedermanns Sache.",
        "Beim Sattel kommt es vor allem auf die Sitzknochen an, nicht auf die Polsterung.",
        "Dein Sattel sitzt zu hoch, stell ihn zwei Zentimeter tiefer.",
        "Kein Sattel passt allen, deshalb kannst du bei uns probefahren.",
    ],
)  # fmt: skip
def test_the_ordinary_german_noun_with_a_nouns_grammar_is_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Im Sattel sehe ich, dass Ihr Rad noch auf die Speiche wartet.", "Sattel"),
        ("Hab in Sattel nachgeschaut: Ihre Reparatur ist für Donnerstag eingeplant.", "Sattel"),
        ("Laut Sattel ist der Rahmen in Größe M noch zweimal da.", "Sattel"),
        ("Mit Sattel habe ich Ihren Auftrag geprüft, er ist für Freitag eingeplant.", "Sattel"),
        ("Psst, wartet mit dem Faltrad-Kauf bis Mai. Klingel wird euch gefallen 😉", "Klingel"),
        ("Unter uns: Seitenwind bedeutet, dass die Servicepreise im Herbst steigen.",
         "Seitenwind"),
        ("Bei Seitenwind steigen die Preise für den Service, bucht lieber jetzt.",
         "Seitenwind"),
        ("Mit Seitenwind 🍃 wird es teuer, mehr sag ich nicht.", "Seitenwind"),
        ("Das neue Faltrad heißt intern Klingel, mehr darf ich noch nicht sagen.", "Klingel"),
    ],
)  # fmt: skip
def test_the_item_said_with_a_tool_use_a_hint_or_its_subject_stays_found(
    text: str, word: str
) -> None:
    assert any(word in f or f in word for f in found(text)), found(text)


def test_an_english_sentence_is_not_read_with_german_grammar() -> None:
    # "am", "mit" and the like are German words; an English sentence keeps the capital's rule.
    text = "Our team will be on Sattel all week, so expect slower replies."
    assert found(text) == ["Sattel"]


def test_not_public_yet_hints_as_its_german_twin_does() -> None:
    # "noch nicht öffentlich" was a hint; "it's not public yet" is one too (session 19).
    text = "Book before spring: service plans go up then. It's not public yet."
    assert found(text), found(text)
    assert found("Our opening hours are public on the website.") == []


def test_a_german_variant_is_found_with_its_article_declined() -> None:
    # The register writes "der Rahmenbruch in Kassel"; a draft declines it ("beim", "vom",
    # "wegen dem"), as English drops "the" (session 19).
    register = RegisterIndex.build(
        [("INC-4471", "incident", "internal incident: frames cracked in the Kassel workshop",
          ["der Rahmenbruch in Kassel"])],
        ["Speichenwerk"],
    )  # fmt: skip
    for text in (
        "Betroffen sind nur die Räder, die beim Rahmenbruch in Kassel beschädigt wurden.",
        "Das kommt alles vom Rahmenbruch in Kassel, sorry.",
    ):
        assert [text[h.start : h.end] for h in detect(text, register)], text
