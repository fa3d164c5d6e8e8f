# ruff: noqa: E402, E731, E741, B023, SIM115 - session 29's measurement scripts, kept as run
"""Session 29 (alarms-v1), candidate B: the German reader's threshold for one kind, simulated
from a bench/guidance_alarm_sources.py dump: each finding made by the reader alone is re-scored
(german_wording.score) and dropped below the threshold; prints items lost and clean drafts
cleared per threshold.

    PYTHONPATH=src SECRET_KEY=x python bench/alarms29/german_thresholds.py DUMP.jsonl de20,de21 \
        hostile_tone 0.94,0.95,0.96,0.97
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
import glob
import json
import os
import sys

sys.path.insert(0, str(ROOT / "src"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")
import django

django.setup()
from openline.guidance.detectors.wording import scored_text
from openline.language import german_wording

dump = sys.argv[1]
sets = set(sys.argv[2].split(","))
kind = sys.argv[3]
ts = [float(x) for x in sys.argv[4].split(",")]
texts = {}
for p in glob.glob("" + str(ROOT / "bench" / "eval" / "guidance") + "/drafts_*.jsonl"):
    n = os.path.basename(p)[:-6].removeprefix("drafts_")
    if n not in sets:
        continue
    for l in open(p):
        if l.strip():
            d = json.loads(l)
            texts[(n, d["id"])] = d["text"]
recs = [json.loads(l) for l in open(dump)]
recs = [r for r in recs if r["set"] in sets]
# score reader-only findings
for r in recs:
    t = texts[(r["set"], r["id"])]
    for f in r["findings"]:
        f.append(None)
        if f[0] == kind and f[3] == ["head-de"]:
            f[4] = getattr(german_wording.score([scored_text(t[f[1] : f[2]])])[0], kind)
for th in ts:
    lost = 0
    found = 0
    cleared = 0
    flagged = 0
    det = []
    for r in recs:
        t = texts[(r["set"], r["id"])]
        keep = [f for f in r["findings"] if not (f[4] is not None and f[4] < th)]
        if not r["expected"]:
            flagged += bool(r["findings"])
            if r["findings"] and not keep:
                cleared += 1
                det.append(("cleared", r["id"], round(min(f[4] for f in r["findings"]), 4)))
            continue
        for it in r["expected"]:
            if it["kind"] != kind:
                continue
            i = t.find(it["match"])
            spans = []
            while i >= 0:
                spans.append((i, i + len(it["match"])))
                i = t.find(it["match"], i + 1)
            cov = lambda fs: any(
                f[0] == kind and any(f[1] < b and a < f[2] for a, b in spans) for f in fs
            )
            if cov(r["findings"]):
                found += 1
                if not cov(keep):
                    lost += 1
                    det.append(("lost", r["id"]))
    print(
        f"{kind} t={th}: items lost {lost} of {found}; clean drafts cleared {cleared} of {flagged}",
        det if len(sys.argv) > 5 else "",
    )
