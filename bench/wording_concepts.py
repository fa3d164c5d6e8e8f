"""The hostile-tone cues of detectors/tone_cues.py as a second-stage gate on the English wording
head, judged leave one writer out (session 23, wording-v18, issue 13; the German tuner's idea
of session 22, bench/german_reader_concepts.py): who is addressed, blame put on the reader,
counterfactual and lecturing modals, dismissive particles, repetition, "not our problem",
rhetorical questions, sarcasm markers, scare quotes, "it's an X, not a Y", emoji after a
criticism. Written from English grammar and everyday wording, not from a read writer's
sentences.

    export WORDING_LOWO_DIR=/tmp/wording-v18/lowo
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py collect
    … bench/wording_lowo.py score lin:shipped=src/openline/language/data/wording_heads.npz
    … bench/wording_concepts.py gate --writers W1,W2,…   # the second-stage gate by LOWO

`gate`: a sentence no hostile pattern marks is reported hostile when the head's score reaches
the shipped threshold, or (the gate) when it reaches a lower one and the sentence holds at least
k concepts. (lower threshold, k) is chosen per held-out writer on the other writers by the
LOWO rule of bench/wording_lowo.py: the highest tone recall whose head-only alarms on clean
drafts are no more than the shipped threshold's. Scores are the stored `score` ones: fair only
for writers the scoring head never learnt from.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


WITHOUT: frozenset[str] = frozenset()  # --without: cues left out (session 25)


def count(sentence: str) -> int:
    """How many of the product's tone cues the sentence holds (detectors/tone_cues.py), but
    those named in WITHOUT."""
    from openline.guidance.detectors.tone_cues import cues

    return len([c for c in cues(sentence) if c not in WITHOUT])


# ---------------------------------------------------------------- evaluating


def load(writers: list[str], tag: str) -> tuple[dict, dict]:
    from wording_lowo import OUT, Prepared

    all_drafts = json.loads((OUT / "drafts.json").read_text())
    prepared = {w: Prepared(all_drafts[w]) for w in writers}
    scores = {w: np.load(OUT / f"scores-{tag}-{w}.npz")["p"] for w in writers}
    return {w: all_drafts[w] for w in writers}, {"prep": prepared, "scores": scores}


THRESHOLD = 0.985  # the head's hostile threshold (--hostile for another head's)
LEGAL = 0.93  # its legal threshold (--legal)
LOWS = (0.985, 0.97, 0.95, 0.9, 0.8, 0.7, 0.5, 0.3)
KS = (1, 2, 3, 4)


def outcome(prep, p: np.ndarray, counts: np.ndarray, low: float, k: int) -> tuple[int, int]:
    """(tone clauses found, clean drafts flagged by the head alone) at the gate (low, k)."""
    hit = (p[:, 1] >= THRESHOLD) | ((p[:, 1] >= low) & (counts >= k))
    legal = p[:, 0] >= LEGAL
    legal[prep.refused] = False
    found = 0
    for (kind, pat, over), _ in zip(prep.items, range(len(prep.items)), strict=True):
        if kind == 1:
            found += pat or bool(over and hit[over].any())
    alarms = sum(
        1
        for flagged, s in zip(prep.flagged, prep.clean_sentences, strict=True)
        if not flagged and s and (hit[s].any() or legal[s].any())
    )
    return found, alarms


def gate(writers: list[str], tag: str, verbose: bool) -> None:
    drafts, data = load(writers, tag)
    counts = {
        w: np.array([count(s) for d in drafts[w] for s in d["scored"]], dtype=int) for w in writers
    }
    table = {
        w: {
            (low, k): outcome(data["prep"][w], data["scores"][w], counts[w], low, k)
            for low in LOWS
            for k in KS
        }
        for w in writers
    }
    base_found = base_alarms = found = alarms = total = 0
    for held in writers:
        others = [w for w in writers if w != held]
        limit = sum(table[w][(THRESHOLD, 1)][1] for w in others)
        best, best_recall = (THRESHOLD, 1), -1.0
        for key in table[held]:
            if sum(table[w][key][1] for w in others) > limit:
                continue
            recall = sum(
                table[w][key][0] / data["prep"][w].total[1]
                for w in others
                if data["prep"][w].total[1]
            )
            if recall > best_recall + 1e-9:
                best, best_recall = key, recall
        b, g = table[held][(THRESHOLD, 1)], table[held][best]
        tot = int(data["prep"][held].total[1])
        base_found += b[0]
        base_alarms += b[1]
        found += g[0]
        alarms += g[1]
        total += tot
        print(f"  {held:11s} gate {best}: tone {b[0]}/{tot} → {g[0]}/{tot}, head-only alarms "
              f"{b[1]} → {g[1]} of {data['prep'][held].clean}")  # fmt: skip
    print(f"pooled: tone {base_found}/{total} → {found}/{total}, alarms {base_alarms} → {alarms}")
    if verbose:
        for key in sorted(table[writers[0]]):
            f = sum(table[w][key][0] for w in writers)
            a = sum(table[w][key][1] for w in writers)
            print(f"  all writers at {key}: tone {f}, alarms {a}")


def main() -> None:
    global THRESHOLD, LEGAL, LOWS, WITHOUT
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["gate"])
    parser.add_argument("--writers", required=True)
    parser.add_argument("--tag", default="lin_shipped")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--hostile", type=float, default=THRESHOLD, help="the head's threshold")
    parser.add_argument("--legal", type=float, default=LEGAL, help="the head's legal threshold")
    parser.add_argument("--without", default="", help="cues left out, comma-separated")
    o = parser.parse_args()
    THRESHOLD, LEGAL = o.hostile, o.legal
    LOWS = tuple(sorted({THRESHOLD, *(x for x in LOWS if x < THRESHOLD)}, reverse=True))
    WITHOUT = frozenset(filter(None, o.without.split(",")))
    gate(o.writers.split(","), o.tag, o.v)


if __name__ == "__main__":
    main()
