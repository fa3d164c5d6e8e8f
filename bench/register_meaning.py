"""The register's facts told without their names (session 18, register-v13, issue 13): a
sentence that says what a register entry's note says ("season passes are going up a fair bit",
note "unannounced season-pass price increase") is the item, named or not. Every sentence the
wording head reads (wording.sentences, English drafts) is compared with every entry's note by
meaning (the MiniLM embedding the wording head computes, against the note's) and by the note's
words and concepts; a small logistic head (register_meaning.FEATURES) decides. Judged leave one
writer out over the read English writers (register_sense.SPLITS, with holdout12's writer a):

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_meaning.py
    … bench/register_meaning.py --write     # trains on every read writer, writes the weights

A sentence is labelled an item when it overlaps an expected internal_reference, else not; the
sentences of other kinds' expected clauses are left out of the negatives only when they also
overlap an internal reference. Reported per writer: register recall of the engine alone and
with the head's findings (a sentence the engine already flags adds nothing), and clean drafts
that only the head flags, at several thresholds; the threshold is chosen on the other writers.
Sentence embeddings are cached in REGISTER_MEANING_CACHE (default bench/results/).
"""

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

CACHE = Path(
    os.environ.get("REGISTER_MEANING_CACHE", HERE / "results" / "register_meaning_embeddings.npz")
)
KIND = "internal_reference"
import wording_lowo  # noqa: E402 - the path is set above

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def all_writers() -> dict[str, list[dict]]:
    import register_sense

    return register_sense.writers()


def collect(writers: dict[str, list[dict]], built: dict) -> list[dict]:
    """One row per (draft, sentence the wording head reads): its text, whether the engine's
    register check flags it, its label."""
    from register_sense import spans_of, touches

    from openline.guidance.detectors import german, internal, register_meaning, wording

    rows = []
    for writer, drafts in writers.items():
        for draft in drafts:
            text = draft["text"]
            if german.looks_german(text):
                continue
            register, _ = built[draft["company"]]
            hits = [(h.start, h.end) for h in internal.detect(text, register)]
            items = spans_of(draft, KIND)
            spans = wording.sentences(text)
            for at, (start, end) in enumerate(spans):
                rows.append({
                    "inside_near": register_meaning.inside_near(text, spans, at),
                    "writer": writer, "id": draft["id"], "company": draft["company"],
                    "start": start, "end": end,
                    "sentence": wording.scored_text(text[start:end]),
                    "engine": touches(start, end, hits), "item": touches(start, end, items),
                    "clean": not draft["expected"],
                })  # fmt: skip
    return rows


def featurise(rows: list[dict], built: dict, store: wording_lowo.Store) -> list[np.ndarray]:
    """Each row's features against every note of its company's register (a matrix, one row
    per note; empty without notes), as the detector reads them."""
    from openline.guidance.detectors import register_meaning

    sentences = store.get([r["sentence"] for r in rows])
    by_company: dict[str, tuple] = {}
    for key, (register, _) in built.items():
        notes = register_meaning.notes_of(register)
        if notes:
            by_company[key] = (notes, store.get([n.meaning for n in notes]))
    width = len(register_meaning.FEATURES)
    out = []
    for i, row in enumerate(rows):
        found = by_company.get(row["company"])
        if not found:
            out.append(np.zeros((0, width), dtype=np.float32))
            continue
        notes, vectors = found
        sims = vectors @ sentences[i]
        out.append(register_meaning.features(row["sentence"], notes, sims, row["inside_near"]))
    return out


