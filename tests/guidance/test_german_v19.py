"""Issue 13, session 24 (german-v19): the German rules' false alarms on clean sentences, by grammar.

"erstatten" with the reader in the dative pays back ("wir erstatten Ihnen den Anzeigenpreis"), it
files no complaint ("Anzeige erstatten"); "ärztlich" is an adjective whose noun says whether a cost
is meant ("ein ärztliches Attest" is the evidence a refund asks for); a warranty stating what it
covers ("Die Garantie gilt nur für Herstellungsfehler") admits no defect; a liability capped at an
amount or by the passengers' rights is limited; the notice of a breach, given ("Wir haben Sie über
den Sicherheitsvorfall informiert"), is the law obeyed; an account "belastet" twice is money, not
goods contaminated; "dass das nervt" is the thing that annoys the reader, not the reader; "bei" and
a symptom is a condition for advice. Each has a twin that stays flagged. The sentences are written
for these tests, about invented trades; the rules alone are tested."""

import pytest

from openline.guidance.detectors import german

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {m.kind for m in german.wording(text)} & WORDING


@pytest.mark.parametrize(
    "text",
    [
        "Sie können wählen: Wir drucken die Anzeige am Montag noch einmal kostenlos, oder wir "
        "erstatten Ihnen den Anzeigenpreis.",
        "Die Anzeige erscheint morgen, den Preis erstatten wir dir zur Hälfte.",
        "Da Sie ein ärztliches Attest geschickt haben, erstatten wir die Kursgebühr vollständig.",
        "Die Garantie gilt nur für Herstellungsfehler, nicht für Schäden durch Umbauten.",
        "Die Garantie deckt Herstellungsfehler, Wasserschäden fallen leider nicht darunter.",
        "Für Koffer, die unterwegs verloren gehen, haften wir bis 1.000 € nach den "
        "Fahrgastrechten.",
        "Wir haben Sie über den Sicherheitsvorfall vom 2. März informiert; bitte ändern Sie Ihr "
        "Passwort.",
        "Da ist unser Abrechnungssystem zweimal gelaufen und hat Sie doppelt belastet, das Geld "
        "ist schon zurückgebucht.",
        "Ich verstehe, dass das nervt, und gebe Ihr Feedback an die Technik weiter.",
        "Bei Hautreaktionen bitte die Creme nicht mehr verwenden und uns die Chargennummer "
        "schicken.",
    ],
)  # fmt: skip
def test_ordinary_service_sentences_are_not_flagged(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Wir erstatten Anzeige gegen Sie, wenn die Beleidigungen weitergehen.", "legal_risk"),
        ("Noch so ein Kommentar und wir erstatten Anzeige wegen Beleidigung.", "legal_risk"),
        ("Die ärztliche Behandlung bezahlen wir selbstverständlich.", "legal_risk"),
        ("Schicken Sie das ärztliche Attest, dann übernehmen wir die Arztkosten.", "legal_risk"),
        ("Das ist ein bekannter Herstellungsfehler bei der ganzen Serie.", "legal_risk"),
        ("Wir haften für alle Schäden an Ihrem Boden.", "legal_risk"),
        ("Das Datenleck bei uns ist größer als gedacht.", "legal_risk"),
        ("Die Charge unserer Lieferung ist mit Weichmachern belastet.", "legal_risk"),
        ("Sie nerven mit Ihren Beschwerden.", "hostile_tone"),
        ("Die Creme nicht mehr verwenden, sie verursacht Ausschlag.", "legal_risk"),
    ],
)
def test_the_twins_stay_flagged(text: str, kind: str) -> None:
    assert kind in kinds(text)
