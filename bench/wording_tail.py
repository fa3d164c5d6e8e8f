"""Leave-one-set-out for the shipped kind of wording head (bench/wording_v6.py `frozen:baseline`)
and for reading a sentence both alone and with the short sentences after it on the same line
(branch wording-v9, issue 13). Measured there and not shipped: bench/README.md, wording-v9.

detectors.wording.sentences() reads a short sentence ("Speak soon.", "Anyway.") with the one
before it: after a sentence it can be the barb. It can also dilute an admission ("… burnt out.
Speak soon."). The "tail" figures score such a sentence twice, with its short tail and without
(detectors.wording.sentence_parts gives where its first sentence ends), and take the higher
score per kind; every other sentence is scored once. One fit per fold gives both figures: the
extra texts are only scored, not trained on. Needs `wording_v6.py collect` first (same
WORDING_V6_DIR). Run from the repository root:

    PYTHONPATH=src .venv/bin/python bench/wording_tail.py --sets dev,holdout,…,holdout8a
    WORDING_CORPUS_BATCH9=0 PYTHONPATH=src .venv/bin/python bench/wording_tail.py …  # no batch 9
"""

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import wording_v6 as v6  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", required=True)
    parser.add_argument("--fixed", default="0.83/0.88,0.83/0.93", help="pairs to report too")
    parser.add_argument("--label", default="")
    options = parser.parse_args()
    import django

    django.setup()
    import wording_corpus
    import wording_variants as variants

    from openline.guidance.detectors.wording import scored_text, sentence_parts

    names = options.sets.split(",")
    drafts = v6.load_drafts()
    prepared = {n: v6.Prepared(drafts[n]) for n in names}
    augmented, owners, merged = {}, {}, 0
    for n in names:
        rows, owner, i = [], [], 0
        for d in drafts[n]:
            extra = []
            if d["spans"]:
                parts = sentence_parts(d["text"])
                assert [[s, e] for s, e, _ in parts] == [list(x) for x in d["spans"]], d["id"]
                for j, (s, e, h) in enumerate(parts):
                    if h < e:
                        extra.append(scored_text(d["text"][s:h]))
                        owner.append(i + j)
            i += len(d["spans"])
            rows.append({**d, "scored": d["scored"] + extra})
        merged += len(owner)
        augmented[n], owners[n] = rows, owner
    print(f"{merged} sentences read with a short tail in {len(names)} sets", flush=True)
    # The scores come in Prepared's order only per draft; rebuild each set's list: a draft's own
    # sentences, then its extra texts.
    started = time.time()
    corpus = wording_corpus.rows(drafts=False)
    raw = variants.parse("frozen:baseline")(corpus, augmented, v6.Store())
    base, tail = {}, {}
    for n in names:
        own, extra = [], []
        k = 0
        for d, a in zip(drafts[n], augmented[n], strict=True):
            own.append(raw[n][k : k + len(d["scored"])])
            extra.append(raw[n][k + len(d["scored"]) : k + len(a["scored"])])
            k += len(a["scored"])
        assert k == len(raw[n])
        b = np.vstack(own) if own else np.zeros((0, 2))
        x = np.vstack(extra) if extra else np.zeros((0, 2))
        t = b.copy()
        for j, i in enumerate(owners[n]):
            t[i] = np.maximum(t[i], x[j])
        base[n], tail[n] = b, t
    np.savez(v6.OUT / f"scores-tail{options.label}.npz", **{f"base_{n}": base[n] for n in names},
             **{f"tail_{n}": tail[n] for n in names})  # fmt: skip
    print(f"fitted in {time.time() - started:.0f} s", flush=True)
    pairs = []
    for p in options.fixed.split(","):
        a, b = (float(v) for v in p.split("/"))
        pairs.append((int(np.abs(v6.GRID - a).argmin()), int(np.abs(v6.GRID - b).argmin())))
    for label, scores in (("baseline", base), ("tail", tail)):
        tables = v6.tables_for(prepared, scores)
        v6.report(f"{label}{options.label} 1%", tables, names, 0.01)
        for budget in (0.005, 0.02):
            v6.report(f"{label}{options.label} {budget:.1%}", tables, names, budget, quiet=True)
        for pair in pairs:
            v6.report(
                f"{label}{options.label} fixed {v6.GRID[pair[0]]:.4f}/{v6.GRID[pair[1]]:.4f}",
                tables, names, 0.01, fixed=pair,
            )  # fmt: skip
    summary = {n: len(owners[n]) for n in names}
    print(json.dumps({"merged": summary}))


if __name__ == "__main__":
    main()