def chosen_rows(matrices: list[np.ndarray], params) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence, the note row the head scores highest (or the closest in meaning, with no
    head yet), and its probability."""
    width = next(m.shape[1] for m in matrices if len(m))
    x = np.zeros((len(matrices), width), dtype=np.float32)
    p = np.zeros(len(matrices))
    for i, m in enumerate(matrices):
        if not len(m):
            continue
        if params is None:
            j = int(np.argmax(m[:, 0]))
        else:
            q = probability(params, m)
            j = int(np.argmax(q))
            p[i] = q[j]
        x[i] = m[j]
    return x, p


def fit(x: np.ndarray, y: np.ndarray, c: float, weight: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=c, max_iter=4000, class_weight="balanced")
    model.fit((x - mean) / scale, y, sample_weight=weight)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0]), mean, scale


def probability(params, x: np.ndarray) -> np.ndarray:
    weights, bias, mean, scale = params
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ weights + bias)))


def report(rows: list[dict], p: np.ndarray, writers: list[str], threshold_of) -> None:
    """Per writer: register recall before/after (items = expected internal references, found
    when the engine or a flagged sentence overlaps them) and head-only clean drafts."""
    print(f"{'writer':<10}{'thr':>6}{'recall':>20}{'head-only clean':>18}{'added':>8}")
    pooled = defaultdict(int)
    for writer in writers:
        t = threshold_of(writer)
        mine = [(r, q) for r, q in zip(rows, p, strict=True) if r["writer"] == writer]
        items = [(r, q) for r, q in mine if r["item"]]
        before = sum(r["engine"] for r, _ in items)
        after = sum(r["engine"] or q >= t for r, q in items)
        clean_engine = {r["id"] for r, _ in mine if r["clean"] and r["engine"]}
        clean_head = {r["id"] for r, q in mine if r["clean"] and q >= t} - clean_engine
        clean = len({r["id"] for r, _ in mine if r["clean"]})
        added_false = sum(1 for r, q in mine if not r["item"] and not r["engine"] and q >= t)
        for k, v in (
            ("items", len(items)),
            ("before", before),
            ("after", after),
            ("clean", clean),
            ("head", len(clean_head)),
            ("false", added_false),
        ):
            pooled[k] += v  # fmt: skip
        print(f"{writer:<10}{t:>6.2f}{before:>8}→{after:<4}/{len(items):<5}"
              f"{len(clean_head):>8}/{clean:<8}{added_false:>6}")  # fmt: skip
    print(f"{'pooled':<16}{pooled['before']:>8}→{pooled['after']:<4}/{pooled['items']:<5}"
          f"{pooled['head']:>8}/{pooled['clean']:<8}{pooled['false']:>6}")  # fmt: skip


def fit_disclosure(vectors: np.ndarray, y: np.ndarray, c: float = 0.5):
    """The disclosure head: a logistic regression on the sentence's embedding alone, item
    sentences against the sentences of clean drafts (register_meaning.disclosed)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(vectors, y)
    width = vectors.shape[1]
    return (model.coef_[0].astype(np.float32), float(model.intercept_[0]),
            np.zeros(width, dtype=np.float32), np.ones(width, dtype=np.float32))  # fmt: skip


PAIRS = [(a, b) for a in (0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98)
         for b in (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95)]  # fmt: skip


def pair_report(rows: list[dict], p: np.ndarray, q: np.ndarray, budget: float) -> None:
    """Both heads (meaning ≥ a and disclosure ≥ b), the pair chosen on the other writers: the
    most item sentences added with head-only clean drafts within `budget` of their clean
    drafts. Per writer: register recall before → after, head-only clean drafts."""
    y = np.array([r["item"] for r in rows], dtype=bool)
    clean = np.array([r["clean"] for r in rows], dtype=bool)
    engine = np.array([r["engine"] for r in rows], dtype=bool)
    by = np.array([r["writer"] for r in rows])
    ids = np.array([r["id"] for r in rows])

    def stats(mask: np.ndarray, a: float, b: float) -> tuple[int, int]:
        hit = (p >= a) & (q >= b) & ~engine & mask
        return int((hit & y).sum()), len(set(ids[hit & clean]))

    print(f"\nboth heads, the pair chosen on the other writers (head-only clean ≤ {budget:.2%})")
    pooled = [0, 0, 0, 0, 0]
    for writer in dict.fromkeys(by):
        others = by != writer
        allowed = budget * len(set(ids[others & clean]))
        scored = [(stats(others, a, b), a, b) for a, b in PAIRS]
        fits = [(found, -a - b, a, b) for (found, flagged), a, b in scored if flagged <= allowed]
        a, b = (max(fits)[2], max(fits)[3]) if fits else (1.01, 1.01)
        mine = by == writer
        added, flagged = stats(mine, a, b)
        before = int((y & engine & mine).sum())
        items, cleans = int((y & mine).sum()), len(set(ids[mine & clean]))
        for i, v in enumerate((before, added, items, flagged, cleans)):
            pooled[i] += v
        print(f"{writer:<10}({a:.2f}, {b:.2f}) {before:>6}→{before + added:<4}/{items:<5}"
              f"{flagged:>6}/{cleans}")  # fmt: skip
    before, added, items, flagged, cleans = pooled
    print(f"{'pooled':<22}{before:>6}→{before + added:<4}/{items:<5}{flagged:>6}/{cleans}")


