"""How far the embedding alone moves the wording head's logits (issue 13, session 18 cold-cost):
the figures behind wording.DENSE_REACH, which lets a check settle a sentence from its cue terms
alone, without embedding it (wording.reachable).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_gate.py [--margin 1.0]

For every sentence the English guidance check scores in the read English sets (every
drafts_*.jsonl but the German ones, session 30's check holdout24 and the untouched holdout25;
and holdout24's writer a, /work/wt/h24a.jsonl, when it is there), and for the training
corpus's legal and hostile sentences, the head's dense logits (embedding and bias;
data/wording_train.jsonl's sentences are what the head was fitted on, so their dense logits
are if anything higher than an unseen sentence's) and its terms' logits. It prints:

- per label and other class, the largest dense difference (the constants, as Python);
- leave one writer out: each writer's sentences judged by the reach of all the others (and the
  corpus) plus the margin: how many of its sentences the head finds (score at the threshold)
  that reach would have settled (must be 0), how many exceed it at all, and "needs", the least
  margin at which the others' reach settles none of its findings (the margin's room is the
  margin minus the largest "needs");
- how many sentences need the model with that reach and margin, and without the gate.

With --shipped (session 30, speed-v25) it judges the shipped bounds instead, at margins from
--margin (default -2.0) up to 0, against --base (default 0.5, session 29's REACH_MARGIN): it
embeds only the sentences the base leaves open and a lower margin would settle.

With --pieces (session 19, cold-v14) it also fits the word pieces' guess of each dense
difference (wording.PiecesReach: a ridge regression on each sentence's word pieces, 1/n each)
and prints the same leave-one-writer-out table for the bound min(DENSE_REACH, guess + the most
any other writer's sentence exceeded its guess by); --write-reach fits it on every sentence and
writes src/openline/language/data/wording_reach.npz (pin the SHA-256 it prints in
wording.PIECES_REACH_SHA256).

Hostile tone is judged at each sentence's own threshold (session 25, cold-v20): with the tone cues
on (OPENLINE["GUIDANCE_TONE_CUES"], the default since session 24), a sentence holding a cue
(tone_cues.cued) is reported, and so must stay open, at TONE_CUED_THRESHOLD; --cues off judges
every sentence at THRESHOLDS as before.

Embeddings are cached in $WORDING_GATE_DIR (default: the temporary directory's wording-gate).
"""

import argparse
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
GUIDANCE = HERE / "eval" / "guidance"
# session 30: holdout23 read in full (its three writers left out together); holdout24: the check
# (but writer a, DEV_HALF); holdout25: untouched (in the tree, empty, never read here)
NEVER = ("holdout24", "de24", "holdout25", "de25")
DEV_HALF = Path("/work/wt/h24a.jsonl")  # holdout24's development half (writer a)
# holdout7 … holdout11 hold two writers each, told apart by company (bench/wording_lowo.py)
SPLITS = {
    "holdout7": {"rootmere": "a", "nimbrel": "a", "wanderloft": "a", "lumadent": "b",
                 "vantwell": "b"},
    "holdout8": {"wardenbell": "a", "ironquay": "a", "halvora": "a", "glasmond": "b",
                 "latchwell": "b"},
    "holdout9": {"tapwright": "a", "quenmarsh": "a", "foldbrook": "a", "thistlemarch": "b",
                 "zwirnhaus": "b"},
    "holdout10": {"settlewood": "a", "inkhollow": "a", "carrowby": "a", "pagewell": "b",
                  "saitenhof": "b"},
    "holdout21": {"posyridge": "a", "voltcairn": "a", "quadlark": "a", "auenkiel": "b",
                  "schrittmass": "b", "donaufunk": "c", "brunnmatt": "c"},
    "holdout22": {"slabcrest": "a", "burnhollow": "a", "apexmoor": "a", "feinmark": "b",
                  "gripstone": "b", "lagerfunke": "c", "losfink": "c"},
}  # fmt: skip
OUT = Path(os.environ.get("WORDING_GATE_DIR", Path(tempfile.gettempdir()) / "wording-gate"))


