"""Issue 13, session 35 (german-tone-v30): three German clause families read by grammar, not by
the words alone. A pet name written small before a noun is the adjective ("süße Sorten", not
"Süße"); "nicht der Erste" and "das kann jedes Kind" are said in one clause, so a first
appointment in a "da"-clause and a grandmother's question in an "ob"-clause are no jab. The
hostile forms stay found. Sentences written for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def ruled(text: str) -> list[str]:
    """What the German phrase rules and clause families mark as hostile tone."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == "hostile_tone"]


def marked(text: str) -> list[str]:
    """What the whole check marks as hostile tone."""
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == "hostile_tone"]


CLEAN = [
    # a sirup maker's shop
    "Wer süße Sorten mag, sollte den Sirup nach dem Öffnen kühl lagern.",
    "Für süße Nachspeisen empfehlen wir den Holundersirup, er ist nicht zu herb.",
    # a dance school
    "Da es die erste verschobene Stunde ist, kostet Sie das nichts.",
    "Weil es der erste Ausfall in diesem Kurs war, berechnen wir Ihnen nichts.",
    # a garden centre's community page
    "Meine Oma hat die Gärtnerin gefragt, ob sie ihr die Rosen schneiden kann.",
    "Ein Kind, das im Laden mithilft, kann bei uns einen Setzling aussuchen.",
]

HOSTILE = [
    "Na, Süße, ist das Anmeldeformular wieder zu schwer?",
    "Sie sind nicht der Erste, der den Abholtermin verschläft.",
    "Du bist bestimmt nicht die erste, die die Gebrauchsanweisung ignoriert.",
    "Das Knotenbinden kann doch jedes Kind.",
    "Den Sattel richtig einstellen schafft sogar meine Oma.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_pet_name_adjective_or_a_word_in_another_clause_is_no_jab(text):
    assert ruled(text) == []


@pytest.mark.django_db
@pytest.mark.parametrize("text", CLEAN)
def test_the_whole_check_leaves_them_clean(text):
    assert marked(text) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_the_jabs_in_one_clause_are_still_found(text):
    assert ruled(text)
