"""Issue 13, german-register: a register word that is an ordinary German noun ("Eisvogel",
"Kastanie", "Holunder") after a German definite article (perhaps with an adjective) is the noun,
since German capitalises every noun — unless the sentence says something of the item, hints at
something withheld, or the writer speaks from inside. Compounds made with the name, a name said
as a name, "im <system>", "der internen …" and a hint stay the item. The company (a bakery chain)
and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Eisvogel", "code_name", "code name for the planned takeover of a rival bakery chain",
         ["Projekt Eisvogel", "Eisvogel-Deal"]),
        ("Kastanie", "code_name", "code name of the unannounced sourdough subscription",
         ["Projekt Kastanie"]),
        ("Holunder", "other", "internal stock and ordering system of the branches",
         ["im Holunder", "Holunder-System"]),
    ]
)  # fmt: skip


def found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "@vogelfreund Was für ein Foto! Der Eisvogel am Mühlbach ist jedes Jahr ein Erlebnis.",
        "Die Eisvögel am Teich hinter der Filiale sind wirklich scheu.",
        "Die Kastanie vor unserer Filiale blüht schon, sieht toll aus.",
        "Im Herbst sammeln die Kinder bei uns die Kastanien unter dem Baum ein.",
        "@gartenmarie Der blühende Holunder in Ihrem Garten ist wunderschön! Machen Sie Sirup?",
        "Der Holunder am Zaun wird im Juni geschnitten, keine Sorge.",
    ],
)  # fmt: skip
def test_the_ordinary_german_noun_after_an_article_or_adjective_is_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Unter uns: der Eisvogel ist so gut wie durch, im Mai gehört die Kette uns.", "Eisvogel"),
        ("Der Eisvogel-Deal wird nächste Woche unterschrieben.", "Eisvogel-Deal"),
        ("Das läuft intern unter dem Namen Kastanie und kommt erst im Herbst.", "Kastanie"),
        ("Ich habe im Holunder nachgesehen, die Torte ist bestellt.", "im Holunder"),
        ("Wir starten bald Projekt Kastanie, mehr darf ich noch nicht sagen.", "Projekt Kastanie"),
    ],
)  # fmt: skip
def test_the_name_said_as_a_name_or_with_a_hint_stays_the_item(text: str, word: str) -> None:
    assert any(word in f or f in word for f in found(text)), found(text)


def test_the_internal_list_after_der_internen_stays_the_item() -> None:
    assert "Holunder" in " ".join(found("Das steht so in der internen Holunder, sagt die Filiale."))


def test_staff_speaking_from_inside_keep_the_name() -> None:
    text = "Mitarbeiter hier, privat. Der Eisvogel ist so gut wie durch, wartet es ab."
    assert "Eisvogel" in found(text)
