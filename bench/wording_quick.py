"""How far the integer-computed embedding moves the wording head's logits from the model's
(issue 13, session 22 cold-v17): the figures behind wording.QUICK_REACH, which lets a check
settle a sentence from its quick vector (MiniLMEmbedder.embed_quick, the int8 products) when
even the most that vector was ever measured to fall short of the float one leaves its label
below the threshold.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_quick.py [--margin 1.0]

The sentences are bench/wording_gate.py's (every sentence the English check scores in the read
English sets and holdout16's writer a, and the training corpus's legal and hostile sentences;
never the check's or the untouched sets). For each (label, other class) it prints the largest
amount by which a sentence's float dense difference exceeds its quick one (the constants, as
Python), then, leave one writer out, each writer's sentences judged by the others' figures plus
the margin: how many the first stage (wording.reachable) left to the model, how many of those
the quick vector settles, how many head findings (score at the threshold) it would have
settled (must be 0), and "needs", the least margin at which none would be. Float embeddings
are wording_gate.py's cache; quick ones are cached beside
them ($WORDING_GATE_DIR/quick.npz).

Hostile tone is judged at each sentence's own threshold, as bench/wording_gate.py does (session
25, cold-v20): TONE_CUED_THRESHOLD where the sentence holds a tone cue and the cues are on
(--cues, default OPENLINE["GUIDANCE_TONE_CUES"]). --reach-margin sets the first stage's margin
(wording.REACH_MARGIN) that decides which sentences reach this stage. The quick vectors are the
product's on this CPU: with VNNI the int8 weights, on AVX2 without it uint8 ones (session 25;
embedders.exact_uint8_products), the same integer products either way.
"""

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording_gate as gate  # sets up the path and settings


