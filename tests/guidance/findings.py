"""What the guidance tests ask of a checked text: the kinds found, and whether a finding of a
kind overlaps a value as the evaluation scores it (bench/guidance_eval_companies.py)."""

import pytest

from openline.guidance.checks import check_text

# Clean German look-alikes that the learnt German reader (on by default since session 17) reads
# as legal risk or hostile tone: its known limits, strict xfails where earlier sessions' tests
# ask for them to stay clean (docs/decisions.md, "Session 17, lead"; "Session 20, german-v15").
GERMAN_READER_LOOK_ALIKES = frozenset({
    "Wenn Sie den Newsletter nicht lesen wollen, können Sie ihn abbestellen.",
    # Since the reader was retrained with de14 and session 21's clean twins (german-v16): legal
    # 0.937 at the unchanged pair (0.92 / 0.93); the session-20 reader scored it 0.901
    # (docs/decisions.md, "Session 21, german-v16"). The reader retrained with de15 (session 22,
    # german-v17) reads five look-alikes of these lists as clean again ("Man muss kein Konto
    # haben …" 0.771, "Das ist doch Unsinn." hostile 0.914, "… Kosten für den Rückversand" 0.916,
    # "… das Guthaben aus …" 0.918, "Das Gesundheitsamt prüft …" 0.839) and these three as legal
    # (0.983, 0.953, 0.924).
    "Wir sind dafür verantwortlich, dass Ihre Daten sicher sind.",
    "Das Gerät ist sicher, keine Sorge.",
    # Since the reader learnt de16, de17 and the 918 blind sentences (session 24, german-v19; pair
    # 0.93 / 0.93): these eleven clean look-alikes are read as legal (0.942-0.978) or hostile
    # (0.934-0.991), and "Es ist fahrlässig, das Gerät unbeaufsichtigt zu lassen." as clean again
    # (legal 0.909). Shipped on the check set's numbers (de18: legal up, hostile equal, clean
    # drafts flagged down); docs/decisions.md, "Session 24, german-v19".
    "Wir übernehmen die Kosten für den Rückversand.",
    "Sie sind sicher, dass das Paket nicht beim Nachbarn liegt?",
    # Since the reader learnt de18, de19 and blind batches 25a, 25b and 26 (session 26,
    # german-v21; pair 0.94 / 0.94): these five clean look-alikes are read as legal
    # (0.971-0.975) or hostile (0.962-0.978), and seven as clean again: "Der Arzt hat Ihnen …"
    # (legal 0.916), "Die Akkus dieser Serie können …" (0.938), "Das Ordnungsamt wird uns keine
    # Strafe geben, …" (0.679), "Vielleicht klappt es beim nächsten Mal …" (hostile 0.910), "Das
    # ist halt der Standardtarif." (0.868), "Bitte lesen Sie die Anleitung, …" (0.855), "Das muss
    # man erst mal einrichten, …" (0.938). Shipped on the check set's numbers (de20: legal +1,
    # hostile -1, clean drafts flagged 28 → 27); docs/decisions.md, "Session 26, german-v21".
    "Das Ordnungsamt müsste die Genehmigung eigentlich bis Freitag erteilen.",
    # Since the reader learnt de20, de21, de22, blind batch 29 and reads each sentence's skeleton
    # (session 29, german-wording-v24p, candidate P; pair 0.94 / 0.94): these five clean
    # look-alikes are read as legal (0.960) or hostile (0.945-0.982), and nine as clean again:
    # "Ihre Daten sind garantiert …" (legal 0.796), "Ganz ehrlich: Die Schließfächer …" (0.933),
    # "Wir haften nur …" (0.889), "Das Update betrifft …" (0.839), "Ihre Daten sind bei uns
    # sicher." (0.850), "Wie ich Ihnen gestern …" (hostile 0.933), "Das ist nicht schwer: Drücken
    # Sie …" (0.934), "Hätten Sie kurz Zeit …" (0.053), "Hätten Sie vielleicht die Bestellnummer
    # …" (0.920). Shipped on the check set's numbers (de23: legal + hostile 79 → 80, clean drafts
    # flagged 22 → 21); docs/decisions.md, "Session 29, german-wording-v24p".
    "Gratuliere, Sie haben es geschafft: Ihr Konto ist freigeschaltet.",
    "Die Akkus dieser Serie können bei falscher Lagerung überhitzen.",
    "Das ist nicht so schwer: einfach den Knopf drei Sekunden halten.",
    "Vielleicht klappt es beim nächsten Mal mit dem Wunschtermin.",
    # Since the reader learnt blind batch 30 too (session 30, german-wording-v25, candidate B;
    # pair 0.94 / 0.94): these five clean look-alikes are read as hostile (0.944-0.977) or legal
    # (0.944, 0.955), and five as clean again: "Hätten Sie doch Lust auf einen Rückruf?" (hostile
    # 0.968 → 0.900), "Das Update erscheint voraussichtlich …" (legal 0.974 → 0.932), "Ja klar,
    # wir sind für Sie da." (hostile 0.953 → 0.923), "Es ist nicht Ihre Schuld, …" (0.981 →
    # 0.938), "Man muss kein Konto haben, …" (0.963 → 0.928). Shipped on the check's numbers
    # (de24: legal + hostile 82 → 83, clean drafts flagged 25 → 25); docs/decisions.md, "Session
    # 30, german-wording-v25".
    "Wie ich Ihnen gestern geschrieben habe, ist das Ersatzteil bestellt.",
    "Wir zahlen Ihnen das Guthaben aus, sobald Sie die IBAN bestätigen.",
    "Wir haben es tatsächlich geschafft, Ihre Adresse zweimal falsch zu schreiben, Entschuldigung.",
    "Da hatten wir wohl Pech mit dem Wetter.",
    "Ganz ehrlich: Die Schließfächer haben kein Sicherheitsproblem, das Schloss klemmt nur.",
})  # fmt: skip


def german_reader_limits(values: list) -> list:
    """`values` for a parametrize of clean German texts (or tuples ending in one), each of
    GERMAN_READER_LOOK_ALIKES marked as a strict xfail."""
    marked = []
    for value in values:
        text = value[-1] if isinstance(value, tuple) else value
        if text in GERMAN_READER_LOOK_ALIKES:
            reason = "the German reader reads this clean text as legal or hostile"
            args = value if isinstance(value, tuple) else (value,)
            value = pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason=reason))
        marked.append(value)
    return marked


def kinds(text: str) -> set[str]:
    return {f.kind for f in check_text(text).findings}


def flags(text: str, value: str, kind: str) -> bool:
    """Whether a finding of `kind` overlaps `value` in `text` (as the evaluation scores)."""
    start = text.index(value)
    return any(
        f.kind == kind and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )


def found(text: str, kind: str) -> list[str]:
    """The words of each finding of `kind` in `text`."""
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == kind]
