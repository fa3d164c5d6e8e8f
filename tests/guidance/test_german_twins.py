"""Session 17, german-twins: the guards the German rules apply to their own legal findings,
applied to the German reader's legal findings (wording.german_legal_declined): a payment or a
liability bounded by a guarantee, the terms or the law, and a fault word under negation, decline
a legal reading; an unbounded payment or a plain admission does not. Sentences written for these
tests (none of them in the reader's corpus)."""

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
        "Für Schäden an der Markise haften wir nach den gesetzlichen Bestimmungen.",
        "Den neuen Kompressor übernehmen wir laut Garantiebedingungen.",
        "Die Kosten der Nachbesserung tragen wir im Rahmen der Gewährleistung.",
        "Wir erstatten Ihnen die Kursgebühr gemäß unseren Teilnahmebedingungen.",
        "Das Ersatzteil zahlen wir dir entsprechend der Herstellergarantie.",
        "Das war keineswegs Ihr Fehler, die Anzeige im Portal war falsch.",
        "Eine Schuld liegt hier nicht bei dir, das Formular war missverständlich.",
        "Für Kratzer durch Dritte haften wir nicht.",
    ],
)
def test_bounded_payments_and_negated_faults_are_declined(sentence):
    assert wording_detector.german_legal_declined(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir übernehmen sämtliche Folgekosten, egal in welcher Höhe.",
        "Den Zahnarzt und das Schmerzensgeld zahlen wir Ihnen obendrauf.",
        "Das war eindeutig unser Fehler, der Monteur hat gepfuscht.",
        "Für den Sturz auf der nassen Treppe haften wir voll.",
        # "laut" bounds a payment, not an admission
        "Laut Protokoll war die Bremse unseres Anhängers defekt.",
    ],
)
def test_unbounded_payments_and_admissions_are_not_declined(sentence):
    assert not wording_detector.german_legal_declined(sentence)


def test_a_declined_sentence_is_not_a_reader_finding_whatever_it_scores(monkeypatch):
    text = "Wir übernehmen die Kosten der Reparatur gemäß Garantie."
    monkeypatch.setattr(
        german_wording,
        "score",
        lambda sentences: [german_wording.WordingScores(1.0, 0.0)] * len(sentences),
    )
    assert wording_detector.detect_german(text, []) == []
    unbounded = "Wir übernehmen die Kosten der Reparatur und noch 300 Euro extra."
    assert {h.kind for h in wording_detector.detect_german(unbounded, [])} == {"legal_risk"}
