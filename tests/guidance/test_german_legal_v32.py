"""Issue 13, session 37 (de-legal-v32): German legal risk read by German grammar.

Verb second with a fronted object that holds a relative clause ("Die Mehrkosten, die Sie extra
bezahlen mussten, übernehmen wir"); the passive with the cost as its subject ("der Schaden … wird
mit 90 € ersetzt"); the separable "ausgleichen" ("wir gleichen … aus"); "geht auf uns"; a
compound's head ("Tierklinik"); the pronominal adverb "dafür" for a fronted clause; the
Konjunktiv II of a modal with its infinitive (a duty of care we failed); "und wir wussten es"
after a defect; a dass-clause guaranteed whatever its verb; a harm's risk by its compound head;
a batch "aus der Lieferung" defective; a regulator acting on our goods. Session 35's unmerged
word-order rules are in too ("Da sind wir klar haftbar"). Each shape has clean twins (negation,
Konjunktiv of no need, a third party as agent, a question, a fee for the downtime, a warranty the
product has). The sentences are written for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import german
from openline.guidance.detectors.wording import german_legal_declined


def legal(text: str) -> list[str]:
    """What the German phrase rules mark as legal risk."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == "legal_risk"]


@pytest.mark.parametrize(
    "text",
    [
        # Verb second: the fronted object, with its relative clause, is what the verb pays.
        "Die Mehrkosten, die Sie für den Ersatzbus extra bezahlen mussten, übernehmen wir.",
        "Den Wasserschaden an der Decke, den unsere Spülmaschine verursacht hat, übernehmen wir.",
        # The passive, the cost its subject.
        "Der Schaden an Ihrem Mantel durch die Garderobe wird mit 90 € ersetzt.",
        # Separable verbs and "geht auf uns".
        "Den Verdienstausfall für die drei Tage gleichen wir Ihnen aus.",
        "Die nächsten zwei Behandlungen gehen natürlich auf uns, als Entschuldigung.",
        # A compound's head names the cost.
        "Ihr Hund hat sich an unserem Zaun verletzt, die Tierklinik übernehmen wir.",
        # "dafür" stands for the fronted clause.
        "Falls jemand mit Ihren Zugangsdaten eingekauft hat, kommen wir dafür auf.",
        # Konjunktiv II of a modal: a duty of care not done.
        "Unser Trainer hätte die Gruppe vor dem Glatteis warnen müssen.",
        "Ehrlich gesagt hätten wir die Rutsche schon im Mai sperren müssen.",
        # A defect, then "und wir wussten es".
        "Das Geländer am Steg war morsch, und wir wussten es.",
        # Any outcome guaranteed in a dass-clause.
        "Ich garantiere Ihnen persönlich, dass Ihre Daten alle wieder auftauchen.",
        # A harm's risk by its compound head; a batch defective.
        "Die oberste Stufe des Grills ist ein Verbrennungsrisiko.",
        "Die Gurte aus der letzten Lieferung sind leider alle mangelhaft.",
        "Bei den Schnallen aus der Charge gibt es einen Materialfehler, die gehen auf.",
        # A regulator acting on our goods.
        "Das Gewerbeaufsichtsamt prüft gerade unsere Leitern und wird den Verkauf wohl stoppen.",
        # Session 35's word order.
        "Da sind wir klar haftbar.",
        # A disease passed on, owned.
        "Die Ansteckung Ihres Sohnes geht auf unsere Kappe.",
    ],
)
def test_german_legal_risk_by_grammar_is_found(text: str) -> None:
    assert legal(text)


@pytest.mark.parametrize(
    "text",
    [
        # A third party named as the passive's agent; the cost in another clause.
        "Die Arztkosten werden von Ihrer Krankenkasse übernommen.",
        "Die Kaution wird nach der Rückgabe erstattet, abzüglich dokumentierter Schäden.",
        # The fee for the downtime is the fee, not a loss made good.
        "Falls nicht, tauschen wir das Gerät und erstatten die Miete für den Ausfall.",
        # No need, and a question.
        "Wir hätten die Anlage nicht sperren müssen, sie war in Ordnung.",
        "Hätten wir die Leiter prüfen müssen?",
        # Not denied guarantees, our own doing.
        "Ich verspreche Ihnen, dass wir das heute noch prüfen.",
        "Ich verspreche Ihnen, dass das nicht wieder vorkommt.",
        # "geht auf uns zu", a risk of the reader's doing asked about.
        "Das Team geht morgen auf uns zu.",
        "Ist die Stufe ein Verbrennungsrisiko?",
        # A warranty the product has.
        "Unsere Markise hat lebenslange Garantie gegen Ausbleichen.",
        # A relative clause of the price, refunded.
        "Den Betrag, den Sie bezahlt haben, erstatten wir Ihnen.",
    ],
)
def test_german_clean_twins_stay_clean(text: str) -> None:
    assert not legal(text)


def test_a_payment_an_insurer_has_made_is_no_promise_of_ours() -> None:
    assert german_legal_declined(
        "Die Kosten des Verfahrens hat Ihr Rechtsschutzversicherer übernommen."
    )
    assert not german_legal_declined("Die Kosten des Verfahrens übernehmen wir.")
