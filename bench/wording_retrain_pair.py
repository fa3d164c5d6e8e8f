"""The English wording head's legal/hostile pair for a retrained head, chosen by rule P and judged
by writer against the shipped head (session 28, wording-v23, issue 13), over
bench/wording_lowo.py's stored out-of-writer scores, with the tone cues as shipped.

Rule P (docs/decisions.md, "Session 28, wording-v23", written before its figures; rule D, its
dual — the fewest clean drafts flagged at no fewer clauses — session 30, wording-v25): on the grid
below, among the pairs (L, H) whose head-flagged clean drafts on the choosing writers are no more
than the reference head's at its pair (the shipped 0.9933 / 0.9879) on the same writers, the pair
with the most legal + hostile clauses; ties: fewer head-flagged clean drafts, then the higher
L + H. Nested: each writer judged at the pair P picks on the others.

Counted as the engine does, the stages aside: a clause is found when a pattern of its kind marks
it (the collect's patterns, head off) or a sentence over it reaches the kind's threshold; a
hostile sentence holding a tone cue (detectors/tone_cues.py) counts at TONE_CUED_THRESHOLD when
H is above it; no legal score in a refusal to comment. A clean draft is head-flagged when no
pattern flags it and one of its sentences reaches a threshold so. (C2', the head read beside a
legal pattern, is not simulated; it is the same rule for both heads.)

    export WORDING_LOWO_DIR=/tmp/wording-v23/lowo PYTHONPATH=src SECRET_KEY=x
    .venv/bin/python bench/wording_retrain_pair.py --ref lin_shipped --tag lin_R --writers W1,…
    … --misses lin_shipped        # the reference head's missed clauses, with both heads' scores
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wording_lowo import OUT, Prepared, overlapping  # noqa: E402 - sets the settings module

LEGAL = (0.90, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.9933, 0.995, 0.997, 0.998,
         0.999)  # fmt: skip
HOSTILE = (0.97, 0.975, 0.98, 0.985, 0.9879, 0.99, 0.993, 0.995, 0.996, 0.997, 0.998, 0.999)
REFERENCE = (0.96, 0.9879)  # the shipped pair (session 28: 0.9933 / 0.9879)
CUED = 0.95


class Writer:
    """One writer's clauses and clean drafts, and per pair what a head's scores find there."""

    def __init__(self, drafts: list[dict], p: np.ndarray, cued: np.ndarray) -> None:
        self.prep = Prepared(drafts)
        self.p = p.copy()
        self.p[self.prep.refused, 0] = 0.0
        self.cued = cued

    def at(self, la: float, hb: float) -> tuple[int, int, int]:
        """(legal clauses found, hostile clauses found, head-flagged clean drafts) at (la, hb)."""
        legal = self.p[:, 0] >= la
        low = np.where(self.cued & (hb > CUED), CUED, hb)
        hostile = self.p[:, 1] >= low
        hit = (legal, hostile)
        found = [0, 0]
        for kind, pattern, over in self.prep.items:
            if kind < 2:
                found[kind] += pattern or bool(over and hit[kind][over].any())
        flagged = sum(
            1
            for f, s in zip(self.prep.flagged, self.prep.clean_sentences, strict=True)
            if not f and s and (legal[s].any() or hostile[s].any())
        )
        return found[0], found[1], flagged


def tables(writers: list[str], tag: str, drafts: dict, cued: dict) -> dict:
    out = {}
    for w in writers:
        p = np.load(OUT / f"scores-{tag}-{w}.npz")["p"]
        writer = Writer(drafts[w], p, cued[w])
        out[w] = {(la, hb): writer.at(la, hb) for la in (*LEGAL, REFERENCE[0]) for hb in HOSTILE}
    return out


def rule_p(cand: dict, ref: dict, names: list[str]) -> tuple[float, float]:
    budget = sum(ref[n][REFERENCE][2] for n in names)
    best, key = None, None
    for pair in cand[names[0]]:
        legal = sum(cand[n][pair][0] for n in names)
        hostile = sum(cand[n][pair][1] for n in names)
        flagged = sum(cand[n][pair][2] for n in names)
        if flagged > budget:
            continue
        k = (legal + hostile, -flagged, pair[0] + pair[1])
        if key is None or k > key:
            best, key = pair, k
    assert best is not None, "no pair within the budget"
    return best


def rule_d(cand: dict, ref: dict, names: list[str]) -> tuple[float, float]:
    """Rule D (session 30, wording-v25): among the pairs whose legal + hostile clauses on `names`
    are at least the reference head's at its pair there, the fewest head-flagged clean drafts;
    ties: more clauses, then the higher L + H. If none qualifies, the most clauses (ties: fewer
    flagged, then the higher L + H)."""
    floor = sum(ref[n][REFERENCE][0] + ref[n][REFERENCE][1] for n in names)
    best, key = None, None
    for pair in cand[names[0]]:
        found = sum(cand[n][pair][0] + cand[n][pair][1] for n in names)
        flagged = sum(cand[n][pair][2] for n in names)
        k = (found >= floor, -flagged if found >= floor else found,
             found if found >= floor else -flagged, pair[0] + pair[1])  # fmt: skip
        if key is None or k > key:
            best, key = pair, k
    assert best is not None
    return best


def misses(writers: list[str], ref: str, tag: str, drafts: dict, cued: dict) -> None:
    """Every clause the reference head at its pair misses: the writer, the kind, both heads' best
    score over it, whether a cue is in its sentence, and the clause."""
    for w in writers:
        p_ref = np.load(OUT / f"scores-{ref}-{w}.npz")["p"]
        p_new = np.load(OUT / f"scores-{tag}-{w}.npz")["p"] if tag else p_ref
        i = 0
        for d in drafts[w]:
            first = i
            i += len(d["spans"])
            for item in d["expected"]:
                if item["kind"] not in ("legal_risk", "hostile_tone"):
                    continue
                k = 0 if item["kind"] == "legal_risk" else 1
                spans = overlapping(d["text"], item)
                if any(
                    kind == item["kind"] and a < pe and ps < b
                    for kind, ps, pe in d["patterns"]
                    for a, b in spans
                ):
                    continue
                over = [
                    first + j
                    for j, (s, e) in enumerate(d["spans"])
                    if any(a < e and s < b for a, b in spans)
                ]
                if not over:
                    print(f"  {w} {item['kind'][:5]} unscored           {item['match'][:110]!r}")
                    continue
                r, n = p_ref[over, k].max(), p_new[over, k].max()
                threshold = REFERENCE[k] if k == 0 or not cued[w][over].any() else CUED
                if r >= threshold:
                    continue
                cue = "cue" if cued[w][over].any() else "   "
                print(f"  {w} {item['kind'][:5]} {r:.4f} → {n:.4f} {cue} {item['match'][:110]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ref", default="lin_shipped", help="the reference head's scores")
    parser.add_argument("--tag", default="", help="the candidate's scores")
    parser.add_argument("--writers", required=True)
    parser.add_argument("--fixed", action="append", default=[], help="L/H: the candidate there")
    parser.add_argument("--misses", action="store_true", help="the reference head's misses")
    parser.add_argument("-v", action="store_true", help="per writer")
    options = parser.parse_args()
    import django

    django.setup()
    from openline.guidance.detectors.tone_cues import cues

    names = options.writers.split(",")
    all_drafts = json.loads((OUT / "drafts.json").read_text())
    drafts = {n: all_drafts[n] for n in names}
    cued = {n: np.array([bool(cues(s)) for d in drafts[n] for s in d["scored"]]) for n in names}
    if options.misses:
        misses(names, options.ref, options.tag, drafts, cued)
        return
    ref = tables(names, options.ref, drafts, cued)

    def show(label: str, table: dict, pick) -> None:
        sums = np.zeros(3, dtype=int)
        for n in names:
            pair = pick(n)
            row = np.array(table[n][pair])
            sums += row
            if options.v:
                print(f"    {n:11s} {pair[0]:.4f}/{pair[1]:.4f}  legal {row[0]}  hostile "
                      f"{row[1]}  clean flagged {row[2]}/{table[n]['clean']}")  # fmt: skip
        clean = sum(table[n]["clean"] for n in names)
        engine = sums[2] + sum(pattern_clean[n] for n in names)
        print(f"  {label:44s} legal {sums[0]}  hostile {sums[1]}  sum {sums[0] + sums[1]}  "
              f"head-flagged clean {sums[2]}/{clean}  whole engine {engine}/{clean}",
              flush=True)  # fmt: skip

    totals = {n: Prepared(drafts[n]).total for n in names}
    # clean drafts a pattern of any kind flags (the collect's findings, head off): the same for
    # every head, so the whole engine's clean drafts flagged are these plus the head-flagged
    pattern_clean = {n: int(Prepared(drafts[n]).flagged.sum()) for n in names}
    print("clauses: legal", sum(int(t[0]) for t in totals.values()),
          "hostile", sum(int(t[1]) for t in totals.values()))  # fmt: skip
    for n in names:
        ref[n]["clean"] = Prepared(drafts[n]).clean
    show(f"{options.ref} at {REFERENCE[0]}/{REFERENCE[1]}", ref, lambda n: REFERENCE)
    if not options.tag:
        return
    cand = tables(names, options.tag, drafts, cued)
    for n in names:
        cand[n]["clean"] = ref[n]["clean"]
    grid = {n: {k: v for k, v in cand[n].items() if k != "clean"} for n in names}
    show(f"{options.tag} at {REFERENCE[0]}/{REFERENCE[1]}", cand, lambda n: REFERENCE)
    show(
        f"{options.tag} P nested",
        cand,
        lambda n: rule_p(grid, ref, [m for m in names if m != n]),
    )
    pair = rule_p(grid, ref, names)
    show(f"{options.tag} P on all: {pair[0]}/{pair[1]}", cand, lambda n: pair)
    show(
        f"{options.tag} D nested",
        cand,
        lambda n: rule_d(grid, ref, [m for m in names if m != n]),
    )
    pair = rule_d(grid, ref, names)
    show(f"{options.tag} D on all: {pair[0]}/{pair[1]}", cand, lambda n: pair)
    for fixed in options.fixed:
        la, hb = (float(x) for x in fixed.split("/"))
        show(f"{options.tag} fixed {la}/{hb}", cand, lambda n, la=la, hb=hb: (la, hb))


if __name__ == "__main__":
    main()
