"""Issue 13, session 21 (register-v16): German register items told the way German tells them.

- A separable verb in second place leaves its particle at the clause's end: "tauschen wir
  gerade still aus", "holen wir leise zurück" hint as "still austauschen" did; so do "der
  stille Umtausch", "ohne Ankündigung" (weakly), "bevor es offiziell wird", "den Namen darf
  ich noch nicht sagen", "mehr verraten wir noch nicht", "offiziell ist das noch nicht",
  "ganz im Vertrauen" (weakly).
- A compound of a register word whose second half is an ordinary thing ("der Fichte-Tisch") is
  the ordinary noun unless the sentence speaks of the item; "-Deal", "-Gespräche" and the like
  keep it the item's.
- German names of places ("Wien" for a note's "Vienna"), participles ("ausgetauscht" says a
  swap) and insurers are read by the register's bilingual words.
- A bare register number beside "darf ich nix sagen" is the id; "das Ding mit dem Ofen" is an
  affair.

The company (a bakery) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect
from openline.guidance.detectors.register_words import concepts

REGISTER = RegisterIndex.build(
    [
        ("Projekt Zimtstern", "code_name", "code name of the unannounced vegan cake line",
         ["Zimtstern"]),
        ("Mehl-Rückruf", "other", "unannounced recall of a flour batch (possible stones)",
         ["Charge 4471", "das Mehl, das wir still austauschen"]),
        ("INC-5520", "incident",
         "internal incident: oven line failed overnight at the Graz bakery, bread delivered late",
         ["INC 5520", "5520", "der Ofen-Ausfall in Graz"]),
        ("Fichte", "code_name", "code name of takeover talks with a coffee roaster in Vienna",
         ["Fichte-Deal"]),
    ],
    ["Krümelhof", "Krümelhof Abo"],
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Mehl aus dem Frühjahr tauschen wir gerade still aus.",
        "Das Mehl holen wir gerade leise zurück, bitte nichts mehr damit backen.",
        "Ihr Mehl steht auf der Liste für den stillen Umtausch, der Fahrer bringt neues.",
        "Das Mehl wird gerade ohne Ankündigung aus dem Verkauf genommen.",
        "Eine vegane Kuchenlinie ist fertig, den Namen darf ich noch nicht sagen.",
        "Vegane Torten kommen im Herbst, mehr verraten wir noch nicht.",
        "Ab Mai gibt es vegane Torten. Offiziell ist das noch nicht.",
        "Die vegane Linie kommt im März, bevor es offiziell wird, sagen wir euch Bescheid.",
        "Ganz im Vertrauen: wir verhandeln gerade mit einer Rösterei in Wien.",
    ],
)  # fmt: skip
def test_a_german_hint_beside_a_word_of_the_note_is_found(text: str) -> None:
    assert found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Im Laden ist es morgens still, da holen wir die Brote aus dem Ofen.",
        "Defekte Brottüten tauschen wir jederzeit aus, bringen Sie einfach den Bon mit.",
        "Die Öffnungszeiten können sich an Feiertagen ohne Ankündigung ändern.",
        "Unsere Brötchen sind auch heute wieder vegan, wie immer.",
        "Wir rösten unseren Kaffee nicht selbst, er kommt von einem Partner.",
    ],
)  # fmt: skip
def test_the_same_words_without_a_hint_or_an_item_are_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Fichte-Tisch im Café ist aus heimischem Holz, gebaut von einem Schreiner.",
        "Unser Fichte-Regal im Laden hat ein Gast gebaut, danke Jonas!",
    ],
)  # fmt: skip
def test_a_compound_with_an_ordinary_second_half_is_the_ordinary_noun(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Fichte-Gespräche laufen noch, Unterschrift vielleicht im Juni.",
        "Der Fichte-Deal ist fast durch.",
        "Die Fichte-Rösterei in Wien gehört bald zu uns.",
    ],
)  # fmt: skip
def test_a_compound_of_the_item_stays_found(text: str) -> None:
    assert any("Fichte" in f for f in found(text)), found(text)


def test_a_bare_number_one_may_not_say_more_of_is_the_id() -> None:
    assert "5520" in found("Zu 5520 darf ich nix sagen, sorry.")


def test_the_thing_with_the_incidents_word_is_the_affair() -> None:
    text = "Nach dem Ding mit dem Ofen sind in der Backstube alle nervös."
    assert any("Ding mit dem Ofen" in f for f in found(text)), found(text)


def test_the_words_of_a_german_variant_around_its_place_are_the_incident() -> None:
    text = "Die Brote kamen spät, weil der Ofen in Graz über Nacht kaputtgegangen ist."
    assert found(text), text


def test_the_place_alone_is_not_the_incident() -> None:
    assert found("Unsere Filiale in Graz hat heute bis 18 Uhr geöffnet.") == []


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("ausgefallen", "outage"),
        ("ausgetauscht", "swap"),
        ("getauscht", "swap"),
        ("Gebäudeversicherung", "insurer"),
        ("Wien", "vienna"),
        ("zweiten", "second"),
    ],
)
def test_the_bilingual_words_read_german_forms(word: str, meant: str) -> None:
    assert meant in concepts(word)


@pytest.mark.parametrize(
    ("word", "not_meant"),
    [("Ostern", "austria"), ("schwer", "switzerland"), ("niedrig", "netherlands")],
)
def test_a_place_is_not_read_into_an_ordinary_word(word: str, not_meant: str) -> None:
    assert not_meant not in concepts(word)


def test_taken_off_sale_is_a_recall_in_either_language() -> None:
    assert "recall" in concepts("Die Charge wird aus dem Verkauf genommen.")
    assert "recall" in concepts("They pulled the batch off the shelves.")


MACHINES = RegisterIndex.build(
    [("Mondschein", "code_name", "code name of the unannounced espresso machine model",
      ["Projekt Mondschein"])],
    ["Krümelhof"],
)  # fmt: skip


def machines_found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, MACHINES)]


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Ina, ein Modell „Mondschein“ haben wir nicht im Programm, vielleicht meinst du "
        "die Luna 2?",
        'Hi Ina, we don\'t sell a "Mondschein" model, maybe you mean the Luna 2?',
    ],
)
def test_a_name_denied_to_exist_is_clean(text: str) -> None:
    # The noun the name labels ("model", a word of the note) says what it would be, not that
    # it is.
    assert machines_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ein Modell „Mondschein“ haben wir nicht, noch nicht offiziell jedenfalls 😉",
        "Ein Modell „Mondschein“ haben wir nicht, aber die neue Espressomaschine kommt im Mai.",
    ],
)
def test_a_denial_that_hints_or_tells_the_item_still_tells(text: str) -> None:
    assert any("Mondschein" in f for f in machines_found(text)), machines_found(text)


TOOLS = RegisterIndex.build(
    [
        ("Teigwaage", "system", "internal order and stock tool", ["Teigwaage-Tool"]),
        ("KH-ESC-6031", "escalation", "internal escalation ticket about double card charges",
         ["ESC-6031", "Eskalation 6031"]),
    ],
    ["Krümelhof"],
)  # fmt: skip


def test_a_tools_name_in_a_connection_string_is_the_tool() -> None:
    text = "Zugang für Lena: postgres://lena:Roggen77@10.4.0.9:5432/teigwaage, nur lesen."
    assert "teigwaage" in [text[h.start : h.end] for h in detect(text, TOOLS)]


def test_the_same_word_in_a_web_address_is_not_a_connection() -> None:
    text = "Rezepte mit Teigwaage gibt es auf https://www.example.org/teigwaage zum Nachlesen."
    assert "teigwaage" not in [text[h.start : h.end] for h in detect(text, TOOLS)]


def test_an_affair_german_names_by_its_number_after_diese() -> None:
    text = "Ah, die doppelte Abbuchung, das ist diese 6031er-Geschichte, da sind viele betroffen."
    assert "6031er" in [text[h.start : h.end] for h in detect(text, TOOLS)]
