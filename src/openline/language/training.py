"""Training the voice heads (intent, sentiment) on data/voice_train.jsonl. Needs scikit-learn,
which the product does not need to run: `pip install scikit-learn==1.9.1` where you train.

The heads are multinomial logistic regressions on standardised features (see voice.Features).
C is fixed, not searched per run: it was chosen once on the dev set (bench/README.md), so a
retrain on more data does not quietly re-tune on whatever the last run saw."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .voice import DATA_DIR, Features, features, terms
from .voice import HEADS_PATH as HEADS_PATH  # the command reports it from here

CORPUS_PATH = DATA_DIR / "voice_train.jsonl"
INTENT_C = 0.3
SENTIMENT_C = 0.3
MIN_TERM_COUNT = 3


def load_corpus(path: Path = CORPUS_PATH) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def vocabulary(texts: list[str], min_count: int = MIN_TERM_COUNT) -> list[str]:
    """Terms in at least min_count training texts, in a fixed order."""
    from collections import Counter

    counts = Counter(term for text in texts for term in terms(text))
    return sorted(term for term, n in counts.items() if n >= min_count)


def fit_head(
    x: np.ndarray, y: list[str], c: float, dense: int | None = None
) -> dict[str, np.ndarray]:
    """Multinomial logistic regression; the first `dense` columns are standardised, the rest
    (the bag of terms) are kept as they are."""
    from sklearn.linear_model import LogisticRegression

    dense = x.shape[1] if dense is None else dense
    mean = np.zeros(x.shape[1], dtype=np.float32)
    scale = np.ones(x.shape[1], dtype=np.float32)
    mean[:dense] = x[:, :dense].mean(axis=0)
    scale[:dense] = np.maximum(x[:, :dense].std(axis=0), 1e-6)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit((x - mean) / scale, y)
    return {
        "weights": model.coef_.astype(np.float32), "bias": model.intercept_.astype(np.float32),
        "classes": np.array(model.classes_, dtype=str), "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
    }  # fmt: skip


def train(
    rows: list[dict[str, Any]], *, intent_c: float = INTENT_C, sentiment_c: float = SENTIMENT_C,
    precomputed: Features | None = None,
) -> dict[str, np.ndarray]:  # fmt: skip
    f = precomputed or features([r["text"] for r in rows])
    vocab = vocabulary(list(f.cleaned))
    x = f.head_input(vocab)
    arrays: dict[str, np.ndarray] = {"vocabulary": np.array(vocab, dtype=str)}
    for name, c in [("intent", intent_c), ("sentiment", sentiment_c)]:
        head = fit_head(x, [r[name] for r in rows], c, dense=f.dense().shape[1])
        for key, value in head.items():
            arrays[f"{name}_{key}"] = value
    return arrays


def save(arrays: dict[str, np.ndarray], path: Path = HEADS_PATH) -> str:
    """Writes the weights and returns their SHA-256, to pin in voice.HEADS_SHA256."""
    with path.open("wb") as handle:
        # numpy's stub reads **arrays as possibly naming allow_pickle; these are head names.
        np.savez_compressed(handle, **arrays)  # type: ignore[arg-type]
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The wording head (legal risk, hostile tone) read by the guidance engine: one multinomial
# logistic regression over legal_risk, hostile_tone and none, on the embedding and the bag of
# cue terms (wording.Features). C, the terms' weight and the thresholds were chosen on the dev
# set (bench/README.md).
WORDING_CORPUS_PATH = DATA_DIR / "wording_train.jsonl"
WORDING_C = 0.3


def train_wording(
    rows: list[dict[str, Any]], *, c: float = WORDING_C, embeddings: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    from . import embed

    texts = [r["text"] for r in rows]
    vocab = vocabulary(texts)
    dense = embed(texts) if embeddings is None else embeddings
    arrays = fit_sparse_head(dense, weighted_terms(texts, vocab), [r["label"] for r in rows], c)
    arrays["vocabulary"] = np.array(vocab, dtype=str)
    # The corpus the head learnt from, as bench/wording_corpus.py writes it (one JSON object a
    # line): tests/language/test_wording.py checks it against data/wording_train.jsonl.
    arrays["corpus_sha256"] = np.array(corpus_digest(rows))
    return arrays


def weighted_terms(texts: list[str], vocab: list[str]) -> Any:
    """wording.features' weighted bag of terms (its columns after the embedding), built sparse:
    each known term of a text 1/√n, times √(min(n, TERMS_FLOOR)/TERMS_FLOOR), times
    TERMS_WEIGHT. The dense bag of ~45,000 corpus sentences by ~40,000 terms needed more
    memory than the machine has (session 20, wording-v15)."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]  # only to train

    from .wording import TERMS_FLOOR, TERMS_WEIGHT

    columns = {term: i for i, term in enumerate(vocab)}
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        found = sorted({columns[t] for t in terms(text) if t in columns})
        if not found:
            continue
        n = len(found)
        value = TERMS_WEIGHT * np.sqrt(min(n, TERMS_FLOOR) / TERMS_FLOOR) / np.sqrt(n)
        rows += [row] * n
        cols += found
        values += [value] * n
    shape = (len(texts), len(vocab))
    return csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float32)


