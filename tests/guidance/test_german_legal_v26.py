"""Issue 13, session 31 (german-legal-v26): German legal risk the phrase rules missed — a remark
made in confidence or in the hope that nobody notices, what is known "intern", credit given by
hand past the process, silence bought, a complaint sat out, a report to a regulator decided
against, an exception then a refund, costs of the reader's own business or health, an
insurer's payment promised in the present. Each with clean twins that stay clean. The sentences
are written for these tests, about invented trades.

The German reader (a learned head) finds many such sentences on its own; what is tested here
is that the phrase rules find them too (so a sentence the reader scores under its threshold is
still marked), and that the whole check leaves the clean twins alone."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def ruled(text: str) -> list[str]:
    """What the German phrase rules mark as legal risk."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == "legal_risk"]


def marked(text: str) -> list[str]:
    """What the whole check marks as legal risk."""
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == "legal_risk"]


@pytest.mark.parametrize(
    "text",
    [
        "Unter uns: die Pumpe im Vereinsbad läuft seit Wochen ohne Chlormessung.",
        "Ganz ehrlich und nur unter uns, der Gurt am Kletterturm ist längst fällig.",
        "Die Prüfplakette an der Hebebühne ist abgelaufen, das bleibt bitte unter uns.",
        "Ich sag Ihnen mal was im Vertrauen: Die Matratzen aus dem Lager riechen nach Schimmel.",
        "Die Rabattstufe gilt eigentlich erst ab zehn Kisten, aber das merkt eh keiner.",
        "Die Abnahme der Bühne hat nie stattgefunden, hoffentlich fragt keiner nach.",
        "Die Notbeleuchtung im Saal brennt nicht, wir hoffen einfach, dass keiner fragt.",
        "Die Prüfberichte der Fahrräder sind geschönt, hoffentlich kriegt der Verband das nie mit.",
        "Wir schicken die alten Akkus an den Hersteller zurück, bevor es jemand merkt.",
        "Die Leitern am Gerüst sind zu kurz, das wissen wir intern seit dem Frühjahr.",
        "Intern ist bekannt, dass die Kühlzelle nachts ausfällt.",
        "Wenn die Aufsicht genau hinschaut, gibt es eine Strafe, das ist intern allen klar.",
    ],
)  # fmt: skip
def test_a_remark_made_in_confidence_or_hoping_nobody_notices_is_legal_risk(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unter uns Gartenfreunden: Der beste Dünger ist immer noch Kompost.",
        "Wir klären das intern und melden uns bis Freitag bei Ihnen.",
        "Ihre Beschwerde haben wir intern weitergegeben.",
        "Der Lieferwagen heißt bei uns intern nur der Brummer.",
        "Wir wissen intern noch nicht, wann die neue Kollektion kommt.",
        "Das merkt man sofort, wenn die Kette gut geölt ist.",
        "Wir schreiben Ihnen für den ausgefallenen Kurs 12 € gut.",
        "Ich buche Ihnen einfach einen neuen Termin am Dienstag.",
        "Ihre Versicherung zahlt das sicher nicht, dafür gibt es die Haftpflicht.",
    ],
)  # fmt: skip
def test_their_clean_twins_stay_clean(text: str) -> None:
    assert ruled(text) == []
    assert marked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ich schreib Ihnen einfach 300 € gut, dann ist die Sache erledigt.",
        "Ich streiche Ihnen einfach die halbe Jahresgebühr.",
        "Ich mach eine Ausnahme und erstatte Ihnen alles, auch die Anfahrt.",
        "Den Umsatzausfall Ihres Standes an den zwei Markttagen zahlen wir natürlich.",
        "Die Physiotherapie für Ihre Schulter übernehmen wir selbstverständlich.",
        "Wir übernehmen das Bußgeld, egal wie hoch es wird.",
        "Ihre Hausratversicherung zahlt das auf jeden Fall, keine Sorge.",
    ],
)  # fmt: skip
def test_money_given_past_the_process_or_promised_for_an_insurer_is_legal_risk(
    text: str,
) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir zahlen dem Hundehalter eine ordentliche Summe, damit er nicht anzeigt.",
        "Die Leute vom Wochenmarkt kriegen Gutscheine, wenn sie dafür keine Beschwerde machen.",
        "Die Lüftung im Kursraum ist hinüber, und die Geschäftsleitung sitzt es aus.",
        "Die Leitung hat entschieden, den Sturz nicht ans Gewerbeaufsichtsamt zu melden.",
    ],
)  # fmt: skip
def test_silence_bought_or_a_report_decided_against_is_legal_risk(text: str) -> None:
    assert ruled(text)