def read_sets() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(GUIDANCE.glob("drafts_*.jsonl")):
        name = path.stem.removeprefix("drafts_")
        if name in NEVER or re.fullmatch(r"de\d*|valid5_de", name):
            continue
        found.append((name, path))
    if DEV_HALF.exists():
        found.append(("h24a", DEV_HALF))
    return found


def sentences_by_writer() -> dict[str, list[str]]:
    from openline.guidance.detectors import german
    from openline.guidance.detectors.wording import scored_text, sentences

    by_writer: dict[str, dict[str, None]] = defaultdict(dict)
    for name, path in read_sets():
        for line in path.read_text("utf-8").splitlines():
            if not line:
                continue
            draft = json.loads(line)
            text = draft["text"]
            if german.looks_german(text):
                continue
            writer = name + SPLITS.get(name, {}).get(draft.get("company", ""), "")
            for start, end in sentences(text):
                by_writer[writer][scored_text(text[start:end])] = None
    corpus = HERE.parent / "src" / "openline" / "language" / "data" / "wording_train.jsonl"
    for line in corpus.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["label"] in ("legal_risk", "hostile_tone"):
            by_writer["corpus"][row["text"]] = None
    return {writer: list(texts) for writer, texts in by_writer.items()}


def embedded(texts: list[str]) -> np.ndarray:
    """The product's embedding of each text, cached in OUT/embeddings.npz."""
    from openline.language import embed

    path = OUT / "embeddings.npz"
    index: dict[str, int] = {}
    vectors = np.zeros((0, 384), dtype=np.float32)
    if path.exists():
        data = np.load(path, allow_pickle=False)
        index = {str(t): i for i, t in enumerate(data["texts"])}
        vectors = data["vectors"]
    missing = [t for t in dict.fromkeys(texts) if t not in index]
    if missing:
        print(f"embedding {len(missing)} texts", file=sys.stderr, flush=True)
        new = [embed(missing[i : i + 128]) for i in range(0, len(missing), 128)]
        vectors = np.vstack([vectors, *new])
        for text in missing:
            index[text] = len(index)
        OUT.mkdir(parents=True, exist_ok=True)
        np.savez(path, texts=np.array(list(index), dtype=str), vectors=vectors)
    return vectors[[index[t] for t in texts]]


RIDGE_ALPHA = 1.0  # the pieces' ridge; 0.3 and 3.0 settled 15,776 and 12,808 in-sample


def limits(texts: list[str], cues: bool) -> dict[str, np.ndarray]:
    """Per label, each sentence's threshold as the guidance check applies it
    (detectors.wording.reachable_kinds): hostile tone at TONE_CUED_THRESHOLD where the sentence
    holds a cue of it and the cues are on."""
    from openline.guidance.detectors.tone_cues import cued
    from openline.guidance.detectors.wording import THRESHOLDS, TONE_CUED_THRESHOLD

    out = {label: np.full(len(texts), t) for label, t in THRESHOLDS.items()}
    if cues:
        lower = np.array([cued(text) for text in texts], dtype=bool)
        out["hostile_tone"] = np.where(lower, TONE_CUED_THRESHOLD, THRESHOLDS["hostile_tone"])
    return out


def pieces_matrix(texts: list[str]):
    """(texts, word-piece vocabulary), sparse: each of a text's word pieces counts 1/n."""
    import scipy.sparse as sparse

    from openline.language.embedders import word_pieces_tokenizer

    tokenizer = word_pieces_tokenizer()
    rows, columns, values = [], [], []
    for row, encoding in enumerate(tokenizer.encode_batch(texts)):
        for piece in encoding.ids:
            rows.append(row)
            columns.append(piece)
            values.append(1.0 / len(encoding.ids))
    shape = (len(texts), tokenizer.get_vocab_size())
    return sparse.csr_matrix((values, (rows, columns)), shape=shape), [
        e.ids for e in tokenizer.encode_batch(texts)
    ]


