"""Issue 13, german-v13: German swearing that two read writers share and the rules missed —
Bavarian and Austrian oaths ("Kruzitürken", "Herrgottsakrament", "Kruzifix" said as an oath)
and "Mist" said as a swear word — each with look-alikes that stay clean: the crucifix as an
object, "Herrgottsfrüh", the sacrament, manure, mistletoe, English mist. Every sentence is
written for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all


def profanities(text: str) -> list[str]:
    return [
        text[h.start : h.end]
        for h in detect_all(text, register=RegisterIndex())
        if h.kind == "profanity"
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kruzitürken, jetzt hat die Spedition den Schrank schon wieder falsch geliefert!",
         "Kruzitürken"),
        ("Herrgottsakrament, wo ist denn die Rechnung vom Juni hin?", "Herrgottsakrament"),
        ("Himmelherrgottsakrament, der Drucker im Laden streikt schon wieder.",
         "Himmelherrgottsakrament"),
        ("Kreuzkruzifix, der Kühlschrank ist ja noch immer nicht angeschlossen!", "Kreuzkruzifix"),
        ("Kruzifix, jetzt ist die Torte doch beim Transport umgefallen.", "Kruzifix"),
        ("@hansl_aus_passau Kruzifix! Das Paket liegt seit einer Woche im Depot.", "Kruzifix"),
        ("Das ging schief. Kruzifix, wir schicken sofort einen neuen Reifen.", "Kruzifix"),
        ("Mist, ich habe Ihnen die falsche Sendungsnummer geschickt.", "Mist"),
        ("Da hat unser Lager echt Mist gebaut, sorry!", "Mist"),
        ("Sorry, das mit dem Gutschein war Mist von uns, er kommt heute noch.", "Mist"),
    ],
)  # fmt: skip
def test_oaths_and_mist_are_profanity(text: str, word: str) -> None:
    assert word in profanities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Kruzifix, das Sie im Antiquariat reserviert haben, liegt zur Abholung bereit.",
        "Wir liefern das geschnitzte Kruzifix am Montag, gut verpackt.",
        "Kruzifixe aus Olivenholz haben wir wieder auf Lager.",
        "Wir sind Herrgottsfrüh losgefahren, damit die Blumen frisch ankommen.",
        "Der Herrgottswinkel in der Gaststube ist frisch restauriert.",
        "Das Sakrament der Taufe feiern viele Familien bei uns im Saal.",
        "Den Pferdemist holen wir jeden Montag vom Hof ab.",
        "Misteln für die Haustür gibt es ab Dezember im Gartencenter.",
        "Bitte misten Sie den Stall vor der Abholung nicht aus.",
    ],
)  # fmt: skip
def test_look_alikes_of_the_oaths_and_of_mist_stay_clean(text: str) -> None:
    assert profanities(text) == []


def test_mist_in_english_text_is_the_weather() -> None:
    assert profanities("The mist over the harbour delayed the morning ferry by an hour.") == []


# --- "leise" as "quietly" before a verb of swapping, recalling or withdrawing ----------------

REGISTER = RegisterIndex.build(
    [
        ("Kannen-Rückruf", "recall", "unangekündigter Rückruf der Thermoskannen mit rissigen "
         "Deckeln", ["der Thermoskannen-Rückruf"]),
        ("Sitzbank-Tausch", "recall", "unangekündigter Austausch der Sitzbänke im Bistro, deren "
         "Beine brechen", ["die Sitzbank-Aktion"]),
    ],
    ["Seeblick Haushaltswaren"],
)  # fmt: skip


def register_hits(text: str) -> list[str]:
    from openline.guidance.detectors.internal import detect

    return [text[h.start : h.end] for h in detect(text, REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Die rissigen Thermoskannen werden leise ausgetauscht, bevor es jemand merkt.",
        "Die Thermoskannen werden leise zurückgerufen, die Deckel reißen.",
        "Die Bistro-Sitzbänke, deren Beine brechen, werden gerade leise ersetzt.",
    ],
)
def test_leise_before_a_swap_or_recall_is_a_hint(text: str) -> None:
    assert register_hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der neue Lüfter ist sehr leise eingestellt, Sie hören ihn kaum.",
        "Die Spülmaschine läuft ganz leise, auch nachts.",
        "Bitte stellen Sie den Wecker leise ein.",
        "Die Thermoskannen halten den Tee sechs Stunden warm, die Deckel sind spülmaschinenfest.",
    ],
)
def test_leise_as_a_volume_is_no_hint(text: str) -> None:
    assert register_hits(text) == []
