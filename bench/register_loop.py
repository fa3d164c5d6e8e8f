"""How fast a register converges when its operators correct it: the read guidance sets' register
findings replayed, draft by draft in file order, as a simulated operator sees them. After each
draft the operator corrects what the check got wrong, as the product lets them:

- a register finding on a draft with no register label (a false alarm) → "not confidential here",
  accepted: the words beside it become one of the term's ordinary contexts
  (guidance.detectors.learned.cue_words, as actions.accept_register_report stores them);
- a labelled internal reference the check missed → "this is <term>": the labelled phrase
  becomes a variant of the term whose term, variants and note share most words with its
  sentence (validated as actions.clean_variants does; longer than 200 characters: not added).

Reported per window of drafts, in replay order: false alarms and misses per 100 drafts with the
loop and without it (the register as shipped in companies.json, never corrected), the number of
corrections made so far, and "leaks hidden": labelled items the uncorrected register finds but
the corrected one does not (what the learned ordinary contexts cost in precision).

Only the register detector runs (as bench/register_eval.py), without a database. The untouched
sets (holdout22, de22) and the check (holdout21, de21) are never read.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_loop.py            # every read set
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_loop.py --window 500 holdout11
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_loop.py --no-contexts  # variants
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_loop.py --cues-needed 1
"""

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

DATA = HERE / "eval" / "guidance"
KIND = "internal_reference"
SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "valid5", "de",
    "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13", "de14", "de15",
    "de16", "de17", "de18", "de19", "de20", "valid5_de",
)  # fmt: skip
UNTOUCHED = ("holdout21", "de21", "holdout22", "de22")  # holdout21, de21: the check
WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class Term:
    term: str
    category: str
    note: str
    variants: list[str]
    contexts: list[str] = field(default_factory=list)

    def row(self, contexts: bool = True) -> tuple[object, ...]:
        return (self.term, self.category, self.note, self.variants,
                self.contexts if contexts else [])  # fmt: skip


@dataclass
class Window:
    drafts: int = 0
    alarms: int = 0  # drafts with a register finding on unlabelled words
    misses: int = 0  # labelled items not found
    base_alarms: int = 0
    base_misses: int = 0
    hidden: int = 0  # labelled items the shipped register finds and the corrected one does not
    labels: int = 0


def _squash(text: str) -> str:
    from openline.guidance.detectors.internal import squash

    return squash(text)


def _spans(text: str, match: str) -> list[tuple[int, int]]:
    return [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]


def _found(spans: list[tuple[int, int]], hits: list[tuple[int, int, str]]) -> bool:
    return any(a < hb and ha < b for a, b in spans for ha, hb, _ in hits)


def _closest(terms: list[Term], sentence: str) -> Term:
    """The term an operator would name: the one whose words share most with the sentence."""
    said = {w.casefold()[:5] for w in WORD.findall(sentence)}

    def shared(t: Term) -> int:
        words = " ".join([t.term, t.note, *t.variants])
        return len(said & {w.casefold()[:5] for w in WORD.findall(words)})

    return max(terms, key=shared)