def fit_pieces(matrix, targets: np.ndarray, pairs: list, pieces: list[list[int]]):
    """wording.PiecesReach fitted on the rows given, with the bound its own rows set."""
    from sklearn.linear_model import Ridge

    from openline.language.wording import PiecesReach

    model = Ridge(alpha=RIDGE_ALPHA).fit(matrix, targets)
    reach = PiecesReach(
        pairs=tuple(pairs),
        weights=np.ascontiguousarray(model.coef_.T, dtype=np.float32),
        intercept=model.intercept_.astype(np.float32).astype(np.float64),
        bound=np.zeros(len(pairs)),
    )
    guesses = np.array([reach.guess(p) for p in pieces])
    bound = np.ceil((targets - guesses).max(axis=0) * 100) / 100
    return PiecesReach(reach.pairs, reach.weights, reach.intercept, bound)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--margin", type=float, default=None, help="default: REACH_MARGIN")
    parser.add_argument("--pieces", action="store_true", help="the word pieces' bound too")
    parser.add_argument("--write-reach", action="store_true", help="write wording_reach.npz")
    parser.add_argument(
        "--cues", choices=["on", "off"], default=None, help="default: GUIDANCE_TONE_CUES"
    )
    parser.add_argument(
        "--shipped", action="store_true", help="the shipped bounds at lower margins (fast)"
    )
    parser.add_argument("--base", type=float, default=0.5, help="--shipped's margin to compare")
    options = parser.parse_args()
    import django

    django.setup()
    if options.shipped:
        return shipped(-2.0 if options.margin is None else options.margin, options.base)
    from django.conf import settings

    if options.cues is None:
        options.cues = "on" if settings.OPENLINE.get("GUIDANCE_TONE_CUES", False) else "off"
    from openline.guidance.detectors.wording import THRESHOLDS
    from openline.language import wording

    margin = wording.REACH_MARGIN if options.margin is None else options.margin
    h = wording.head()
    classes = list(h.head.classes)
    by_writer = sentences_by_writer()
    dense: dict[str, np.ndarray] = {}
    terms: dict[str, np.ndarray] = {}
    limit = {w: limits(texts, options.cues == "on") for w, texts in by_writer.items()}
    for writer, texts in by_writer.items():
        dense[writer] = h.dense_logits(embedded(texts))
        terms[writer] = np.zeros_like(dense[writer])
        for row, text in enumerate(texts):
            found = h.found_terms(text)
            if found:
                terms[writer][row] = h.term_logits(found)
    pairs = [(label, other) for label in THRESHOLDS for other in classes if other != label]
    col = {name: classes.index(name) for name in classes}

    def gap(logits: np.ndarray, label: str, other: str) -> np.ndarray:
        return logits[:, col[label]] - logits[:, col[other]]

    def reach(writers: list[str]) -> dict[tuple[str, str], float]:
        return {p: max(float(gap(dense[w], *p).max()) for w in writers) for p in pairs}

    def open_rows(writer: str, bounds: dict[tuple[str, str], float], extra: float) -> dict:
        """Per label, the rows the gate leaves to the model."""
        out = {}
        for label in THRESHOLDS:
            threshold = limit[writer][label]
            needed = np.log(threshold / (1 - threshold))
            ok = np.ones(len(by_writer[writer]), dtype=bool)
            for other in classes:
                if other != label:
                    t = gap(terms[writer], label, other)
                    ok &= t + bounds[label, other] + extra >= needed
            out[label] = ok
        return out

    def least_margin(writer: str, bounds: dict[tuple[str, str], float]) -> float:
        """The least margin at which the bounds settle none of the writer's findings."""
        found = found_rows(writer)
        most = -np.inf
        for label in THRESHOLDS:
            rows = found[label]
            if not rows.any():
                continue
            threshold = limit[writer][label][rows]
            needed = np.log(threshold / (1 - threshold))
            for other in classes:
                if other != label:
                    t = gap(terms[writer], label, other)[rows]
                    most = max(most, float((needed - t - bounds[label, other]).max()))
        return most

    def found_rows(writer: str) -> dict:
        logits = dense[writer] + terms[writer]
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return {label: p[:, col[label]] >= limit[writer][label] for label in THRESHOLDS}

    total = sum(len(t) for t in by_writer.values())
    print(f"{total} sentences: " + ", ".join(f"{w} {len(t)}" for w, t in by_writer.items()))
    cued = sum(int((limit[w]["hostile_tone"] < THRESHOLDS["hostile_tone"]).sum()) for w in limit)
    print(f"tone cues {options.cues}: {cued} sentences judged at the cued hostile threshold")
    everyone = list(by_writer)
    bounds = reach(everyone)
    print("\nDENSE_REACH = {  # the largest dense difference, per label and other class")
    for (label, other), value in bounds.items():
        print(f"    ({label!r}, {other!r}): {np.ceil(value * 100) / 100:.2f},")
    print("}")
    print("\nper pair, the writer whose sentence set the maximum, and the 99.9th percentile:")
    for pair in pairs:
        best = max(everyone, key=lambda w: float(gap(dense[w], *pair).max()))
        allgaps = np.concatenate([gap(dense[w], *pair) for w in everyone])
        print(
            f"  {pair}: max {bounds[pair]:.2f} ({best})  p99.9 {np.percentile(allgaps, 99.9):.2f}"
        )

    print(f"\nleave one writer out, margin {margin}: the writer judged by the others' reach")
    print(
        f"{'writer':12} {'sentences':>9} {'model':>7} {'found':>6} {'settled':>8} {'beyond':>7}"
        f" {'needs':>6}"
    )
    lost = 0
    needs = -np.inf
    for writer in everyone:
        others = [w for w in everyone if w != writer]
        bounds_out = reach(others)
        rows = open_rows(writer, bounds_out, margin)
        found = found_rows(writer)
        settled_found = sum(int((found[k] & ~rows[k]).sum()) for k in THRESHOLDS)
        beyond = sum(
            int((gap(dense[writer], *p) > bounds_out[p]).sum()) for p in pairs
        )  # sentences x pairs past the others' reach
        model = int(np.logical_or.reduce(list(rows.values())).sum())
        n = len(by_writer[writer])
        found_n = int(np.logical_or.reduce(list(found.values())).sum())
        need = least_margin(writer, bounds_out)
        needs = max(needs, need)
        print(f"{writer:12} {n:9} {model:7} {found_n:6} {settled_found:8} {beyond:7} {need:6.2f}")
        lost += settled_found
    print(f"head findings the others' reach would have settled: {lost}; largest need {needs:.2f}")

    print("\nsentences of the read sets (not the corpus) left to the model, by margin:")
    drafts = [w for w in everyone if w != "corpus"]
    n = sum(len(by_writer[w]) for w in drafts)
    for extra in (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0):
        left = sum(
            int(np.logical_or.reduce(list(open_rows(w, bounds, extra).values())).sum())
            for w in drafts
        )
        print(f"  margin {extra}: {left}/{n} = {100 * left / n:.1f} %")
    if options.pieces or options.write_reach:
        pieces_section(options, by_writer, dense, terms, pairs, col, classes, margin, bounds, limit)
    return 0


