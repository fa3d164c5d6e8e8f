"""Leave-one-set-out estimate of the wording head on the development sets of bench/eval/guidance/
(dev, holdout … holdout4, valid5, and the German de, de3, de4, valid5_de, where the head reads
only sentences of drafts that are not German), and where the false alarms on clean drafts come
from (needs scikit-learn). Never the untouched holdouts:

    PYTHONPATH=src .venv/bin/python bench/wording_cv.py                 # the corpus as built now
    PYTHONPATH=src .venv/bin/python bench/wording_cv.py --c 0.1,0.3 --terms 30,45 -v
    PYTHONPATH=src .venv/bin/python bench/wording_cv.py --sets dev,holdout4   # some sets only
    PYTHONPATH=src .venv/bin/python bench/wording_cv.py --terms 60 --floor 20   # as shipped

The head is fitted on the corpus that bench/wording_corpus.py builds (in memory, not the
shipped file), the drafts are read as bench/wording_tune.py reads them (the patterns' findings
with the head off, then a head finding wherever a sentence reaches its kind's threshold).
For each setting it prints, per set: recall of legal risk and hostile tone, false alarms on
clean drafts, split into drafts only the head flags (h), drafts the legal/tone patterns flag
(w) and drafts the other kinds' detectors flag (o). Then, leave-one-set-out: the thresholds are
chosen on the other sets (the highest mean recall whose head-only false alarms stay at or
below --budget of their clean drafts) and applied to the one left out, which did not choose
them; last, the pair the same rule chooses on all the sets (what detectors/wording.py ships).
"""

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import wording_tune as tune  # noqa: E402

SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "de", "de3", "de4", "valid5", "valid5_de",
)  # fmt: skip
KINDS = tune.KINDS
GRID = [round(0.70 + 0.02 * i, 2) for i in range(15)] + [0.99]  # 0.70 … 0.98, 0.99


def evaluate(rows: list[dict], p: np.ndarray, thresholds: tuple[float, float]) -> dict:
    from openline.guidance.detectors.wording import _REFUSAL

    total = dict.fromkeys(KINDS, 0)
    found = dict.fromkeys(KINDS, 0)
    clean = 0
    alarms = {"all": 0, "h": 0, "w": 0, "o": 0}
    head_alarms: list[str] = []
    misses: list[str] = []
    i = 0
    for draft in rows:
        text = draft["text"]
        hits = [(k, s, e, False) for k, s, e in draft["patterns"]]
        for s, e in draft["spans"]:
            for j, kind in enumerate(KINDS):
                refused = kind == "legal_risk" and _REFUSAL.search(text[s:e])
                if p[i, j] >= thresholds[j] and not refused:
                    hits.append((kind, s, e, True))
            i += 1
        for item in draft["expected"]:
            if item["kind"] not in KINDS:
                continue
            total[item["kind"]] += 1
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(item["match"]), text)]
            got = [(s, e) for k, s, e, _ in hits if k == item["kind"]]
            ok = any(a < d and c < b for a, b in spans for c, d in got)
            found[item["kind"]] += ok
            if not ok:
                misses.append(f"{draft['id']} {item['kind']}: {item['match']!r}")
        if not draft["expected"]:
            clean += 1
            if not hits:
                continue
            alarms["all"] += 1
            if all(h[3] for h in hits):
                alarms["h"] += 1
                head_alarms += [f"{draft['id']} {k}: {text[s:e]!r}" for k, s, e, _ in hits]
            elif any(h[0] in KINDS and not h[3] for h in hits):
                alarms["w"] += 1
            else:
                alarms["o"] += 1
    return {
        "legal": found["legal_risk"] / max(total["legal_risk"], 1),
        "tone": found["hostile_tone"] / max(total["hostile_tone"], 1),
        "fa": alarms["all"] / clean, "h": alarms["h"], "w": alarms["w"], "o": alarms["o"],
        "clean": clean, "head_alarms": head_alarms, "misses": misses,
    }  # fmt: skip


