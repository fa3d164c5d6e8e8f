"""Legal risk and hostile tone found by the English phrase rules alone (language.py and
english.py, no wording head), on every English read set, in seconds:

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_rules_sets.py
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_rules_sets.py holdout7 -v

Scoring is bench/guidance_eval_companies.py's for these two kinds: a finding counts when it has
the expected kind and overlaps the expected text. "clean flagged" counts clean drafts (no
expected finding of any kind) with a legal-risk or hostile-tone finding. The company's name and
products come from companies.json as in the full bench; the register, contacts and the other
detectors are not run, so the full bench with `--wording patterns` stays the reference figure.
The untouched sets (holdout22, de22) and the check (holdout21, de21) are never read."""

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

READ_SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "valid5", "holdout5", "holdout6",
    "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
)  # fmt: skip
KINDS = ("legal_risk", "hostile_tone")
UNTOUCHED = ("holdout21", "de21", "holdout22", "de22")  # holdout21, de21: the check


def score(name: str, companies: dict, verbose: bool) -> dict[str, list[int]]:
    from openline.guidance.detectors.base import merge_overlaps
    from openline.guidance.detectors.language import Company, detect

    assert not any(u in name for u in UNTOUCHED), "the untouched sets are never read"
    path = (
        Path(name)
        if name.endswith(".jsonl")
        else HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
    )
    tally = {k: [0, 0, 0, 0] for k in KINDS}  # expected, found, findings, right findings
    tally["clean"] = [0, 0]
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        draft = json.loads(line)
        company = companies[draft["company"]]
        text = draft["text"]
        hits = [
            h
            for h in merge_overlaps(
                detect(text, Company.build(company["name"], company["products"]), model=False)
            )
            if h.kind in KINDS
        ]
        expected = []
        for e in draft["expected"]:
            at = text.find(e["match"])
            if e["kind"] in KINDS:
                expected.append((e["kind"], at, at + len(e["match"]) if at >= 0 else -1))
        if not draft["expected"]:
            tally["clean"][0] += 1
            tally["clean"][1] += bool(hits)
        for kind, start, end in expected:
            tally[kind][0] += 1
            if any(h.kind == kind and h.start < end and start < h.end for h in hits):
                tally[kind][1] += 1
            elif verbose:
                print(f"  miss {draft['id']} {kind}: {text[start:end]!r}")
        for h in hits:
            tally[h.kind][2] += 1
            if any(h.kind == k and h.start < e and s < h.end for k, s, e in expected):
                tally[h.kind][3] += 1
            elif verbose:
                clean = " (clean draft)" if not draft["expected"] else ""
                print(f"  alarm{clean} {draft['id']} {h.kind}: {text[h.start : h.end]!r}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", default=list(READ_SETS))
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and alarms")
    options = parser.parse_args()
    import django

    django.setup()
    companies = json.loads((HERE / "eval" / "guidance" / "companies.json").read_text())
    print("set        legal recall (precision)   hostile recall (precision)   clean flagged")
    for name in options.sets:
        t = score(name, companies, options.verbose)
        cells = []
        for kind in KINDS:
            expected, found, findings, right = t[kind]
            cells.append(
                f"{100 * found / max(expected, 1):5.1f}% {found:3}/{expected:<3}"
                f" ({100 * right / max(findings, 1):5.1f}%)"
            )
        clean, flagged = t["clean"]
        print(f"{Path(name).stem:10} {cells[0]:26} {cells[1]:28} {flagged}/{clean}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
