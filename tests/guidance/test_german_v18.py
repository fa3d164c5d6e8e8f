"""Issue 13, session 23 (german-v18): the German rules' false alarms on clean drafts, by grammar.

A full refund of the purchase itself, named as the refund verb's object ("Ihr Abo erstatten wir
vollständig"), is the ordinary remedy, not a payment beyond the policy; a question reported with
"ob" ("Sie haben gefragt, ob wir die Kosten übernehmen") promises nothing; the cents of "14,50 €"
are no large amount; a cost refused in its own clause is not paid by the next one; a bare
"Tickets" is the seller's own product, not a third party's cost; a defect put right under the
warranty and a report the law does not require are the policy at work; "Ja," answers rather than
being the particle of a reproach; "wir hätten … müssen" owns up; "ein loser Deckel" is the
adjective; pointing to the terms while offering to help ("gern") lectures nobody. Each has a twin
that stays flagged. The sentences are written for these tests, about invented trades; the rules
alone are tested."""

import pytest

from openline.guidance.detectors import german

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {m.kind for m in german.wording(text)} & WORDING


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Abo erstatten wir vollständig, der Betrag ist in drei Tagen auf dem Konto.",
        "Die drei Kurskarten (je 12,50 €) erstatten wir Ihnen natürlich vollständig.",
        "Den Gutschein selbst erstatte ich Ihnen sofort vollständig.",
        "Sie haben gefragt, ob wir die Hotelkosten übernehmen, das klären wir mit der Zentrale.",
        "Die Eintrittskarte kostet 14,50 € und zusätzlich gibt es ein Getränk dazu.",
        "Die Tickets erstatten wir Ihnen, die Vorstellung fiel ja aus.",
        "Die Hotelkosten können wir leider nicht übernehmen, aber die Buchung erstatte ich Ihnen "
        "voll.",
        "Das ist ein Materialfehler, wir tauschen das Gehäuse im Rahmen der Gewährleistung.",
        "Müssen wir das der Behörde melden? Nein, bei einem Sachschaden ohne Verletzte ist keine "
        "Meldung an die Behörde erforderlich.",
        "@kundin_mara Ja, die Zeiten stehen auf der Website, sie ändern sich im Winter.",
        "Das hätten wir Ihnen vorher sagen müssen, Sie haben völlig recht.",
        "Laut Techniker war es ein loser Deckel am Filter, jetzt ist alles dicht.",
        "Die Regel steht im Vertrag unter Punkt 3, ich schicke dir die Stelle gern, ist ja gut "
        "versteckt.",
    ],
)  # fmt: skip
def test_ordinary_service_sentences_are_not_flagged(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Arztrechnung erstatten wir vollständig.", "legal_risk"),
        ("Die Kosten erstatten wir Ihnen vollständig.", "legal_risk"),
        ("Schicken Sie uns das neue Ticket, wir erstatten es komplett.", "legal_risk"),
        ("Wir übernehmen die Hotelkosten, das ist klar.", "legal_risk"),
        ("Die Hotelkosten übernehmen wir, die Buchung erstatte ich Ihnen voll.", "legal_risk"),
        ("Zusätzlich überweise ich Ihnen 150 € als Entschädigung obendrauf.", "legal_risk"),
        ("Das steht doch in der Anleitung, Seite 4.", "hostile_tone"),
        ("Das hätten Sie vorher lesen müssen.", "hostile_tone"),
        ("Na ja, Sie sind halt ein Loser.", "hostile_tone"),
    ],
)  # fmt: skip
def test_their_twins_stay_flagged(text: str, kind: str) -> None:
    assert kind in kinds(text)
