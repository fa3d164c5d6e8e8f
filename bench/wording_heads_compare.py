"""Per clause and per clean draft, what the English wording head of the tree this runs in does
with a read set's drafts (session 26, wording-v21, issue 13): the full check's findings, and for
every English sentence the head's float scores, its thresholds (the cued hostile one where a
tone cue is), and which kinds the first stage (wording.reachable) and the quick stage
(wording.narrowed) leave open. Run from each tree's own root, then diff the two JSON files:

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_heads_compare.py dump FILE OUT.json
    python3 bench/wording_heads_compare.py diff OLD.json NEW.json          # clauses and alarms

A clause is found as bench/guidance_eval.Tally counts it (a finding of its kind overlapping any
occurrence of its text). "Scored" says whether the head read the sentence over the clause for
that kind: not when a pattern of the kind already marks it, or a stage settled it without the
float model. Prints text of the file it reads: only for read sets.
"""

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

KINDS = ("legal_risk", "hostile_tone")


def dump(path: str, out: str) -> None:
    import guidance_eval_companies as gec

    gec.setup_database()
    gec.wording_mode("both")
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import language
    from openline.guidance.detectors import wording as detector
    from openline.guidance.detectors.tone_cues import cued
    from openline.language import wording

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_TONE_CUES": True}
    seen: list[dict] = []
    original = language.detect_sentences

    def traced(text, pattern_hits, budget=None):
        pattern_hits = list(pattern_hits)
        wording.clear_cache()
        hits = original(text, pattern_hits, budget)
        wording.clear_cache()
        found = {k: [h for h in pattern_hits if h.kind == k] for k in detector.THRESHOLDS}
        spans = detector.sentences(text)
        read = [detector.scored_text(text[s:e]) for s, e in spans]
        opened = [detector.open_kinds(text, s, e, found) for s, e in spans]
        first = [detector.reachable_kinds(r, o) for r, o in zip(read, opened, strict=True)]
        quick = wording.narrowed(read, [dict(f) for f in first], embed=True)
        wording.clear_cache()
        scores = wording.score(read) if read else []
        for (s, e), r, o, f, q, sc in zip(spans, read, opened, first, quick, scores, strict=True):
            is_cued = cued(r)
            seen.append({
                "start": s, "end": e, "text": r, "open": list(o), "first": list(f),
                "quick": list(q), "cued": is_cued,
                "scores": {k: round(float(getattr(sc, k)), 5) for k in KINDS},
                "limit": {
                    k: detector.TONE_CUED_THRESHOLD
                    if k == "hostile_tone" and is_cued
                    and detector.THRESHOLDS[k] > detector.TONE_CUED_THRESHOLD
                    else detector.THRESHOLDS[k]
                    for k in KINDS
                },
            })  # fmt: skip
        return hits

    language.detect_sentences = traced
    companies = json.loads(gec.COMPANIES.read_text())
    drafts = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line]
    rows, current = [], None
    for draft in sorted(drafts, key=lambda d: d["company"]):
        if draft["company"] != current:
            gec.configure(companies[draft["company"]])
            current = draft["company"]
        seen.clear()
        findings = check_text(draft["text"], channel=draft["channel"]).findings
        rows.append({
            "id": draft["id"], "text": draft["text"], "expected": draft["expected"],
            "findings": [(f.kind, f.start, f.end) for f in findings], "sentences": list(seen),
        })  # fmt: skip
    Path(out).write_text(json.dumps(rows, ensure_ascii=False))
    print(f"{len(rows)} drafts in {out}")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def clauses(rows: list[dict]) -> dict[tuple[str, int, str], dict]:
    """Each legal/hostile clause (draft id, index, kind) with found and its best sentence."""
    out = {}
    for row in rows:
        text = row["text"]
        for i, item in enumerate(row["expected"]):
            if item["kind"] not in KINDS:
                continue
            spans = []
            start = text.find(item["match"])
            while start >= 0:
                spans.append((start, start + len(item["match"])))
                start = text.find(item["match"], start + 1)
            got = [(s, e) for k, s, e in row["findings"] if k == item["kind"]]
            found = any(_overlap(a, g) for a in spans for g in got)
            over = [
                s
                for s in row["sentences"]
                if any(_overlap(a, (s["start"], s["end"])) for a in spans)
            ]
            best = max(over, key=lambda s: s["scores"][item["kind"]], default=None)
            out[row["id"], i, item["kind"]] = {"match": item["match"], "found": found, "best": best}
    return out


def describe(best: dict | None, kind: str) -> str:
    if best is None:
        return "no sentence scored (quoted/short or German)"
    s = best["scores"][kind]
    where = (
        "pattern marks it" if kind not in best["open"]
        else "settled by first stage" if kind not in best["first"]
        else "settled by quick stage" if kind not in best["quick"]
        else "read by the model"
    )  # fmt: skip
    return f"{s:.4f} (limit {best['limit'][kind]}{', cued' if best['cued'] else ''}; {where})"


def diff(old_path: str, new_path: str) -> None:
    old = json.loads(Path(old_path).read_text())
    new = json.loads(Path(new_path).read_text())
    co, cn = clauses(old), clauses(new)
    for kind in KINDS:
        keys = [k for k in co if k[2] == kind]
        print(f"\n== {kind}: {len(keys)} clauses; old found {sum(co[k]['found'] for k in keys)},"
              f" new found {sum(cn[k]['found'] for k in keys)}")  # fmt: skip
        for label, pick in (
            ("LOST (old found, new missed)", lambda k: co[k]["found"] and not cn[k]["found"]),
            ("GAINED (new found, old missed)", lambda k: cn[k]["found"] and not co[k]["found"]),
            ("BOTH MISSED", lambda k: not co[k]["found"] and not cn[k]["found"]),
        ):
            chosen = [k for k in keys if pick(k)]
            print(f"-- {label}: {len(chosen)}")
            for k in chosen:
                print(f"  {k[0]} {co[k]['match'][:90]!r}")
                print(f"      old {describe(co[k]['best'], kind)}")
                print(f"      new {describe(cn[k]['best'], kind)}")
    print("\n== clean drafts flagged (kinds)")
    for o, n in zip(old, new, strict=True):
        if o["expected"]:
            continue
        ko, kn = sorted({f[0] for f in o["findings"]}), sorted({f[0] for f in n["findings"]})
        if ko or kn:
            print(f"  {o['id']} old {ko} new {kn}")
            for kind in KINDS:
                for side, row in (("old", o), ("new", n)):
                    for s in row["sentences"]:
                        if s["scores"][kind] >= s["limit"][kind] and kind in s["open"]:
                            print(f"      {side} {kind} {describe(s, kind)} {s['text'][:100]!r}")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"dump": dump, "diff": diff}[command](*args)
