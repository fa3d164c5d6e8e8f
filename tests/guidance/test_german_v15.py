"""Session 20, german-v15: a payment refused is no promise to pay. The German reader's legal
reading of a sentence is declined (wording.german_legal_declined) when every payment word in it
is negated and no fault word is there; telling the customer not to pay stays a risk (advice), and
so does a refusal beside a promise. Sentences written for these tests (none in the reader's
corpus)."""

import pytest

from openline.guidance.detectors import wording as wording_detector
from openline.language import german_wording


@pytest.fixture(autouse=True)
def reader_on(settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_WORDING_MODEL": True,
        "GUIDANCE_GERMAN_READER": True,
    }
    german_wording.clear_cache()


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Anfahrt zum Seminar können wir leider nicht erstatten, das schließt der Vertrag aus.",
        "Den Aufpreis für das Einzelzimmer übernehmen wir in diesem Fall nicht.",
        "Die Gebühr für die Expresslieferung ersetzen wir leider nicht.",
        "Eine Entschädigung für die Wartezeit zahlen wir nicht, der Kurs fand ja statt.",
    ],
)
def test_a_refused_payment_is_declined(sentence):
    assert wording_detector.german_legal_declined(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # advice not to pay
        "Zahlen Sie die Nachforderung einfach nicht, die ist ohnehin unwirksam.",
        "Die Mahngebühr ist Quatsch, zahl die bloß nicht.",
        # a refusal beside a promise
        "Die Versicherung erstattet das nicht, aber wir übernehmen den ganzen Schaden.",
        # "nicht nur" is no negation
        "Wir erstatten nicht nur den Kaufpreis, sondern auch die Anwaltskosten.",
        # a fault word decides on its own
        "Wir zahlen das nicht, obwohl es unser Fehler war.",
    ],
)
def test_advice_not_to_pay_and_promises_beside_a_refusal_are_not_declined(sentence):
    assert not wording_detector.german_legal_declined(sentence)


def test_a_refused_payment_is_no_reader_finding_whatever_it_scores(monkeypatch):
    text = "Die Anfahrt zum Seminar können wir Ihnen leider nicht erstatten."
    monkeypatch.setattr(
        german_wording,
        "score",
        lambda sentences: [german_wording.WordingScores(1.0, 0.0)] * len(sentences),
    )

    assert wording_detector.detect_german(text, []) == []