def fit_sparse_head(
    dense: np.ndarray, terms: Any, y: list[str], c: float, tol: float = 1e-4,
    class_weight: dict[str, float] | str = "balanced",
) -> dict[str, np.ndarray]:  # fmt: skip
    """fit_head's model (the dense columns standardised, the bag of terms as it is) with the
    terms given to the solver as a sparse matrix: the same objective, fitted in seconds rather
    than minutes on ~18,000 sentences by ~15,000 terms. At lbfgs' default tolerance a dense and
    a sparse design stop at slightly different points, so bench/wording_v6.py fits with this
    function too: its leave-one-set-out figures are of this head."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    width = dense.shape[1] + terms.shape[1]
    mean = np.zeros(width, dtype=np.float32)
    scale = np.ones(width, dtype=np.float32)
    mean[: dense.shape[1]] = dense.mean(axis=0)
    scale[: dense.shape[1]] = np.maximum(dense.std(axis=0), 1e-6)
    standard = (dense - mean[: dense.shape[1]]) / scale[: dense.shape[1]]
    design = hstack([csr_matrix(standard), csr_matrix(terms)]).tocsr()
    model = LogisticRegression(C=c, max_iter=5000, tol=tol, class_weight=class_weight)
    model.fit(design, y)
    return {
        "weights": model.coef_.astype(np.float32), "bias": model.intercept_.astype(np.float32),
        "classes": np.array(model.classes_, dtype=str), "mean": mean, "scale": scale,
    }  # fmt: skip


def corpus_digest(rows: list[dict[str, Any]]) -> str:
    """SHA-256 of the rows written as bench/wording_corpus.py writes the corpus file."""
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return hashlib.sha256(text.encode()).hexdigest()


# Retraining the intent head on agents' corrections, behind a drift guard: the old and the new
# head are scored on a fixed reference set shipped here (data/voice_reference.jsonl, a copy of
# bench/eval/messages_dev.jsonl: never trained on, never changed by corrections) and the new
# head is installed only if its intent macro-F1 is not lower by more than DRIFT_MARGIN.
REFERENCE_PATH = DATA_DIR / "voice_reference.jsonl"
DRIFT_MARGIN = 0.02


def macro_f1(gold: list[str], predicted: list[str], classes: tuple[str, ...]) -> float:
    scores = []
    for label in classes:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / max(2 * tp + fp + fn, 1))
    return sum(scores) / len(scores)


@dataclass(frozen=True)
class Retrained:
    corrections: int
    examples: int
    old_f1: float
    new_f1: float
    shipped_f1: float
    margin: float
    installed: bool
    path: Path | None
    digest: str

    @property
    def drift(self) -> float:
        return max(self.old_f1, self.shipped_f1) - self.new_f1


_features: dict[Path, Features] = {}


def _file_features(path: Path) -> Features:
    """The corpus's and the reference's features, computed once per process."""
    if path not in _features:
        _features[path] = features([r["text"] for r in load_corpus(path)])
    return _features[path]


def _stack(a: Features, b: Features) -> Features:
    return Features(
        np.vstack([a.embeddings, b.embeddings]), np.vstack([a.vader, b.vader]),
        a.cleaned + b.cleaned,
    )  # fmt: skip


def retrain_intent(
    corrections: list[dict[str, str]], *, margin: float = DRIFT_MARGIN, install: bool = True,
    target: Path | None = None,
) -> Retrained:  # fmt: skip
    """Fits a new intent head on the corpus plus the corrections (the vocabulary and the
    sentiment head stay as they are; sentiment readings move only through the complaint and
    praise probabilities, voice.combined_sentiment), scores the heads in
    use and the new one on the reference set, and installs the new file only when it does not
    drift. `target` defaults to the site's installed heads (voice.installed_path)."""
    from . import voice

    current = voice.heads()
    corpus = load_corpus()
    rows = corpus + corrections
    f = _file_features(CORPUS_PATH)
    if corrections:
        f = _stack(f, features([r["text"] for r in corrections]))
    x = f.head_input(current.vocabulary)
    fitted = fit_head(x, [r["intent"] for r in rows], INTENT_C, dense=f.dense().shape[1])
    new = voice.Head(
        weights=fitted["weights"], bias=fitted["bias"], mean=fitted["mean"],
        scale=fitted["scale"], classes=tuple(str(c) for c in fitted["classes"]),
    )  # fmt: skip
    reference = load_corpus(REFERENCE_PATH)
    rx = _file_features(REFERENCE_PATH).head_input(current.vocabulary)
    gold = [r["intent"] for r in reference]
    shipped = voice.load_heads(voice.HEADS_PATH, voice.HEADS_SHA256)
    shipped_f1, old_f1, new_f1 = (
        macro_f1(gold, [head.classes[i] for i in head.probabilities(rx).argmax(axis=1)],
                 voice.INTENTS)
        for head in (shipped.intent, current.intent, new)
    )  # fmt: skip
    # Against the heads in use and the shipped ones: many small accepted batches cannot
    # drift further than one margin from what was measured at release.
    installed = install and new_f1 >= max(old_f1, shipped_f1) - margin
    path, digest = None, ""
    if installed:
        path = target or voice.installed_path()
        arrays = {
            "vocabulary": np.array(current.vocabulary, dtype=str),
            **{f"intent_{k}": v for k, v in fitted.items()},
            **{f"sentiment_{k}": getattr(current.sentiment, k)
               for k in ("weights", "bias", "mean", "scale")},
            "sentiment_classes": np.array(current.sentiment.classes, dtype=str),
        }  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        digest = save(arrays, path)
        voice.pin_path(path).write_text(digest + "\n")
        voice.heads.cache_clear()
    return Retrained(len(corrections), len(rows), round(old_f1, 4), round(new_f1, 4),
                     round(shipped_f1, 4), margin, installed, path, digest)  # fmt: skip