def quick(texts: list[str]) -> np.ndarray:
    """The quick vector of each text, cached in OUT/quick.npz."""
    from openline.language.embedders import get_embedder

    path = gate.OUT / "quick.npz"
    index: dict[str, int] = {}
    vectors = np.zeros((0, 384), dtype=np.float32)
    if path.exists():
        data = np.load(path, allow_pickle=False)
        index = {str(t): i for i, t in enumerate(data["texts"])}
        vectors = data["vectors"]
    missing = [t for t in dict.fromkeys(texts) if t not in index]
    if missing:
        print(f"quick-embedding {len(missing)} texts", file=sys.stderr, flush=True)
        embedder = get_embedder()
        new = [embedder.embed_quick(missing[i : i + 128]) for i in range(0, len(missing), 128)]
        vectors = np.vstack([vectors, *new])
        for text in missing:
            index[text] = len(index)
        gate.OUT.mkdir(parents=True, exist_ok=True)
        np.savez(path, texts=np.array(list(index), dtype=str), vectors=vectors)
    return vectors[[index[t] for t in texts]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--margin", type=float, default=None, help="default: QUICK_MARGIN")
    parser.add_argument("--reach-margin", type=float, default=None, help="default: REACH_MARGIN")
    parser.add_argument(
        "--cues", choices=["on", "off"], default=None, help="default: GUIDANCE_TONE_CUES"
    )
    options = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings

    from openline.guidance.detectors.wording import THRESHOLDS
    from openline.language import wording

    if options.cues is None:
        options.cues = "on" if settings.OPENLINE.get("GUIDANCE_TONE_CUES", False) else "off"
    if options.reach_margin is not None:
        wording.REACH_MARGIN = options.reach_margin
    print(f"first stage's margin {wording.REACH_MARGIN}, tone cues {options.cues}")
    margin = wording.QUICK_MARGIN if options.margin is None else options.margin
    h = wording.head()
    classes = list(h.head.classes)
    col = {name: classes.index(name) for name in classes}
    pairs = [(label, other) for label in THRESHOLDS for other in classes if other != label]
    by_writer = gate.sentences_by_writer()
    rows = {}
    for writer, texts in by_writer.items():
        exact = h.dense_logits(gate.embedded(texts))
        near = h.dense_logits(quick(texts))
        terms = np.zeros_like(exact)
        for row, text in enumerate(texts):
            found = h.found_terms(text)
            if found:
                terms[row] = h.term_logits(found)
        logits = exact + terms
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        reaches = [wording._reach(text) for text in texts]
        limit = gate.limits(texts, options.cues == "on")
        rows[writer] = {
            "short": {  # how far the float difference exceeds the quick one
                (a, b): (exact[:, col[a]] - exact[:, col[b]]) - (near[:, col[a]] - near[:, col[b]])
                for a, b in pairs
            },
            "quick": {  # the quick dense difference plus the terms'
                (a, b): (near + terms)[:, col[a]] - (near + terms)[:, col[b]] for a, b in pairs
            },
            "found": {k: p[:, col[k]] >= limit[k] for k in THRESHOLDS},
            "open": {
                k: np.array([r[k] for r in reaches]) >= np.log(limit[k] / (1 - limit[k]))
                for k in THRESHOLDS
            },
            "limit": limit,
        }

    def most(writers: list[str]) -> dict[tuple[str, str], float]:
        return {p: max(float(rows[w]["short"][p].max()) for w in writers) for p in pairs}

    def settled(writer: str, bounds: dict, extra: float) -> dict[str, np.ndarray]:
        """Per label, the rows the first stage left open and the quick vector settles."""
        r = rows[writer]
        out = {}
        for label in THRESHOLDS:
            threshold = r["limit"][label]
            needed = np.log(threshold / (1 - threshold))
            held = np.zeros(len(by_writer[writer]), dtype=bool)
            for other in classes:
                if other != label:
                    held |= r["quick"][label, other] + bounds[label, other] + extra < needed
            out[label] = r["open"][label] & held
        return out

    def least_margin(writer: str, bounds: dict) -> float:
        """The least margin at which the others' figures settle none of the writer's findings."""
        r = rows[writer]
        most_needed = -np.inf
        for label in THRESHOLDS:
            found = r["found"][label]
            if not found.any():
                continue
            threshold = r["limit"][label][found]
            needed = np.log(threshold / (1 - threshold))
            for other in classes:
                if other != label:
                    gap = needed - r["quick"][label, other][found] - bounds[label, other]
                    most_needed = max(most_needed, float(gap.max()))
        return most_needed

    everyone = list(by_writer)
    total = sum(len(t) for t in by_writer.values())
    print(f"{total} sentences, {len(everyone)} writers and the corpus")
    bounds = most(everyone)
    print("\nQUICK_REACH = {  # the most a float dense difference exceeded its quick one")
    for (label, other), value in bounds.items():
        print(f"    ({label!r}, {other!r}): {np.ceil(value * 100) / 100:.2f},")
    print("}")
    for pair in pairs:
        values = np.concatenate([rows[w]["short"][pair] for w in everyone])
        print(f"  {pair}: p99.9 {np.percentile(values, 99.9):.2f}  p50 {np.median(values):.2f}")
    print(f"\nleave one writer out, margin {margin}: each writer judged by the others' figures")
    print(
        f"{'writer':12} {'sentences':>9} {'open':>6} {'settled':>8} {'left':>6} {'lost':>5}"
        f" {'needs':>6}"
    )
    lost = opened = closed = 0
    needs = -np.inf
    for writer in everyone:
        bounds_out = most([w for w in everyone if w != writer])
        done = settled(writer, bounds_out, margin)
        r = rows[writer]
        open_any = np.logical_or.reduce(list(r["open"].values()))
        left = np.zeros_like(open_any)
        for k in THRESHOLDS:
            left |= r["open"][k] & ~done[k]
        lost_here = sum(int((r["found"][k] & done[k]).sum()) for k in THRESHOLDS)
        n_open, n_left = int(open_any.sum()), int(left.sum())
        need = least_margin(writer, bounds_out)
        needs = max(needs, need)
        print(
            f"{writer:12} {len(by_writer[writer]):9} {n_open:6} {n_open - n_left:8} "
            f"{n_left:6} {lost_here:5} {need:6.2f}"
        )
        lost += lost_here
        opened += n_open if writer != "corpus" else 0
        closed += n_open - n_left if writer != "corpus" else 0
    print(f"head findings the others' figures would have settled: {lost}; largest need {needs:.2f}")
    print(f"read sets: {closed} of the {opened} sentences the first stage leaves are settled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
