# ruff: noqa: E402, E741, B007, RUF005, SIM115 - session 29's measurement scripts, kept as run
"""Session 29 (alarms-v1): a candidate's dump against the base's, per group (FIT: the sets fitted
on; HELD: holdout22, de22, h23a): clean drafts flagged and items found before and after, items
lost and gained by kind; with SETS, the changed drafts of those sets (read sets only).

    python bench/alarms29/compare_dumps.py BASE.jsonl[,BASE2.jsonl] CAND.jsonl [SET,SET,...]
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
import glob
import json
import os
import sys

base_files = sys.argv[1].split(",")
cand = sys.argv[2]
show_sets = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else set()
HELD = {"holdout22", "de22", "h23a"}
texts = {}
for p in glob.glob("" + str(ROOT / "bench" / "eval" / "guidance") + "/drafts_*.jsonl") + [
    "/work/wt/h23a.jsonl"
]:
    n = os.path.basename(p)[:-6].removeprefix("drafts_")
    if n in {"holdout23", "de23", "holdout24", "de24"}:
        continue
    for l in open(p):
        if l.strip():
            d = json.loads(l)
            texts[(n, d["id"])] = d["text"]
base = {}
for f in base_files:
    for l in open(f):
        r = json.loads(l)
        base[(r["set"], r["id"])] = r


def items(r):
    t = texts[(r["set"], r["id"])]
    out = set()
    for n, it in enumerate(r["expected"]):
        i = t.find(it["match"])
        spans = []
        while i >= 0:
            spans.append((i, i + len(it["match"])))
            i = t.find(it["match"], i + 1)
        if any(
            f[0] == it["kind"] and any(f[1] < b and a < f[2] for a, b in spans)
            for f in r["findings"]
        ):
            out.add((n, it["kind"]))
    return out


from collections import Counter

agg = Counter()
for l in open(cand):
    c = json.loads(l)
    k = (c["set"], c["id"])
    b = base[k]
    g = "HELD" if c["set"] in HELD else "FIT"
    if not c["expected"]:
        agg[(g, "clean flagged base")] += bool(b["findings"])
        agg[(g, "clean flagged cand")] += bool(c["findings"])
        if bool(b["findings"]) != bool(c["findings"]) and c["set"] in show_sets:
            print(
                "CLEAN",
                c["set"],
                c["id"],
                "base",
                [(f[0], texts[k][f[1] : f[2]][:60]) for f in b["findings"]],
                "cand",
                [(f[0], texts[k][f[1] : f[2]][:60]) for f in c["findings"]],
            )
    else:
        ib, ic = items(b), items(c)
        agg[(g, "items base")] += len(ib)
        agg[(g, "items cand")] += len(ic)
        for n, kind in ib - ic:
            agg[(g, "lost " + kind)] += 1
            if c["set"] in show_sets:
                print("LOST", c["set"], c["id"], c["expected"][n])
        for n, kind in ic - ib:
            agg[(g, "gained " + kind)] += 1
for k in sorted(agg):
    print(k, agg[k])
