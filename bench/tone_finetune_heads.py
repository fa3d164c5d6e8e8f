"""Session 36 (tone-finetune-v31): the product-side steps of the fine-tuning feasibility
measurement (bench/tone_finetune_train.py fine-tunes; this file selects, fits the shipped recipe
and reports), over the units collected by bench/tone_finetune_collect.py.

    B="nice -n 5 /work/main/.venv/bin/python bench/tone_finetune_heads.py"  # PYTHONPATH=src
    $B select /tmp/tone-ft      # the training rows and every text to cache (OUT/texts.json)
    $B baseline /tmp/tone-ft    # per fold the shipped recipe on the same rows; embed() check
    $B refit /tmp/tone-ft       # arm ftr, after tone_finetune_train.py --dense-only
    $B report /tmp/tone-ft shipped base ft1 ft2 ftd2 ftr   # wording_lowo's rule, per budget

`select`: the corpus (data/wording_train.jsonl, the shipped file) is subsampled so that the
fine-tuning fits this machine: CORPUS_SAMPLE rows per label, a fixed seed; a corpus row whose
text is a sentence of a held-out unit is dropped. Every unit sentence is cached; a fold trains on
the corpus sample plus the OTHER fold's unit sentences, labelled from their expected clauses as
wording_lowo.sentence_labels does (legal first, then tone, no third label).

`baseline`: per fold, the shipped recipe (training.fit_sparse_head on the standardised
embedding and the weighted bag of terms, C = WORDING_C, balanced classes, vocabulary of the fold's
texts) on exactly the rows the fine-tuned arm trains on, with the graph's pooled embedding
(tone_finetune_states); its held-out probabilities are arm `base`. It writes OUT/fold{i}.npz for
the fine-tuning: the dense part of the head (which initialises the fine-tuned head) and each
row's bag-of-terms logits (kept fixed, so that before training the fine-tuned model IS this
head). Arm `shipped` is the shipped heads file read on the units (trained on the full corpus,
which none of these units is in). It also checks the cached embedding against embed().

`report`: per arm, per unit, wording_lowo.Prepared's tables, thresholds chosen for each unit on
the other units' held-out scores (wording_lowo.evaluate/choose), at the 0.5 %, 1 % and 2 %
budgets.
"""

import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import numpy as np  # noqa: E402

CORPUS_SAMPLE = {"legal_risk": 1500, "hostile_tone": 1500, "none": 3000}
UNIT_CLEAN_SAMPLE = 3000  # a fold's clean sentences of the other fold's units that train
SEED = 36
LABEL_ORDER = ("legal_risk", "hostile_tone", "insider_disclosure")  # wording_lowo.LABELS


def units(out: Path) -> dict[str, list[dict]]:
    return json.loads((out / "drafts.json").read_text("utf-8"))


def unit_sentences(rows: list[dict]) -> tuple[list[str], list[str]]:
    from wording_lowo import sentence_labels

    texts, labels = [], []
    for d in rows:
        texts += d["scored"]
        labels += sentence_labels(d, insider=False)
    return texts, labels