# The German reader (legal risk, hostile tone in German; german_wording.py): one multinomial
# logistic regression over legal_risk, hostile_tone and none on the sentence's words, word pairs
# and character n-grams. C and the least number of sentences a feature must appear in were chosen
# by leave-one-writer-out over the read German sets (bench/german_reader_lowo.py).
GERMAN_CORPUS_PATH = DATA_DIR / "german_wording_train.jsonl"
GERMAN_C = 30.0
GERMAN_MIN_COUNT = 2
# The classes whose odds against "none" the concept flags (german_wording's "k" features) move;
# for any other class a flag's weights are set to none's after the fit, so the flag leaves that
# class's odds as they are. Chosen by leave-one-writer-out (bench/german_reader_lowo.py).
GERMAN_CONCEPT_CLASSES: tuple[str, ...] = ("legal_risk", "hostile_tone")


def german_design(texts: list[str], vocabulary: dict[str, int]) -> Any:
    """The sparse rows german_wording.GermanHead reads (german_wording.weighted)."""
    from scipy.sparse import csr_matrix

    from . import german_wording

    rows, cols, values = [], [], []
    for i, text in enumerate(texts):
        for feature, value in german_wording.weighted(german_wording.features(text)).items():
            if feature in vocabulary:
                rows.append(i)
                cols.append(vocabulary[feature])
                values.append(value)
    return csr_matrix((values, (rows, cols)), shape=(len(texts), len(vocabulary)), dtype=np.float64)


def concepts_only_for(
    arrays: dict[str, np.ndarray], classes: tuple[str, ...]
) -> dict[str, np.ndarray]:
    """`arrays` with the concept flags' weights of every class but `classes` (and "none") set to
    none's: a flag then moves only those classes' odds against "none"."""
    labels = [str(c) for c in arrays["classes"]]
    rows = [i for i, f in enumerate(arrays["vocabulary"]) if str(f).startswith("k")]
    weights = arrays["weights"].copy()
    none = labels.index("none")
    for j, label in enumerate(labels):
        if label != "none" and label not in classes and rows:
            weights[rows, j] = weights[rows, none]
    return {**arrays, "weights": np.ascontiguousarray(weights)}


def train_german_wording(
    rows: list[dict[str, Any]],
    *,
    c: float = GERMAN_C,
    min_count: int = GERMAN_MIN_COUNT,
    concept_classes: tuple[str, ...] | None = None,
) -> dict[str, np.ndarray]:
    from collections import Counter

    from sklearn.linear_model import LogisticRegression

    from . import german_wording

    texts = [r["text"] for r in rows]
    counts = Counter(f for text in texts for f in german_wording.features(text))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    # A row's "weight" (bench/german_reader_judge.py --clean-weight: written clean look-alikes
    # counted more) multiplies its class weight; rows without one, as the shipped corpus's, fit
    # exactly as before (no sample weights passed).
    weights = [float(r.get("weight", 1.0)) for r in rows]
    model.fit(
        german_design(texts, index),
        [r["label"] for r in rows],
        sample_weight=np.array(weights) if any(w != 1.0 for w in weights) else None,
    )
    arrays = {
        "vocabulary": np.array(vocab, dtype=str),
        "weights": np.ascontiguousarray(model.coef_.T.astype(np.float32)),
        "bias": model.intercept_.astype(np.float32),
        "classes": np.array(model.classes_, dtype=str),
        "corpus_sha256": np.array(corpus_digest(rows)),
    }
    classes = GERMAN_CONCEPT_CLASSES if concept_classes is None else concept_classes
    return concepts_only_for(arrays, classes)
