"""Issue 13, session 34 (german-v29): German legal risk and profanity in shapes the rules missed.

Legal risk: our old stock called dangerous in either word order ("Die Öfen der alten Baureihe
sind eigentlich gefährlich", "Ehrlich gesagt sind die älteren Roller nicht mehr sicher"), a
defect known ("Wir wissen, dass …  überhitzen"), safety hedged ("können nicht garantieren, dass
… unbedenklich ist"), the insurer settling, a fine of an authority expected or paid, a free
period far beyond goodwill, one subject paying with a second verb, an outcome others decide
promised, a case expected lost, a cost paid and then the bill asked for. Profanity: an insult
said to someone ("…, du Pfeife."), an adjective that only insults ("blöde Ziege"), a masked
compound ("Sch***woche"), dialect forms ("Verdammi", "Schaß"), intensified swearing
("Riesenscheiß"). Each shape has clean twins that stay clean. The sentences are written for
these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def legal(text: str) -> list[str]:
    """What the German phrase rules mark as legal risk."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == "legal_risk"]


def marked(text: str, kind: str) -> list[str]:
    """What the whole check marks as the kind."""
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        # Old stock dangerous, subject first and verb first.
        "Die Öfen der alten Baureihe sind eigentlich gefährlich, da würde ich nichts mehr backen.",
        "Ehrlich gesagt sind die älteren Roller nicht mehr sicher.",
        "Die Geländer, die wir bis 2019 montiert haben, sind wirklich eine Gefahr.",
        "Die Lieferung vom März ist Schrott, das sieht jeder.",
        # A defect known.
        "Wir wissen schon, dass die Akkus aus dem Frühjahr überhitzen.",
        "Die Leitung wusste, dass die Halterungen brechen, und hat sie trotzdem weiter verbaut.",
        # Safety hedged.
        "Wir können nicht garantieren, dass die Farbe auf Kinderspielzeug unbedenklich ist.",
        "Der Hersteller kann Risse in den Scheiben nicht ausschließen.",
        "Es ist ein bekannter Mangel in unserer Fertigung, wir sind dran.",
        # Settlements, fines, cases.
        "Unser Versicherer will sich lieber schnell einigen.",
        "Ich fürchte, dass uns die Gemeinde eine Buße aufbrummt.",
        "Das Bußgeld vom Ordnungsamt übernehmen wir, keine Sorge.",
        "Intern rechnen wir damit, dass wir den Prozess verlieren.",
        # Money beyond any policy.
        "Als Wiedergutmachung gibt's von mir das ganze nächste Jahr gratis.",
        "Zum Ausgleich erlassen wir Ihnen die Wartung für die nächsten drei Jahre.",
        "Wir entschuldigen uns und bezahlen Ihnen auch das Schmerzensgeld.",
        "Ihr Fahrrad wurde bei uns gestohlen? Das neue zahlen wir Ihnen.",
        "Wir reparieren das und übernehmen die Hotelkosten, schicken Sie uns einfach die Belege.",
        # Outcomes others decide, promised.
        "Ich kann Ihnen garantieren, dass die Kammer Ihren Abschluss anerkennt.",
        "Die Stadt wird den Umbau genehmigen, das verspreche ich Ihnen.",
        "Mit diesen Fotos ist Ihre Forderung so gut wie sicher.",
    ],
)
def test_german_legal_shape_is_found(text: str) -> None:
    assert legal(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Die alten Modelle sind nicht mehr erhältlich.",
        "Ich bin mir nicht mehr sicher, ob die älteren Roller noch im Lager stehen.",
        "Die Lieferung vom März ist vollständig angekommen.",
        "Wissen Sie, dass die Akkus überhitzen können, wenn man sie in der Sonne lädt?",
        "Wir wissen, dass die Geräte nicht defekt sind.",
        "Ich weiß, dass das ärgerlich ist, wenn der Becher bricht.",
        "Wir können nicht garantieren, dass Ihr Paket sicher am Montag ankommt.",
        "Ein bekanntes Problem in unserer App, das Update kommt morgen.",
        "Eine Gratis-Saison gibt es leider nicht, aber einen Tageskorb schenke ich dir gern.",
        "Kinder unter sechs fahren die ganze Saison gratis.",
        "Als Entschuldigung gibt's von mir einen Gratis-Kaffee.",
        "Ich kann Ihnen nicht garantieren, dass der Antrag genehmigt wird.",
        "Ich verspreche dir, dass wir uns morgen melden.",
        "Die Garantie übernimmt die Reparatur, schicken Sie uns die Rechnung als Kaufnachweis.",
        "Wir prüfen das gern, schicken Sie uns die Rechnung.",
    ],
)
def test_german_legal_twin_stays_clean(text: str) -> None:
    assert not legal(text), text
    assert not marked(text, "legal_risk"), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lern erst mal lesen, du Pfeife.", "Pfeife"),
        ("Du Koffer, das Paket liegt doch vor deiner Tür!", "Koffer"),
        ("Jetzt reicht es aber, Sie Totsch.", "Totsch"),
        ("@lieferdienst Ihr Flaschen, schon wieder falsch geliefert!", "Flaschen"),
        ("Er hat die Kollegin eine „blöde Ziege“ genannt.", "blöde Ziege"),
        ("Sie haben unseren Fahrer als „Penner“ bezeichnet.", "Penner"),
        ("Welcher Depp hat den Schlüssel mitgenommen?", "Depp"),
        ("Das war eine echte Sch***woche in der Werkstatt.", "Sch***woche"),
        ("Der Drucker ist ein Sch*ßteil.", "Sch*ßteil"),
        ("Verdammi, scho wieder kaputt.", "Verdammi"),
        ("Is a Schaß mit dem Lift.", "Schaß"),
        ("Die Software hat einen Riesenscheiß gebaut.", "Riesenscheiß"),
        ("So ein Kack, der Termin ist weg.", "Kack"),
        ("Die neue Kasse ist echt der letzte Dreck.", "der letzte Dreck"),
        ("Die Spammer gehen mir echt auf den Sack.", "gehen mir echt auf den Sack"),
    ],
)
def test_german_swearing_is_found(text: str, word: str) -> None:
    assert word in marked(text, "profanity"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Koffer ist am Flughafen angekommen.",
        "Haben Sie Koffer oder Taschen dabei?",
        "Die Pfeife ist aus Kirschholz.",
        "Eine Flasche Wasser kostet 2 €.",
        "Liebe Kolleg*innen, der Preis* gilt ab Montag.",
        "Ka** ist kein Wort, **fett** ist Markdown.",
        "Die Kühe stehen auf der Weide.",
        "Moderation: Der Thread „Ist Zimmer 12 verflucht?“ wird geschlossen.",
    ],
)
def test_german_swearing_twin_stays_clean(text: str) -> None:
    assert not marked(text, "profanity"), text