def shipped(margin: float, base: float) -> int:
    """--shipped (session 30, speed-v25): the gate as the code runs it, with the shipped
    DENSE_REACH and word pieces' bound (wording_reach.npz), at margins below the shipped one.
    A sentence stays open for a label at margin m when m >= its "opening" (the largest, over the
    other classes, of the threshold's log-odds minus the terms' difference minus the bound).
    Only the sentences the shipped margin leaves open and the lowest margin asked would settle
    are embedded (a finding elsewhere is settled by the shipped gate already, or stays open);
    per writer it prints how many head findings each margin settles (must be 0) and the
    largest opening of a finding among them, then the sentences left to the model by margin."""
    from openline.guidance.detectors.wording import THRESHOLDS
    from openline.language import wording
    from openline.language.embedders import word_pieces

    h = wording.head()
    classes = list(h.head.classes)
    col = {name: i for i, name in enumerate(classes)}
    pairs = [(label, other) for label in THRESHOLDS for other in classes if other != label]
    reach = wording.pieces_reach()
    grid = sorted({margin, -1.5, -1.0, -0.5, 0.0})
    lowest = min(grid)
    lost = dict.fromkeys(grid, 0)
    left = dict.fromkeys([*grid, base], 0)
    total = 0
    print(f"the shipped bounds, margins {grid} against {base}:")
    for writer, texts in sentences_by_writer().items():
        limit = limits(texts, True)
        terms = np.zeros((len(texts), len(classes)))
        guesses = np.full((len(texts), len(pairs)), np.inf)
        for row, text in enumerate(texts):
            found = h.found_terms(text)
            if found:
                terms[row] = h.term_logits(found)
            if reach is not None:
                guess = reach.guess(word_pieces(text)) + reach.bound
                guesses[row] = [guess[reach.pairs.index(pair)] for pair in pairs]
        opening = {}
        for label in THRESHOLDS:
            needed = np.log(limit[label] / (1 - limit[label]))
            worst = np.full(len(texts), -np.inf)
            for k, (a, other) in enumerate(pairs):
                if a == label:
                    most = np.minimum(wording.DENSE_REACH[a, other], guesses[:, k])
                    worst = np.maximum(
                        worst, needed - (terms[:, col[a]] - terms[:, col[other]]) - most
                    )
            opening[label] = worst
        if writer != "corpus":
            total += len(texts)
            for m in left:
                left[m] += int(np.logical_or.reduce([opening[k] <= m for k in THRESHOLDS]).sum())
        asked = np.flatnonzero(
            np.logical_or.reduce([(opening[k] <= base) & (opening[k] > lowest) for k in THRESHOLDS])
        )
        logits = h.dense_logits(embedded([texts[i] for i in asked])) + terms[asked]
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        here = dict.fromkeys(grid, 0)
        most = -np.inf
        for label in THRESHOLDS:
            at = opening[label][asked]
            found = (p[:, col[label]] >= limit[label][asked]) & (at <= base)
            if found.any():
                most = max(most, float(at[found].max()))
            for m in grid:
                here[m] += int((found & (at > m)).sum())
        for m in grid:
            lost[m] += here[m]
        settled = " ".join(f"{m:+.1f}:{here[m]}" for m in grid)
        print(f"{writer:12} {len(texts):6} embedded {len(asked):5} findings settled {settled}"
              f"  largest opening of a finding among them {most:6.2f}")  # fmt: skip
    print("head findings settled, by margin:", lost)
    print("read sets' sentences (not the corpus) left to the model, by margin:")
    for m, n in sorted(left.items()):
        print(f"  margin {m:+.1f}: {n}/{total} = {100 * n / total:.1f} %")
    return 0