def cell(r: dict) -> str:
    return f"L {r['legal']:.0%} T {r['tone']:.0%} FA {r['fa']:.1%} (h{r['h']} w{r['w']} o{r['o']})"


def choose(per_set: dict, drafts: dict, names: list[str], budget: float) -> tuple[float, float]:
    """Thresholds with the best mean recall on `names` whose head-only alarms stay in budget."""
    best, best_score = (0.9, 0.85), -1.0
    for legal in GRID:
        for tone in GRID:
            results = [evaluate(drafts[n], per_set[n], (legal, tone)) for n in names]
            head = sum(r["h"] for r in results) / sum(r["clean"] for r in results)
            if head > budget:
                continue
            recall = sum(r["legal"] + r["tone"] for r in results) / (2 * len(results))
            if recall > best_score + 1e-9:
                best, best_score = (legal, tone), recall
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c", default="0.3")
    parser.add_argument("--terms", default="60")  # language.wording.TERMS_WEIGHT
    parser.add_argument("--floor", default="", help="terms' floor(s), e.g. 0,16 (default: shipped)")
    parser.add_argument("--thresholds", default="0.9/0.85")
    parser.add_argument("--budget", type=float, default=0.01)
    parser.add_argument("--no-loso", action="store_true")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--corpus", help="a wording_train.jsonl to read instead of building one")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()
    sets = tuple(options.sets.split(","))
    tune.SETS = sets
    drafts = tune.pattern_findings()
    embed = tune.Embeddings()
    if options.corpus:
        from openline.language.training import load_corpus

        corpus = load_corpus(Path(options.corpus))
    else:
        import wording_corpus

        # Without the sets' own sentences (wording-v6 adds them to the shipped corpus): with them
        # every set here would be read in training. bench/wording_v6.py `frozen:baseline` holds
        # each set's sentences out of its own fit, as shipped.
        corpus = wording_corpus.rows(drafts=False)
    texts = [r["text"] for r in corpus]
    vectors = embed(texts)
    print(f"corpus: {len(corpus)} sentences")
    pairs = [tuple(float(v) for v in t.split("/")) for t in options.thresholds.split(",")]
    for c in (float(v) for v in options.c.split(",")):
        settings = [
            (float(w), int(f) if f else None)
            for w in options.terms.split(",")
            for f in options.floor.split(",")
        ]
        for weight, floor in settings:
            probabilities = tune.fit(texts, [r["label"] for r in corpus], vectors, c, weight, floor)
            per_set = {
                name: probabilities([s for d in rows for s in d["scored"]], embed)
                for name, rows in drafts.items()
            }
            routine = probabilities(tune.ROUTINE, embed)
            for legal, tone in pairs:
                flagged = int(((routine[:, 0] >= legal) | (routine[:, 1] >= tone)).sum())
                results = {n: evaluate(drafts[n], per_set[n], (legal, tone)) for n in sets}
                cells = "  ".join(f"{n}: {cell(r)}" for n, r in results.items())
                head = f"C {c} x{weight:.0f} f{floor} {legal}/{tone} R{flagged}"
                print(f"{head}  {cells}", flush=True)
                if options.verbose:
                    for n, r in results.items():
                        for line in r["head_alarms"]:
                            print(f"   head FA {n} {line}")
                        for line in r["misses"]:
                            print(f"   miss {n} {line}")
            if options.no_loso:
                continue
            for held in sets:
                others = [n for n in sets if n != held]
                chosen = choose(per_set, drafts, others, options.budget)
                r = evaluate(drafts[held], per_set[held], chosen)
                print(f"   LOSO {held}: {chosen[0]}/{chosen[1]} -> {cell(r)}", flush=True)
            chosen = choose(per_set, drafts, list(sets), options.budget)
            print(f"   chosen on all sets: {chosen[0]}/{chosen[1]}", flush=True)


if __name__ == "__main__":
    main()
