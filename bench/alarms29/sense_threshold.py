# ruff: noqa: E402, E501, E731, E741, B023, RUF005, SIM115 - session 29's measurement scripts, kept as run
"""Session 29 (alarms-v1), candidate A: the register sense head's threshold simulated from a
bench/guidance_alarm_sources.py dump (its "sense" probabilities). A register finding made only
by the named path (and its elaborations) is dropped when a match it covers reaches the
threshold; prints items lost and clean drafts cleared per threshold.

    python bench/alarms29/sense_threshold.py DUMP.jsonl SET,SET,... 0.9,0.8,0.7 [show]
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
import glob
import json
import os
import sys
from collections import Counter

dump = sys.argv[1]
sets = set(sys.argv[2].split(","))
ts = [float(x) for x in sys.argv[3].split(",")]
texts = {}
for p in glob.glob("" + str(ROOT / "bench" / "eval" / "guidance") + "/drafts_*.jsonl") + [
    "/work/wt/h23a.jsonl"
]:
    n = os.path.basename(p)[:-6].removeprefix("drafts_")
    if n not in sets:
        continue
    for l in open(p):
        if l.strip():
            d = json.loads(l)
            texts[(n, d["id"])] = d["text"]
recs = [json.loads(l) for l in open(dump)]
recs = [r for r in recs if r["set"] in sets]
NAMED = {"reg:named", "reg:elaborations"}
for t in ts:
    lost = Counter()
    cleared = Counter()
    flagged = Counter()
    items = Counter()
    details = []
    for r in recs:
        txt = texts[(r["set"], r["id"])]

        def dropped(f):
            k, s, e, src = f
            if k != "internal_reference" or not src or not set(src) <= NAMED:
                return False
            return any(a < e and s < b and p >= t for a, b, p in r["sense"])

        keep = [f for f in r["findings"] if not dropped(f)]
        if not r["expected"]:
            if r["findings"]:
                flagged[r["set"]] += 1
            if r["findings"] and not keep:
                cleared[r["set"]] += 1
                details.append(("cleared", r["id"]))
            continue
        for it in r["expected"]:
            if it["kind"] != "internal_reference":
                continue
            i = txt.find(it["match"])
            spans = []
            while i >= 0:
                spans.append((i, i + len(it["match"])))
                i = txt.find(it["match"], i + 1)
            cov = lambda fs: any(
                f[0] == it["kind"] and any(f[1] < b and a < f[2] for a, b in spans) for f in fs
            )
            if cov(r["findings"]):
                items[r["set"]] += 1
                if not cov(keep):
                    lost[r["set"]] += 1
                    details.append(("lost", r["id"], it["match"]))
    print(
        f"t={t}: items lost {sum(lost.values())} of {sum(items.values())} found; clean cleared {sum(cleared.values())} of {sum(flagged.values())} flagged",
        dict(lost),
        dict(cleared),
    )
    if len(sys.argv) > 4:
        print(details)
