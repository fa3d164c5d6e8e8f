"""Every German hostile-tone and legal-risk finding on the read German sets, with the stage that
made it: a phrase rule of german.py (its message key), a sentence family of german_clauses.py
(its key), the company pattern, or the German reader (session 36, german-hostile-clean-v31).

    .venv/bin/python bench/german_tone_alarms.py               # summary per set and stage
    .venv/bin/python bench/german_tone_alarms.py -v            # every finding not right
    .venv/bin/python bench/german_tone_alarms.py --save F.json # the findings, to diff

A finding is "clean" on a clean draft, "wrong" on a labelled draft where it overlaps no expected
item of its kind, "right" otherwise. Read sets only (drafts_de … drafts_de29, valid5_de)."""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import guidance_eval_companies as bench  # noqa: E402

KINDS = ("hostile_tone", "legal_risk")
SETS = (
    ["drafts_de.jsonl"] + [f"drafts_de{n}.jsonl" for n in range(3, 30)] + ["drafts_valid5_de.jsonl"]
)


def stage(text: str, kind: str, start: int, end: int) -> str:
    from openline.guidance.detectors import german, german_clauses

    quoted = german._quoted_spans(text)
    families = [(k, key) for k, key, s, e in german_clauses.families(text, quoted)
                if k == kind and (s, e) == (start, end)]  # fmt: skip
    if families:
        return f"family:{families[0][1]}"
    for m in german.wording(text):
        if m.kind == kind and (m.start, m.end) == (start, end):
            return f"rule:{m.key}"
    return "reader/company"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--save")
    parser.add_argument("--sets", nargs="*", default=SETS)
    options = parser.parse_args()
    companies = json.loads(bench.COMPANIES.read_text())
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import german

    rows = []
    for name in options.sets:
        path = HERE / "eval" / "guidance" / name
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
        for company in dict.fromkeys(d["company"] for d in drafts):
            bench.configure(companies[company])
            for draft in (d for d in drafts if d["company"] == company):
                text = draft["text"]
                if not german.looks_german(text):
                    continue
                findings = check_text(text, channel=draft["channel"]).findings
                for f in findings:
                    if f.kind not in KINDS:
                        continue
                    spans = [
                        (i, i + len(item["match"]))
                        for item in draft["expected"] if item["kind"] == f.kind
                        for i in range(len(text)) if text.startswith(item["match"], i)
                    ]  # fmt: skip
                    right = any(s < f.end and f.start < e for s, e in spans)
                    verdict = "right" if right else ("wrong" if draft["expected"] else "clean")
                    src = stage(text, f.kind, f.start, f.end)
                    s, e = german._sentence(text, f.start, f.end)
                    rows.append({"set": name, "id": draft["id"], "kind": f.kind,
                                 "verdict": verdict, "stage": src, "span": text[f.start:f.end],
                                 "sentence": text[s:e].strip()})  # fmt: skip
    counts = Counter((r["kind"], r["verdict"], r["stage"].split(":")[0]) for r in rows)
    for verdict_key, n in sorted(counts.items()):
        print(*verdict_key, n)
    wrong = [r for r in rows if r["verdict"] != "right"]
    print("by stage (not right):")
    for stage_key, n in Counter((r["kind"], r["stage"]) for r in wrong).most_common():
        print(" ", *stage_key, n)
    if options.verbose:
        for r in wrong:
            print(f"{r['set']} {r['id']} {r['kind']} {r['verdict']} {r['stage']}: "
                  f"[{r['span']}]  <<{r['sentence']}>>")  # fmt: skip
    if options.save:
        Path(options.save).write_text(json.dumps(rows, ensure_ascii=False, indent=0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
