"""Issue 13, session 27 (german-register-v22): a German sentence that tells a register item in
its note's own words beside a word of secrecy ("intern", "unter uns", "ehrlich gesagt", "noch
nicht raus", "psst", "still") — two words of one note or term, matched as German words: a
compound that holds a note's word ("Bootsrümpfe" for "Rumpf"), an inflection ("Tretboote" for
"Tretboots"). One word, the same word twice, or the words without such a word say nothing.

The company (a boat hire on a lake) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Projekt Seerose", "code_name",
         "Codename eines neuen Tretboots mit Elektromotor, Start im Sommer; nicht angekündigt",
         ["Seerose"]),
        ("Rumpfcharge R-7", "other",
         "Bootsrümpfe der Charge R-7 haben Haarrisse; sie werden bei der Durchsicht still "
         "getauscht, kein öffentlicher Rückruf", ["R-7", "die 7er-Rümpfe"]),
        ("Steg Ost Aus", "other",
         "Der Bootssteg Ost schließt zum Saisonende, Liegeplätze werden verlegt; noch nicht "
         "angekündigt", ["Ost-Aus"]),
    ],
    ["Kranichsteg Bootsverleih", "Kranichsteg Tretboote"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Unter uns: Bei ein paar Rümpfen gibt es Haarrisse, das prüfen wir bei der Durchsicht.",
        "Ehrlich gesagt bekommen die Tretboote bald einen Elektromotor, das ist noch nicht raus.",
        "Intern ist schon klar, dass die Liegeplätze am Bootssteg verlegt werden.",
        "Psst, die Liegeplätze werden zum Saisonende verlegt.",
        "Die Haarrisse in den Bootsrümpfen beheben wir still bei der nächsten Durchsicht.",
    ],
)
def test_an_item_told_in_german_beside_a_word_of_secrecy_is_found(text: str) -> None:
    assert found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A word of secrecy beside one word of a note.
        "Unter uns: Die Tretboote sind am Vormittag am ruhigsten.",
        # The same word twice is one word.
        "Ganz ehrlich, Tretboote sind toll, und Tretboote machen Kindern Spaß.",
        # A note's words without a word of secrecy.
        "Die Liegeplätze am Bootssteg sind ab April wieder buchbar.",
        # "intern" as a part of an address says nothing.
        "Die Liegeplätze am Bootssteg stehen im Portal unter buchung.example.org/intern bereit.",
        # The word as the first of a quoted name, and a refusal to comment.
        "Am Bootssteg liegen unsere Tretboote der Reihe „Leise Brise“ für Familien bereit.",
        "Zu Liegeplätzen am Bootssteg äußern wir uns nicht öffentlich.",
    ],
)
def test_a_german_sentence_without_secrecy_or_with_one_word_is_not_the_item(text: str) -> None:
    assert found(text) == []