def pieces_section(
    options, by_writer, dense, terms, pairs, col, classes, margin, bounds, limit
) -> int:
    from openline.guidance.detectors.wording import THRESHOLDS
    from openline.language import wording

    everyone = list(by_writer)
    texts = [t for w in everyone for t in by_writer[w]]
    owner = np.array([i for i, w in enumerate(everyone) for _ in by_writer[w]])
    matrix, pieces = pieces_matrix(texts)
    all_dense = np.vstack([dense[w] for w in everyone])
    all_terms = np.vstack([terms[w] for w in everyone])
    targets = np.stack([all_dense[:, col[a]] - all_dense[:, col[b]] for a, b in pairs], axis=1)
    logits = all_dense + all_terms
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    threshold = {label: np.concatenate([limit[w][label] for w in everyone]) for label in THRESHOLDS}
    found = np.zeros(len(texts), dtype=bool)
    for label in THRESHOLDS:
        found |= p[:, col[label]] >= threshold[label]

    def least_margin(reach, rows: np.ndarray, dense_bounds: dict) -> float:
        """The least margin at which the bound settles none of these rows' findings."""
        guesses = np.array([reach.guess(pieces[r]) for r in rows]) + reach.bound
        most = -np.inf
        for label in THRESHOLDS:
            held = rows[p[rows, col[label]] >= threshold[label][rows]]
            if not len(held):
                continue
            at = np.searchsorted(rows, held)
            needed = np.log(threshold[label][held] / (1 - threshold[label][held]))
            for k, (a, other) in enumerate(pairs):
                if a == label:
                    bound = np.minimum(dense_bounds[a, other], guesses[at, k])
                    t = all_terms[held, col[a]] - all_terms[held, col[other]]
                    most = max(most, float((needed - t - bound).max()))
        return most

    def settled(reach, rows: np.ndarray, dense_bounds: dict) -> np.ndarray:
        guesses = np.array([reach.guess(pieces[r]) for r in rows]) + reach.bound
        out = np.ones(len(rows), dtype=bool)
        for label in THRESHOLDS:
            t_row = threshold[label][rows]
            needed = np.log(t_row / (1 - t_row))
            still = np.ones(len(rows), dtype=bool)
            for k, (a, other) in enumerate(pairs):
                if a != label:
                    continue
                most = np.minimum(dense_bounds[a, other], guesses[:, k])
                t = all_terms[rows, col[a]] - all_terms[rows, col[other]]
                still &= t + most + margin >= needed
            out &= ~still
        return out

    print(f"\nword pieces' bound (ridge alpha {RIDGE_ALPHA}), leave one writer out, margin", margin)
    print(
        f"{'writer':12} {'sentences':>9} {'model':>7} {'settled':>8} {'lost':>5} {'beyond':>7}"
        f" {'needs':>6}"
    )
    lost = 0
    needs = -np.inf
    for w, writer in enumerate(everyone):
        train = np.flatnonzero(owner != w)
        rows = np.flatnonzero(owner == w)
        reach = fit_pieces(matrix[train], targets[train], pairs, [pieces[r] for r in train])
        others = {pr: float(targets[train, k].max()) for k, pr in enumerate(pairs)}
        ok = settled(reach, rows, others)
        guesses = np.array([reach.guess(pieces[r]) for r in rows]) + reach.bound
        beyond = int((targets[rows] > guesses).sum())
        lost_here = int((ok & found[rows]).sum())
        lost += lost_here
        model = int((~ok).sum())
        need = least_margin(reach, rows, others)
        needs = max(needs, need)
        print(
            f"{writer:12} {len(rows):9} {model:7} {int(ok.sum()):8} {lost_here:5} {beyond:7}"
            f" {need:6.2f}"
        )
    print(
        f"head findings the others' pieces bound would have settled: {lost}; "
        f"largest need {needs:.2f}"
    )
    reach = fit_pieces(matrix, targets, pairs, pieces)
    print("bound (guess + this):", dict(zip(pairs, reach.bound.tolist(), strict=True)))
    drafts = np.flatnonzero(owner != everyone.index("corpus"))
    ok = settled(reach, drafts, bounds)
    print(f"read sets' sentences left to the model: {int((~ok).sum())}/{len(drafts)}")
    if options.write_reach:
        path = wording.PIECES_REACH_PATH
        np.savez_compressed(
            path,
            head=np.array(wording.HEADS_SHA256),
            pairs=np.array(pairs, dtype=str),
            weights=reach.weights,
            intercept=reach.intercept.astype(np.float32),
            bound=reach.bound.astype(np.float32),
        )
        import hashlib

        print(f"wrote {path}: SHA-256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