def select(out: Path) -> None:
    from openline.language.training import WORDING_CORPUS_PATH

    seen = {t for rows in units(out).values() for d in rows for t in d["scored"]}
    corpus = [json.loads(line) for line in WORDING_CORPUS_PATH.read_text("utf-8").splitlines()]
    dropped = sum(r["text"] in seen for r in corpus)
    corpus = [r for r in corpus if r["text"] not in seen and r["label"] in CORPUS_SAMPLE]
    rng = random.Random(SEED)
    sample = []
    for label, n in CORPUS_SAMPLE.items():
        of = [r for r in corpus if r["label"] == label]
        sample += rng.sample(of, min(n, len(of)))
    (out / "corpus_sample.json").write_text(json.dumps(sample, ensure_ascii=False), "utf-8")
    texts = sorted({r["text"] for r in sample} | seen)
    (out / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    print(f"corpus rows dropped as unit sentences: {dropped}; sample {len(sample)}; "
          f"texts {len(texts)}")  # fmt: skip


def folds() -> tuple[tuple[str, ...], ...]:
    from tone_finetune_collect import FOLDS

    return FOLDS


def baseline(out: Path) -> None:
    from openline.language import embed
    from openline.language import wording as head_module
    from openline.language.training import (
        WORDING_C,
        fit_sparse_head,
        vocabulary,
        weighted_terms,
    )  # fmt: skip

    texts = json.loads((out / "texts.json").read_text("utf-8"))
    index = {t: i for i, t in enumerate(texts)}
    emb = np.load(out / "states.npz")["embedding"]
    probe = texts[:: max(1, len(texts) // 300)][:300]
    cos = (np.asarray(embed(probe)) * emb[[index[t] for t in probe]]).sum(1)
    print(f"cached graph embedding vs embed() on {len(probe)} texts: cosine min {cos.min():.7f}")
    sample = json.loads((out / "corpus_sample.json").read_text("utf-8"))
    all_units = units(out)
    scores: dict[str, dict[str, np.ndarray]] = {"base": {}, "shipped": {}}
    shipped = head_module.head()
    for name, rows in all_units.items():
        ss, _ = unit_sentences(rows)
        p = np.zeros((len(ss), 3))
        if ss:
            probs = shipped.probabilities(ss, emb[[index[t] for t in ss]])
            for k, label in enumerate(LABEL_ORDER):
                if label in shipped.head.classes:
                    p[:, k] = probs[:, shipped.head.classes.index(label)]
        scores["shipped"][name] = p
    for f, held in enumerate(folds()):
        train_t = [r["text"] for r in sample]
        train_y = [r["label"] for r in sample]
        other_t, other_y = [], []
        for name, rows in all_units.items():
            if name not in held:
                t, y = unit_sentences(rows)
                other_t += t
                other_y += y
        clean = [i for i, y in enumerate(other_y) if y == "none"]
        keep = set(random.Random(SEED + f).sample(clean, min(UNIT_CLEAN_SAMPLE, len(clean))))
        keep |= {i for i, y in enumerate(other_y) if y != "none"}
        train_t += [other_t[i] for i in sorted(keep)]
        train_y += [other_y[i] for i in sorted(keep)]
        vocab = vocabulary(train_t)
        dense = emb[[index[t] for t in train_t]]
        terms_train = weighted_terms(train_t, vocab)
        arrays = fit_sparse_head(dense, terms_train, train_y, WORDING_C)
        classes = [str(c) for c in arrays["classes"]]
        width = dense.shape[1]
        w_terms = arrays["weights"][:, width:]
        eval_t = [t for name in held for t in unit_sentences(all_units[name])[0]]
        np.savez(
            out / f"fold{f}.npz",
            train_index=np.array([index[t] for t in train_t]),
            train_label=np.array([classes.index(y) for y in train_y]),
            train_terms=np.asarray(terms_train @ w_terms.T, np.float32),
            eval_index=np.array([index[t] for t in eval_t], dtype=np.int64),
            eval_terms=np.asarray(weighted_terms(eval_t, vocab) @ w_terms.T, np.float32),
            weights=arrays["weights"][:, :width],
            bias=arrays["bias"],
            mean=arrays["mean"][:width],
            scale=arrays["scale"][:width],
            classes=np.array(classes),
            eval_units=np.array(held),
            eval_counts=np.array([len(unit_sentences(all_units[n])[0]) for n in held]),
        )
        logits = (emb[[index[t] for t in eval_t]] - arrays["mean"][:width]) / arrays["scale"][
            :width
        ] @ arrays["weights"][:, :width].T + arrays["bias"]
        logits = logits + np.load(out / f"fold{f}.npz")["eval_terms"]
        at = 0
        for name in held:
            n = len(unit_sentences(all_units[name])[0])
            scores["base"][name] = to_order(logits[at : at + n], classes)
            at += n
        print(f"fold {f}: {len(train_t)} rows ({sum(y != 'none' for y in train_y)} not none), "
              f"{len(vocab)} terms, held out {len(eval_t)} sentences", flush=True)  # fmt: skip
    for arm, per in scores.items():
        np.savez(out / f"scores-{arm}.npz", **per)


def refit(out: Path) -> None:
    """Arm `ftr`: per fold, the shipped recipe refitted on the fine-tuned layer's embedding
    (bench/tone_finetune_train.py --dense-only wrote OUT/ftemb-fold{i}.npz) and the same bag of
    terms, on the same rows; the held-out units scored with it."""
    from openline.language.training import WORDING_C, fit_sparse_head, vocabulary, weighted_terms

    texts = json.loads((out / "texts.json").read_text("utf-8"))
    for f in range(len(folds())):
        fold = np.load(out / f"fold{f}.npz")
        got = np.load(out / f"ftemb-fold{f}.npz")
        where = {int(i): r for r, i in enumerate(got["train_index"])}
        classes = [str(c) for c in fold["classes"]]
        train_t = [texts[i] for i in fold["train_index"]]
        train_y = [classes[k] for k in fold["train_label"]]
        vocab = vocabulary(train_t)
        dense = got["train"][[where[int(i)] for i in fold["train_index"]]]
        arrays = fit_sparse_head(dense, weighted_terms(train_t, vocab), train_y, WORDING_C)
        width = dense.shape[1]
        eval_t = [texts[i] for i in fold["eval_index"]]
        logits = (got["eval"] - arrays["mean"][:width]) / arrays["scale"][:width] @ arrays[
            "weights"
        ][:, :width].T + arrays["bias"]
        logits = logits + np.asarray(weighted_terms(eval_t, vocab) @ arrays["weights"][:, width:].T)
        p = to_order(logits, [str(c) for c in arrays["classes"]])
        per, at = {}, 0
        for name, n in zip(fold["eval_units"], fold["eval_counts"], strict=True):
            per[str(name)] = p[at : at + n]
            at += n
        np.savez(out / f"scores-ftr-fold{f}.npz", **per)
        print(f"fold {f}: refitted on {len(train_t)} rows", flush=True)


def to_order(logits: np.ndarray, classes: list[str]) -> np.ndarray:
    """Softmax of a head's logits, as (legal, tone, insider) columns (wording_lowo's order)."""
    z = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    return np.stack(
        [p[:, classes.index(k)] if k in classes else np.zeros(len(p)) for k in LABEL_ORDER],
        axis=1,
    )


def report(out: Path, arms: list[str]) -> None:
    from wording_lowo import BUDGETS, KINDS, Prepared, evaluate, pct

    all_units = units(out)
    names = list(all_units)
    prepared = {n: Prepared(all_units[n]) for n in names}
    for arm in arms:
        data = {}
        for path in [out / f"scores-{arm}.npz", *sorted(out.glob(f"scores-{arm}-fold*.npz"))]:
            if path.exists():
                data.update(dict(np.load(path)))
        tables = {n: prepared[n].table(data[n]) for n in names}
        for budget in BUDGETS:
            r = evaluate(tables, names, budget, third=False, quiet="-v" not in sys.argv)
            f, t = r["found"], r["total"]
            print(
                f"{arm:8s} {budget:.1%}: "
                + "  ".join(
                    f"{k[:5]} {pct(a, b)}" for k, a, b in zip(KINDS[:2], f, t, strict=False)
                )
                + f"  legal+tone {100 * (f[0] / t[0] + f[1] / t[1]):.1f}"
                + f"  head-only {r['h']}/{r['clean']} ({r['h'] / r['clean']:.1%})",
                flush=True,
            )


def main() -> None:
    import django

    django.setup()
    command, out = sys.argv[1], Path(sys.argv[2])
    if command == "select":
        select(out)
    elif command == "baseline":
        baseline(out)
    elif command == "refit":
        refit(out)
    elif command == "report":
        report(out, [a for a in sys.argv[3:] if not a.startswith("-")])


if __name__ == "__main__":
    main()
