"""The register check alone on every German read writer and on the blind German register
corpora, as counts only (session 28, german-register-v23): for a before/after figure of a change
to the register check, run it in this tree and in an extracted copy of the earlier commit
(`git archive <commit> src bench | tar -x -C /tmp/base`, then the same command from /tmp/base:
each copy's bench imports its own src).

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_german_forms.py

Per read set: register items found, clean drafts with a register finding, drafts labelled with
other kinds only that get one. Per blind corpus: lines flagged by label and how the line tells
the item (named, variant, described; clean lines ordinary, adjacent, denial). No draft's text is
printed: the blind corpora are a measure for writers a tuner has not read. The judge and check
(de31) and the untouched set (de32) are never opened (read sets up to de30 since session 37).
--lines FILE writes each blind line's verdict (corpus, line number, label, how, flagged) as JSON
lines, for a before/after comparison of single lines.
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

DATA = HERE / "eval" / "guidance"
KIND = "internal_reference"
READ = ("de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
        "de14", "de15", "de16", "de17", "de18", "de19", "de20", "de21", "de22", "de23", "de24",
        "de25", "de26", "de27", "de28", "de29", "de30", "valid5_de")  # fmt: skip
BLIND = (
    "register_blind26_de.jsonl", "register_blind27_de.jsonl", "register_blind29_de.jsonl",
    "register_blind30_de.jsonl", "register_blind31_de.jsonl",
)  # fmt: skip
NEVER = ("de31", "de32")  # the judge and check (de31) and the untouched set (de32)


def main() -> int:
    import argparse

    import django

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", help="write each blind line's verdict here (JSON lines)")
    options = parser.parse_args()
    sink = open(options.lines, "w") if options.lines else None  # noqa: SIM115

    django.setup()
    from guidance_eval_companies import _category

    from openline.guidance.detectors.internal import RegisterIndex, detect

    def build(entries, public):
        return RegisterIndex.build(
            [(e["term"], _category(e), e.get("note", ""), e.get("variants", [])) for e in entries],
            public,
        )

    companies = json.loads((DATA / "companies.json").read_text("utf-8"))
    registers: dict = {}
    total: Counter = Counter()
    assert not set(READ) & set(NEVER)
    for name in READ:
        out: Counter = Counter()
        for line in (DATA / f"drafts_{name}.jsonl").read_text("utf-8").splitlines():
            draft = json.loads(line)
            company = draft["company"]
            if company not in registers:
                c = companies[company]
                registers[company] = build(c["register"], [c["name"], *c["products"]])
            text = draft["text"]
            hits = [(h.start, h.end) for h in detect(text, registers[company])]
            items = [e["match"] for e in draft["expected"] if e["kind"] == KIND]
            for match in items:
                spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
                out["items"] += 1
                out["found"] += any(a < hb and ha < b for a, b in spans for ha, hb in hits)
            key = "clean" if not draft["expected"] else "other" if not items else None
            if key:
                out[key] += 1
                out[f"{key} flagged"] += bool(hits)
        total.update(out)
        print(
            f"{name:<10} register {out['found']:>3}/{out['items']:<3} clean flagged"
            f" {out['clean flagged']:>2}/{out['clean']:<4} other flagged"
            f" {out['other flagged']:>2}/{out['other']}"
        )
    print(
        f"{'READ':<10} register {total['found']:>3}/{total['items']:<3} clean flagged"
        f" {total['clean flagged']:>2}/{total['clean']:<4} other flagged"
        f" {total['other flagged']:>2}/{total['other']}"
    )
    for name in BLIND:
        lines = [json.loads(x) for x in (HERE / name).read_text("utf-8").splitlines() if x]
        entries: dict[str, dict[str, dict]] = {}
        for line in lines:
            entries.setdefault(line["company"], {})[line["term"]] = line
        built = {c: build(list(e.values()), [c]) for c, e in entries.items()}
        counts: Counter = Counter()
        for number, line in enumerate(lines, 1):
            key = (line["label"], line["how"])
            flagged = bool(detect(line["text"], built[line["company"]]))
            counts[(*key, "n")] += 1
            counts[(*key, "flagged")] += flagged
            if sink:
                row = {"corpus": name, "line": number, "label": key[0], "how": key[1]}
                sink.write(json.dumps({**row, "flagged": flagged}) + "\n")
        cells = [
            f"{label} {how} {counts[(label, how, 'flagged')]}/{counts[(label, how, 'n')]}"
            for label, how in sorted({k[:2] for k in counts})
        ]
        print(f"{name}: " + ", ".join(cells))
    if sink:
        sink.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