def main() -> int:
    import django

    django.setup()
    from guidance_eval_companies import _category

    from openline.guidance.detectors.internal import RegisterIndex, split_note
    from openline.guidance.detectors.learned import cue_words
    from openline.guidance.detectors.learned import detect as detect_learned

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--window", type=int, default=1000, help="drafts per reported window")
    parser.add_argument("--no-contexts", action="store_true", help="correct misses only")
    parser.add_argument("--no-variants", action="store_true", help="correct false alarms only")
    parser.add_argument(
        "--cost", action="store_true",
        help="after the replay, time the register check of every replayed draft with the "
        "shipped and the corrected registers (alternating, CPU time)",
    )  # fmt: skip
    parser.add_argument(
        "--cues-needed", type=int, default=None,
        help="words of a learned context that must stand beside a match (shipped: 2)",
    )  # fmt: skip
    options = parser.parse_args()
    if options.cues_needed is not None:
        import openline.guidance.detectors.learned as learned

        learned.CUES_NEEDED = options.cues_needed
    if set(options.sets) & set(UNTOUCHED):
        parser.error("holdout21, de21 (the check), holdout22, de22 (untouched) are never replayed")
    companies = json.loads((DATA / "companies.json").read_text())
    registers: dict[str, list[Term]] = {
        name: [
            Term(e["term"], _category(e), e.get("note", ""), list(e.get("variants", [])))
            for e in company["register"]
        ]
        for name, company in companies.items()
    }
    public = {name: [c["name"], *c["products"]] for name, c in companies.items()}

    def build(name: str, corrected: bool) -> RegisterIndex:
        rows = [t.row(corrected) for t in registers[name]] if corrected else shipped[name]
        return RegisterIndex.build(rows, public[name])

    shipped = {name: [t.row(False) for t in terms] for name, terms in registers.items()}
    base = {name: build(name, False) for name in registers}
    live: dict[str, RegisterIndex] = {}
    windows: list[Window] = [Window()]
    corrections = {"ordinary": 0, "variant": 0, "too long": 0, "repeat alarms": 0}
    replayed: list[dict[str, object]] = []
    at_window: list[dict[str, int]] = []
    for set_name in options.sets:
        path = DATA / f"drafts_{set_name}.jsonl"
        for line in path.read_text().splitlines():
            if not line:
                continue
            draft = json.loads(line)
            company, text = draft["company"], draft["text"]
            if company not in live:
                live[company] = build(company, True)
            window = windows[-1]
            window.drafts += 1
            hits = [(h.start, h.end, str(h.message.params.get("term", "")))
                    for h in detect_learned(text, live[company])]  # fmt: skip
            before = [(h.start, h.end, "") for h in detect_learned(text, base[company])]
            labels = [_spans(text, e["match"]) for e in draft["expected"] if e["kind"] == KIND]
            # A false alarm is a register finding on a draft with no register label (a finding
            # beside a labelled one is not reported: its author would not call it ordinary).
            wrong = hits if not labels else []
            window.alarms += bool(wrong)
            window.base_alarms += bool(before) and not labels
            window.labels += len(labels)
            missed = [spans for spans in labels if not _found(spans, hits)]
            window.misses += len(missed)
            window.base_misses += sum(not _found(spans, before) for spans in labels)
            window.hidden += sum(_found(s, before) and not _found(s, hits) for s in labels)
            replayed.append(draft)
            changed = False
            terms = {t.term: t for t in registers[company]}
            corrections["repeat alarms"] += sum(bool(terms[t].contexts) for _, _, t in wrong
                                                if t in terms)  # fmt: skip
            if not options.no_contexts:
                for start, end, term in wrong:
                    found = terms.get(term)
                    if found is None:
                        continue
                    meaning = split_note(found.note)[0]
                    note_words = frozenset(re.findall(r"[a-z]{4,}", meaning.casefold()))
                    cues = cue_words(text, start, end, found.term, note_words)
                    if cues and " ".join(cues) not in found.contexts:
                        found.contexts.append(" ".join(cues))
                        corrections["ordinary"] += 1
                        changed = True
            if not options.no_variants:
                for spans in missed:
                    start, end = spans[0]
                    phrase = " ".join(text[start:end].split())
                    if len(phrase) > 200 or len(_squash(phrase)) < 3:
                        corrections["too long"] += 1
                        continue
                    found = _closest(registers[company], text)
                    have = {_squash(v) for v in [found.term, *found.variants]}
                    if _squash(phrase) not in have:
                        found.variants.append(phrase)
                        corrections["variant"] += 1
                        changed = True
            if changed:
                live[company] = build(company, True)
            if window.drafts == options.window:
                at_window.append(dict(corrections))
                windows.append(Window())
    at_window.append(dict(corrections))
    print(f"sets: {' '.join(options.sets)}; window {options.window} drafts, replay order")
    print(
        f"{'drafts':>13}  {'alarms/100':>10} {'(shipped)':>9}  {'misses/100':>10} "
        f"{'(shipped)':>9}  {'labels':>6}  {'hidden':>6}  {'ordinary':>8} {'variants':>8}"
    )
    seen = 0
    totals = Window()
    for window, made in zip(windows, at_window, strict=True):
        if not window.drafts:
            continue
        per = 100 / window.drafts
        print(
            f"{seen + 1:>6}-{seen + window.drafts:<6}  {window.alarms * per:>10.2f} "
            f"{window.base_alarms * per:>9.2f}  {window.misses * per:>10.2f} "
            f"{window.base_misses * per:>9.2f}  {window.labels:>6}  {window.hidden:>6}  "
            f"{made['ordinary']:>8} {made['variant']:>8}"
        )
        seen += window.drafts
        for name in ("drafts", "alarms", "misses", "base_alarms", "base_misses", "hidden",
                     "labels"):  # fmt: skip
            setattr(totals, name, getattr(totals, name) + getattr(window, name))
    per = 100 / max(totals.drafts, 1)
    print(
        f"{'all':>13}  {totals.alarms * per:>10.2f} {totals.base_alarms * per:>9.2f}  "
        f"{totals.misses * per:>10.2f} {totals.base_misses * per:>9.2f}  {totals.labels:>6}  "
        f"{totals.hidden:>6}  {corrections['ordinary']:>8} {corrections['variant']:>8}"
    )
    print(f"misses not correctable as a variant (over 200 characters): {corrections['too long']}")
    print(f"false alarms of a term that already had an ordinary context: "
          f"{corrections['repeat alarms']}")  # fmt: skip
    # The same drafts checked again with the register as the loop left it: what the corrections
    # fix of the drafts they came from, and which labelled items they now hide.
    again = Window()
    for draft in replayed:
        text, company = str(draft["text"]), str(draft["company"])
        hits = [(h.start, h.end, "") for h in detect_learned(text, live[company])]
        before = [(h.start, h.end, "") for h in detect_learned(text, base[company])]
        expected = draft["expected"]
        assert isinstance(expected, list)
        labels = [_spans(text, e["match"]) for e in expected if e["kind"] == KIND]
        again.drafts += 1
        again.labels += len(labels)
        again.alarms += bool(hits) and not labels
        again.base_alarms += bool(before) and not labels
        again.misses += sum(not _found(spans, hits) for spans in labels)
        again.base_misses += sum(not _found(spans, before) for spans in labels)
        again.hidden += sum(_found(s, before) and not _found(s, hits) for s in labels)
    if options.cost:
        import time

        for _ in range(3):
            for name, registers_used in (("shipped", base), ("corrected", live)):
                began = time.process_time()
                for draft in replayed:
                    detect_learned(str(draft["text"]), registers_used[str(draft["company"])])
                spent = time.process_time() - began
                print(f"cost {name:>9}: {spent / len(replayed) * 1000:.3f} ms CPU per draft")
    per = 100 / max(again.drafts, 1)
    print(
        f"{'again':>13}  {again.alarms * per:>10.2f} {again.base_alarms * per:>9.2f}  "
        f"{again.misses * per:>10.2f} {again.base_misses * per:>9.2f}  {again.labels:>6}  "
        f"{again.hidden:>6}   (the replayed drafts checked again after all corrections)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