def cost(file: str, built: dict, runs: int = 300) -> int:
    """CPU time the check adds to a check of FILE's 2 KB sample draft (guidance_eval_companies'
    sample_draft, the p95 figure's draft), with the wording head's embeddings cached as after
    its own reading; and the cold cost of the notes' embeddings (once per register)."""
    import statistics

    from guidance_eval_companies import sample_draft

    from openline.guidance.detectors import register_meaning, wording
    from openline.language import wording as head

    path = Path(file)
    drafts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    register, _ = built[drafts[0]["company"]]
    text = sample_draft(drafts)
    head.score([wording.scored_text(text[a:b]) for a, b in wording.sentences(text)])
    register_meaning.detect(text, register, [])  # the notes embedded, the head loaded
    timings = []
    for _ in range(runs):
        begin = time.thread_time()
        register_meaning.detect(text, register, [])
        timings.append((time.thread_time() - begin) * 1000)
    timings.sort()
    fresh = []  # every sentence read anew (a pasted draft), the embeddings still the head's
    for _ in range(runs // 10):
        register_meaning.said.cache_clear()
        register_meaning._judged.clear()
        begin = time.thread_time()
        register_meaning.detect(text, register, [])
        fresh.append((time.thread_time() - begin) * 1000)
    fresh.sort()
    notes = register_meaning.register_notes(register)
    cold = []
    for _ in range(5):
        register_meaning._note_vectors.cache_clear()
        begin = time.thread_time()
        register_meaning._note_vectors(tuple(n.meaning for n in notes))
        cold.append((time.thread_time() - begin) * 1000)
    print(
        f"{path.stem}: {len(text)}-character draft, {len(wording.sentences(text))} sentences, "
        f"{len(notes)} notes; CPU per check p50 {statistics.median(timings):.2f} ms, p95 "
        f"{timings[int(0.95 * len(timings)) - 1]:.2f} ms; every sentence new: p50 "
        f"{statistics.median(fresh):.2f} ms, max {fresh[-1]:.2f} ms; the notes' embeddings, "
        "cold, once per "
        f"register: median {statistics.median(cold):.1f} ms (load average "
        f"{os.getloadavg()[0]:.1f})"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--budget", type=float, default=0.005, help="head-only clean drafts")
    parser.add_argument("--cost", metavar="FILE", help="CPU time per check on FILE's draft")
    parser.add_argument("--show", default="", help="writer whose flagged sentences to print")
    parser.add_argument("--only", default="", help="comma-separated feature names to keep")
    parser.add_argument(
        "--missed-weight",
        type=float,
        default=1.0,
        help="weight of item sentences the engine does not flag",
    )
    parser.add_argument(
        "--stages",
        type=int,
        default=2,
        help="1: the note closest in meaning; 2: the note a first head scores highest",
    )
    parser.add_argument(
        "--unflagged", action="store_true", help="train only on sentences the engine does not flag"
    )
    parser.add_argument(
        "--disclosure", action="store_true", help="both heads: meaning and disclosure (LOWO)"
    )
    parser.add_argument("--pair-budget", type=float, default=0.001, help="head-only clean drafts")
    options = parser.parse_args()

    import django

    django.setup()
    import register_sense

    from openline.guidance.detectors import register_meaning

    companies = json.loads((register_sense.GUIDANCE / "companies.json").read_text("utf-8"))
    built = register_sense.registers(companies)
    if options.cost:
        return cost(options.cost, built)
    writers = all_writers()
    started = time.time()
    saved = Path(os.environ.get("REGISTER_MEANING_ROWS", ""))
    if saved.name and saved.exists():
        import pickle

        rows, all_matrices = pickle.loads(saved.read_bytes())  # noqa: S301 - our own cache
    else:
        rows, all_matrices = collect(writers, built), None
    print(f"{len(rows)} sentences, {sum(r['item'] for r in rows)} items, "
          f"{sum(r['item'] and not r['engine'] for r in rows)} items the engine misses "
          f"({time.time() - started:.0f} s)", flush=True)  # fmt: skip
    store = wording_lowo.Store(CACHE)
    keep = [i for i, n in enumerate(register_meaning.FEATURES)
            if not options.only or n in options.only.split(",")]  # fmt: skip
    if all_matrices is None:
        all_matrices = featurise(rows, built, store)
        if saved.name:
            import pickle

            saved.write_bytes(pickle.dumps((rows, all_matrices)))
    matrices = [m[:, keep] for m in all_matrices]
    has_notes = np.array([len(m) > 0 for m in matrices])
    x, _ = chosen_rows(matrices, None)
    y = np.array([r["item"] for r in rows], dtype=int)
    # A sentence the engine flags is the engine's; the head learns what is said without names
    # too, so every item sentence is a positive.
    engine = np.array([r["engine"] for r in rows], dtype=bool)
    weight = np.where(y.astype(bool) & ~engine, options.missed_weight, 1.0)
    if options.unflagged:
        weight[engine] = 0.0
    weight[~has_notes] = 0.0

    def two_stage(train: np.ndarray):
        first = fit(x[train], y[train], options.c, weight[train])
        again, _ = chosen_rows([m if t else m[:0] for m, t in zip(matrices, train, strict=True)],
                               first)  # fmt: skip
        return fit(again[train], y[train], options.c, weight[train])

    if options.write:
        params = (
            two_stage(weight > 0)
            if options.stages == 2
            else fit(x[weight > 0], y[weight > 0], options.c, weight[weight > 0])
        )
        weights, bias, mean, scale = params
        np.savez(register_meaning.HEAD_PATH, features=np.array(register_meaning.FEATURES),
                 weights=weights, bias=np.float32(bias), mean=mean.astype(np.float32),
                 scale=scale.astype(np.float32))  # fmt: skip
        digest = hashlib.sha256(register_meaning.HEAD_PATH.read_bytes()).hexdigest()
        print(f"wrote {register_meaning.HEAD_PATH} sha256 {digest}")
        for name, w in zip(np.array(register_meaning.FEATURES)[keep], weights, strict=True):
            print(f"  {name:<20}{w:+.2f}")
        told = np.array([r["item"] or r["clean"] for r in rows], dtype=bool)
        vectors = np.asarray(store.get([r["sentence"] for r in rows]), dtype=np.float32)
        weights, bias, mean, scale = fit_disclosure(vectors[told], y[told])
        np.savez(register_meaning.DISCLOSURE_PATH,
                 features=np.array(register_meaning.EMBEDDING_FEATURES), weights=weights,
                 bias=np.float32(bias), mean=mean, scale=scale)  # fmt: skip
        digest = hashlib.sha256(register_meaning.DISCLOSURE_PATH.read_bytes()).hexdigest()
        print(f"wrote {register_meaning.DISCLOSURE_PATH} sha256 {digest}")
        return 0

    names = list(writers)
    by_writer = np.array([r["writer"] for r in rows])
    p = np.zeros(len(rows))
    for writer in names:
        held = by_writer == writer
        train = ~held & (weight > 0)
        if options.stages == 2:
            params = two_stage(train)
            _, q = chosen_rows([m if h else m[:0] for m, h in zip(matrices, held, strict=True)],
                               params)  # fmt: skip
            p[held] = q[held]
        else:
            params = fit(x[train], y[train], options.c, weight[train])
            p[held] = probability(params, x[held])

    def head_only_clean(writer_set: set[str], t: float) -> tuple[int, int]:
        flagged, clean = set(), set()
        for r, q in zip(rows, p, strict=True):
            if r["writer"] in writer_set and r["clean"]:
                clean.add(r["id"])
                if q >= t and not r["engine"]:
                    flagged.add(r["id"])
        return len(flagged), len(clean)

    def chosen(writer: str) -> float:
        others = set(names) - {writer}
        for t in sorted(THRESHOLDS):
            flagged, clean = head_only_clean(others, t)
            if flagged <= options.budget * clean:
                return t
        return 1.01

    if options.disclosure:
        told = np.array([r["item"] or r["clean"] for r in rows], dtype=bool)
        vectors = np.asarray(store.get([r["sentence"] for r in rows]), dtype=np.float32)
        q = np.zeros(len(rows))
        for writer in names:
            held = by_writer == writer
            weights, bias, _, _ = fit_disclosure(vectors[~held & told], y[~held & told])
            q[held] = 1.0 / (1.0 + np.exp(-(vectors[held] @ weights + bias)))
        pair_report(rows, p, q, options.pair_budget)
        return 0
    for t in THRESHOLDS:
        print(f"\nthreshold {t}")
        report(rows, p, names, lambda w, t=t: t)
    print(f"\nthreshold chosen on the other writers (head-only clean ≤ {options.budget:.1%})")
    report(rows, p, names, chosen)
    if options.show:
        t = chosen(options.show)
        print(f"\n{options.show} at {t}: flagged sentences the engine does not")
        for r, q in sorted(zip(rows, p, strict=True), key=lambda a: -a[1]):
            if r["writer"] == options.show and not r["engine"] and q >= min(t, 0.8):
                mark = "ITEM " if r["item"] else ("CLEAN" if r["clean"] else "other")
                print(f"  {q:.3f} {mark} {r['id']:<8}{r['sentence'][:150]!r}")
        print("  missed items:")
        for r, q in zip(rows, p, strict=True):
            if r["writer"] == options.show and r["item"] and not r["engine"] and q < t:
                print(f"  {q:.3f} {r['id']:<8}{r['sentence'][:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
