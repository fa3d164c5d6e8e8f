"""What the guidance tests ask of a checked text: the kinds found, and whether a finding of a
kind overlaps a value as the evaluation scores it (bench/guidance_eval_companies.py)."""

import pytest

from openline.guidance.checks import check_text

# Clean German look-alikes that the learnt German reader (on by default since session 17) reads
# as legal risk or hostile tone: its known limits, strict xfails where earlier sessions' tests
# ask for them to stay clean (docs/decisions.md, "Session 17, lead"; "Session 20, german-v15").
GERMAN_READER_LOOK_ALIKES = frozenset({
    "Ihre Daten sind garantiert in sicheren Händen.",
    "Der Arzt hat Ihnen das Medikament verschrieben; die Kosten übernimmt Ihre Krankenkasse.",
    "Hätten Sie doch Lust auf einen Rückruf?",
    "Das muss man erst mal einrichten, dann läuft es von allein.",
    "Es ist fahrlässig, das Gerät unbeaufsichtigt zu lassen.",
    "Wenn Sie den Newsletter nicht lesen wollen, können Sie ihn abbestellen.",
    "Man muss kein Konto haben, um zu bestellen.",
    "Die Akkus dieser Serie können bei falscher Lagerung überhitzen.",
    # Since the reader was retrained with de11-de13 and the clean twins of session 20
    # (german-v15), which read four of the look-alikes above as clean and these three not; the
    # third ("Was erwarten Sie von der neuen Version? Wir sammeln Wünsche.") reads clean again
    # since session 21 (german-v16: de14 and clean twins of short questions).
    "Das ist doch Unsinn.",
    "Wir übernehmen die Kosten für den Rückversand.",
    # Since the reader was retrained with de14 and session 21's clean twins (german-v16): legal
    # 0.937, 0.920 and 0.950 at the unchanged pair (0.92 / 0.93); the session-20 reader scored
    # them 0.901, 0.906 and 0.909 (docs/decisions.md, "Session 21, german-v16").
    "Wir sind dafür verantwortlich, dass Ihre Daten sicher sind.",
    "Wir zahlen Ihnen das Guthaben aus, sobald Sie die IBAN bestätigen.",
    "Das Gesundheitsamt prüft alle Restaurants regelmäßig, auch uns.",
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
