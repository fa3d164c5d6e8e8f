"""The heads compared by bench/wording_v6.py: each takes the corpus rows, the drafts per set and
the store of pooled MiniLM states, and returns per set the (legal, tone) probabilities of every
scored sentence, in the order wording_v6.Prepared walks them."""

from collections.abc import Callable

import numpy as np
from wording_v6 import KINDS, Store, fit_lr, sentence_labels, sparse_terms

Scores = dict[str, np.ndarray]
C = 0.3
WEIGHT = 60.0
FLOOR = 20


def _norm(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def dense_features(texts: list[str], store: Store, pools: tuple[str, ...]) -> np.ndarray:
    parts = [store.embedding(texts)]
    parts += [_norm(store.get(texts, p)) for p in pools]
    return np.hstack(parts)


def training_rows(corpus: list[dict], train_extra=None) -> tuple[list[str], list[str]]:
    """The corpus's texts and labels, plus the extra training rows of a fold if given."""
    texts = [r["text"] for r in corpus]
    labels = [r["label"] for r in corpus]
    if train_extra:
        texts, labels = texts + train_extra[0], labels + train_extra[1]
    return texts, labels


def term_columns(texts: list[str]) -> dict[str, int]:
    """The bag of terms' column of each term of the training texts, as the product builds it."""
    from openline.language.training import vocabulary

    return {t: i for i, t in enumerate(vocabulary(texts))}


def linear(
    pools: tuple[str, ...] = (), c: float = C, weight: float = WEIGHT, floor: int = FLOOR,
    extra: Callable | None = None, balance: float = 1.0,
):  # fmt: skip
    """Logistic regression on [embedding, other poolings…, weighted bag of terms] as shipped."""

    def run(corpus: list[dict], drafts: dict, store: Store, train_extra=None) -> Scores:

        texts, labels = training_rows(corpus, train_extra)
        columns = term_columns(texts)

        def x_of(ts: list[str]):
            return dense_features(ts, store, pools), sparse_terms(ts, columns, weight, floor)

        xd, xt = x_of(texts)
        head = fit_lr(xd, labels, c, terms=xt, balance=balance)
        out = {}
        for name, rows in drafts.items():
            ss = [s for d in rows for s in d["scored"]]
            out[name] = head(*x_of(ss)) if ss else np.zeros((0, 2))
        return out

    return run


def tfidf_head(analyzer: str = "char_wb", ngrams=(2, 5), c: float = 3.0):
    def run(corpus: list[dict], drafts: dict, store: Store, train_extra=None) -> Scores:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts, labels = training_rows(corpus, train_extra)
        vec = TfidfVectorizer(
            analyzer=analyzer, ngram_range=ngrams, min_df=2, sublinear_tf=True, lowercase=True
        )
        x = vec.fit_transform(texts)
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(x, labels)
        cols = [list(model.classes_).index(k) for k in KINDS]
        out = {}
        for name, rows in drafts.items():
            ss = [s for d in rows for s in d["scored"]]
            out[name] = model.predict_proba(vec.transform(ss))[:, cols] if ss else np.zeros((0, 2))
        return out

    return run


def blend(a: Callable, b: Callable, wa: float = 0.5):
    """Geometric mean of two heads' probabilities (per kind)."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:
        pa, pb = a(corpus, drafts, store, train_extra), b(corpus, drafts, store, train_extra)
        return {n: np.exp(wa * np.log(pa[n] + 1e-9) + (1 - wa) * np.log(pb[n] + 1e-9)) for n in pa}

    return run


def with_sets(inner: Callable):
    """Leave-one-set-out training data: each set is scored by a head trained on the corpus plus
    every other set's scored sentences (labelled from their expected clauses)."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:
        out = {}
        for held in drafts:
            extra_t: list[str] = list(train_extra[0]) if train_extra else []
            extra_l: list[str] = list(train_extra[1]) if train_extra else []
            for name, rows in drafts.items():
                if name == held:
                    continue
                for d in rows:
                    extra_t += d["scored"]
                    extra_l += sentence_labels(d)
            out[held] = inner(corpus, {held: drafts[held]}, store, (extra_t, extra_l))[held]
        return out

    return run


VARIANTS: dict[str, Callable] = {
    "baseline": linear(),
    "max": linear(("max",)),
    "w2": linear(("w2",)),
    "w3": linear(("w3",)),
    "w4": linear(("w4",)),
    "cls": linear(("cls",)),
    "max_w3": linear(("max", "w3")),
    "tfidf_char": tfidf_head(),
    "tfidf_word": tfidf_head("word", (1, 2), 3.0),
    "blend_char": blend(linear(), tfidf_head()),
    "blend_word": blend(linear(), tfidf_head("word", (1, 2), 3.0)),
    "sets_baseline": with_sets(linear()),
}


def parse(name: str) -> Callable:
    """`lin:max+w3:c0.1:w60:f20`, `tf:char_wb:2-5:c3`, `blend:0.5:<a>|<b>`, `sets:<inner>`,
    `mlp:max:h64:a1e-3`, or a name of VARIANTS."""
    if name in VARIANTS:
        return VARIANTS[name]
    kind, _, rest = name.partition(":")
    if kind == "sets":
        return with_sets(parse(rest))
    if kind == "frozen":
        return with_frozen(parse(rest))
    if kind.startswith("frozen"):  # frozen2:<inner> (the sets' rows twice), frozen-holdout6:<inner>
        copies, _, skip = kind.removeprefix("frozen").partition("-")
        return with_frozen(parse(rest), copies=int(copies or 1), skip=skip)
    if kind == "win":
        opts = {p[0]: float(p[1:]) for p in rest.split(":") if p}
        return windows(int(opts.get("k", 8)), int(opts.get("s", 4)), opts.get("c", C))
    if kind == "pick":
        a, b = rest.split("|")
        return pick(parse(a), parse(b))
    if kind == "blend":
        weight, _, pair = rest.partition(":")
        a, b = pair.split("|")
        return blend(parse(a), parse(b), float(weight))
    parts = rest.split(":") if rest else []
    if kind == "lin":
        pools = tuple(p for p in parts[0].split("+") if p) if parts and parts[0] != "-" else ()
        opts = {p[0]: float(p[1:]) for p in parts[1:]}
        return linear(pools, c=opts.get("c", C), weight=opts.get("w", WEIGHT),
                      floor=int(opts.get("f", FLOOR)), balance=opts.get("b", 1.0))  # fmt: skip
    if kind == "short":  # short:<words>:<inner> — a second head for sentences of ≤ words
        words, _, inner = rest.partition(":")
        return short_head(parse(inner), int(words))
    if kind == "mlp":
        pools = tuple(p for p in parts[0].split("+") if p) if parts and parts[0] != "-" else ()
        opts = {p[0]: float(p[1:]) for p in parts[1:]}
        return mlp(pools, hidden=int(opts.get("h", 64)), alpha=opts.get("a", 1e-2))
    if kind == "tf":
        lo, hi = (int(v) for v in parts[1].split("-"))
        return tfidf_head(parts[0], (lo, hi), float(parts[2][1:]))
    raise KeyError(name)


def mlp(pools: tuple[str, ...] = (), hidden: int = 64, alpha: float = 1e-2):
    """A one-hidden-layer network on the standardised dense features plus the bag of terms."""

    def run(corpus: list[dict], drafts: dict, store: Store, train_extra=None) -> Scores:
        from sklearn.neural_network import MLPClassifier

        from openline.language.wording import features

        texts, labels = training_rows(corpus, train_extra)
        columns = term_columns(texts)
        dense = 384 * (1 + len(pools))

        def x_of(ts: list[str]) -> np.ndarray:
            return features(ts, columns, dense_features(ts, store, pools), weight=1.0, floor=FLOOR)

        x = x_of(texts)
        mean, scale = x[:, :dense].mean(0), x[:, :dense].std(0) + 1e-6

        def z(a: np.ndarray) -> np.ndarray:
            a = a.copy()
            a[:, :dense] = (a[:, :dense] - mean) / scale
            return a

        model = MLPClassifier((hidden,), alpha=alpha, max_iter=60, early_stopping=False,
                              random_state=0)  # fmt: skip
        model.fit(z(x), labels)
        cols = [list(model.classes_).index(k) for k in KINDS]
        out = {}
        for name, rows in drafts.items():
            ss = [s for d in rows for s in d["scored"]]
            out[name] = model.predict_proba(z(x_of(ss)))[:, cols] if ss else np.zeros((0, 2))
        return out

    return run


def pick(a: Callable, b: Callable):
    """Legal risk from head a, hostile tone from head b."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:
        pa, pb = a(corpus, drafts, store, train_extra), b(corpus, drafts, store, train_extra)
        return {n: np.stack([pa[n][:, 0], pb[n][:, 1]], axis=1) for n in pa}

    return run


class Tokens:
    def __init__(self) -> None:
        from wording_v6 import OUT

        data = np.load(OUT / "tokens.npz", allow_pickle=False)
        self.index = {str(t): i for i, t in enumerate(data["texts"])}
        self.states, self.offsets, self.starts = data["states"], data["offsets"], data["starts"]

    def of(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        i = self.index[text]
        a, b = self.starts[i], self.starts[i + 1]
        return self.states[a:b].astype(np.float32), self.offsets[a:b]


_tokens: list[Tokens] = []


def windows(size: int = 8, stride: int = 4, c: float = C, mode: str = "max"):
    """The shipped kind of head, read on the whole sentence and on windows of `size` word
    pieces (their mean of contextual states, their own words for the terms); a sentence's score
    is the highest (mode max) of them."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:

        if not _tokens:
            _tokens.append(Tokens())
        tok = _tokens[0]
        texts, labels = training_rows(corpus, train_extra)
        columns = term_columns(texts)
        head = fit_lr(
            store.embedding(texts), labels, c, terms=sparse_terms(texts, columns, WEIGHT, FLOOR)
        )
        out = {}
        for name, rows in drafts.items():
            ss = [s for d in rows for s in d["scored"]]
            if not ss:
                out[name] = np.zeros((0, 2))
                continue
            full = head(store.embedding(ss), sparse_terms(ss, columns, WEIGHT, FLOOR))
            w_texts, w_vecs, owner = [], [], []
            for i, s in enumerate(ss):
                h, off = tok.of(s)
                inner = len(h) - 2
                if inner <= size:
                    continue
                for a in range(1, inner - size + 2, stride):
                    b = min(a + size, inner + 1)
                    w_texts.append(s[off[a][0] : off[b - 1][1]])
                    w_vecs.append(h[a:b].mean(axis=0))
                    owner.append(i)
            best = full.copy()
            if w_texts:
                wv = _norm(np.array(w_vecs))
                pw = head(wv, sparse_terms(w_texts, columns, WEIGHT, FLOOR))
                for j, i in enumerate(owner):
                    best[i] = np.maximum(best[i], pw[j])
            out[name] = best
        return out

    return run


def with_frozen(inner: Callable, copies: int = 1, skip: str = ""):
    """As with_sets, from bench/wording_corpus_drafts.jsonl (names replaced), as shipped; with
    `copies` the sets' rows count that many times, and the set `skip` is never trained on."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:
        import json
        from pathlib import Path

        path = Path(__file__).resolve().parent / "wording_corpus_drafts.jsonl"
        frozen = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        missing = [r["text"] for r in frozen if r["text"] not in store.index]
        if missing:
            store.add(missing)
        out = {}
        for held in drafts:
            extra = [r for r in frozen if r["set"] not in (held, skip)] * copies
            extra_t, extra_l = [r["text"] for r in extra], [r["label"] for r in extra]
            if train_extra:  # sets:frozen:… (the German sets beside the frozen English ones)
                extra_t, extra_l = extra_t + list(train_extra[0]), extra_l + list(train_extra[1])
            out[held] = inner(corpus, {held: drafts[held]}, store, (extra_t, extra_l))[held]
        return out

    return run


def _words(text: str) -> int:
    import re

    return len(re.findall(r"\w+", text))


def short_head(inner: Callable, words: int):
    """inner fitted on every row for long sentences, and fitted again only on the rows of at most
    `words` words (corpus and the sets' sentences alike) for the sentences that short."""

    def run(corpus, drafts, store, train_extra=None) -> Scores:
        full = inner(corpus, drafts, store, train_extra)
        short_corpus = [r for r in corpus if _words(r["text"]) <= words]
        extra = None
        if train_extra:
            keep = [i for i, t in enumerate(train_extra[0]) if _words(t) <= words]
            extra = ([train_extra[0][i] for i in keep], [train_extra[1][i] for i in keep])
        short = inner(short_corpus, drafts, store, extra)
        out = {}
        for name, rows in drafts.items():
            ss = [s for d in rows for s in d["scored"]]
            is_short = np.array([_words(s) <= words for s in ss], dtype=bool)
            out[name] = np.where(is_short[:, None], short[name], full[name]) if ss else full[name]
        return out

    return run
