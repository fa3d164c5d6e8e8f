"""Every rule finding over the READ guidance sets (the English and German read sets and holdout20's
writer a), before and after a rule change: per labelled item found or not (by kind), per clean
draft flagged or not (by kind). The wording model is off (rules only), so a pass takes minutes.
The untouched sets (holdout21, de21) and session 26's check (holdout20's writers b and c, de20)
are never opened: holdout20 is read only through writer a's file (/work/wt/h20a.jsonl).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/read_sets_rules_diff.py save /tmp/before.json
    ... (change the rules) ...
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/read_sets_rules_diff.py diff /tmp/before.json
"""

import json
import sys
from collections import Counter
from pathlib import Path

import guidance_eval_companies as bench

HERE = Path(__file__).resolve().parent / "eval" / "guidance"
SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "valid5", "de", "de3", "de4",
    "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13", "de14", "de15", "de16",
    "de17", "de18", "de19", "valid5_de",
)  # fmt: skip
# holdout20's writer a (read since session 26), outside the repository.
EXTRA = Path("/work/wt/h20a.jsonl")


def outcomes() -> dict[str, dict]:
    bench.setup_database()
    bench.wording_mode("patterns")
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    paths = [(name, HERE / f"drafts_{name}.jsonl") for name in SETS]
    paths += [("h20a", EXTRA)] if EXTRA.exists() else []
    out: dict[str, dict] = {}
    for name, path in paths:
        drafts = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
        configured = None
        for d in sorted(drafts, key=lambda d: d["company"]):
            if d["company"] != configured:
                bench.configure(companies[d["company"]])
                configured = d["company"]
            text = d["text"]
            result = check_text(text, channel=d["channel"])
            found = [(f.kind, f.start, f.end) for f in result.findings]
            if not d["expected"]:
                out[f"{name}:{d['id']}"] = {"set": name, "flag": sorted({k for k, _, _ in found}),
                                            "text": text}  # fmt: skip
            for j, item in enumerate(d["expected"]):
                m = item["match"]
                spans = [(a, a + len(m)) for a in range(len(text)) if text.startswith(m, a)]
                hit = any(k == item["kind"] and a < e and s < b
                          for a, b in spans for k, s, e in found)  # fmt: skip
                out[f"{name}:{d['id']}.{j}"] = {"set": name, "kind": item["kind"], "hit": hit,
                                                "text": m}  # fmt: skip
    return out


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    now = outcomes()
    if mode == "save":
        path.write_text(json.dumps(now, ensure_ascii=False))
        return 0
    old = json.loads(path.read_text())
    for key, new in now.items():
        was = old.get(key)
        if was is None:
            continue
        if "flag" in new and was["flag"] != new["flag"]:
            print("clean", key, was["flag"], "->", new["flag"], new["text"][:150])
        elif "hit" in new and was["hit"] != new["hit"]:
            print("item", key, new["kind"], was["hit"], "->", new["hit"], new["text"])
    for label, state in (("before", old), ("after", now)):
        hits, totals, flags = Counter(), Counter(), Counter()
        for v in state.values():
            if "hit" in v:
                totals[v["kind"]] += 1
                hits[v["kind"]] += v["hit"]
            else:
                flags.update(v["flag"])
        clean = [v for v in state.values() if "flag" in v]
        found = ", ".join(f"{k}: {hits[k]}/{totals[k]}" for k in sorted(totals))
        print(f"{label}: clean flagged {sum(bool(v['flag']) for v in clean)} of {len(clean)} "
              f"{dict(flags)}; found {found}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
