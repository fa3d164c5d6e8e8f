"""Issue 13, session 19 (wording-v14): German legal risk and hostile tone by families that recur
across read writers (bench/README.md, "Session 19, wording-v14").

Mock assent that goes on to the absurd or to our blame ("na klar, und …", "ja genau, und …",
"na klar, … wegen uns") is hostile, and so is whoever-does-that-is-beyond-help ("wer …, dem ist
nicht zu helfen"); a friendly "Na klar" answering a request, and advice to whoever, are not. An
ordinary slip owned and put right ("das war ein Fehler von uns, …") is clean, as the writers of
four German sets label it; a fault of the trade owned ("ein Behandlungsfehler von uns") stays a
legal risk. The service's own price refunded after a breakdown is no promise beyond a policy.
The sentences are written for these tests, about invented trades; the rules alone are tested."""

import pytest

from openline.guidance.detectors import german

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {m.kind for m in german.wording(text)} & WORDING


@pytest.mark.parametrize(
    "text",
    [
        "@radler_rudi na klar, und morgen tragen wir Ihnen das Rad noch in den 4. Stock, oder?",
        "Aber klar, und als Nächstes bügeln wir Ihnen auch noch die Hemden.",
        "Ja genau, und der Mond ist aus Käse. Die Lieferung kam pünktlich an.",
        "@kuchenfee na klar, die Torte ist wegen uns umgefallen. Sicher nicht wegen der Kurve.",
        "Na klar, der Akku ist natürlich wegen uns leer gegangen.",
        "Wer den Beipackzettel nicht liest, dem ist wirklich nicht mehr zu helfen.",
        "Wer nach drei Kursen noch keinen Knoten kann, sollte sich mal fragen, ob Segeln passt.",
    ],
)  # fmt: skip
def test_mock_assent_and_beyond_help_are_hostile(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Na klar, wir schicken Ihnen gerne ein neues Ladekabel.",
        "Na klar, und wenn Sie möchten, legen wir auch noch ein zweites Kabel bei.",
        "Ja genau, der Termin am Dienstag um zehn passt uns.",
        "Klar, und die Rechnung kommt dann per Mail.",
        "Aber klar, das Paket ist wegen des Feiertags einen Tag später gekommen.",
        "Wer länger als ein Jahr bucht, sollte den Jahrestarif nehmen.",
        "Wer Fragen zur Rechnung hat, dem helfen wir gerne weiter.",
    ],
)  # fmt: skip
def test_friendly_assent_and_advice_to_whoever_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das war ein Fehler von uns, die Stunde wurde doppelt gebucht. Sie zahlen dafür nichts.",
        "Fehler unsererseits: Der Brief ging an die alte Adresse, heute kommt er nochmal.",
        "Die Info in der App war falsch, ein Fehler von uns. Ist schon korrigiert!",
        "Die Kursgebühr (60 €) erstatten wir Ihnen vollständig.",
        "Der Zug fiel wegen eines Motorschadens aus; wir erstatten Ihnen den vollen Fahrpreis.",
    ],
)  # fmt: skip
def test_an_ordinary_slip_owned_or_the_price_refunded_is_no_legal_risk(text: str) -> None:
    assert "legal_risk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das ist ein Behandlungsfehler von uns, da gibt es nichts zu beschönigen.",
        "Ein Montagefehler unsererseits hat den Wasserschaden in der Küche verursacht.",
        "Unser Beratungsfehler hat Sie die Zulassung gekostet.",
        "Den Fahrpreis erstatten wir, und die Hotelkosten übernehmen wir auch komplett.",
    ],
)  # fmt: skip
def test_a_fault_of_the_trade_owned_or_costs_beyond_the_price_stay_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)
