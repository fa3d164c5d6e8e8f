"""Wording of a reply, per sentence: the probability that it carries legal risk (admits fault
or liability, promises money, calls products unsafe across the board, comments on lawsuits,
settlements or regulators) or a hostile tone (sarcasm, blame, condescension, impatience).

`score(sentences)` embeds the sentences with the packaged model in one call and applies a
multinomial logistic-regression head in NumPy to the embedding and a bag of cue terms learnt
from the corpus (words and word pairs: "liable", "reimburse", "rocket science", "🙄"), which a
sentence embedding, mostly about what a text is about, blurs. The head was trained by
`openline language train --heads wording` on data/wording_train.jsonl (hand-written sentences
about invented companies, customers' sentences from the voice corpus as negatives, and since
wording-v6 the read English evaluation sets' sentences with their companies renamed, never the
untouched holdouts; written by bench/wording_corpus.py) with scikit-learn, which is needed only to
train. The weights file is hash-pinned like the voice heads and the model.

Scores are cached per sentence: while someone types, every sentence but the one being written
has been scored before, so a check embeds only what changed. `score_some` is the live check's
form: it embeds at most a few sentences not cached and leaves the others unscored (None), so
that a pasted draft does not cost a second of CPU on one keystroke. `reachable` is the first
stage: from a sentence's cue terms and word pieces (no embedding) it says which labels its
score could still reach, so that a check embeds only the sentences that are undecided.

The live checks that read a draft as it is typed and the check that publishes it often run in
different server processes (`openline serve` starts one per core, web nodes sit behind a
balancer), and each process's cache is its own: a sentence's scores are also kept in the shared
cache (Redis, else the database) for OPENLINE["WORDING_SHARED_SECONDS"], so that the process
that publishes finds what another one embedded. Only the two rounded scores are kept there,
under a keyed hash of the sentence and the head: no text and no vector leaves the process.
"""

import hashlib
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

from .voice import DATA_DIR, Head, HeadsFileMismatch, bag_of_terms, terms

log = logging.getLogger(__name__)

__all__ = [
    "LABELS",
    "Ahead",
    "WordingScores",
    "embeddings",
    "narrowed",
    "reachable",
    "score",
    "score_some",
    "using",
]

HEADS_PATH = DATA_DIR / "wording_heads.npz"
# Written by `openline language train --heads wording`; a retrained file comes with its hash.
HEADS_SHA256 = "a6e72ea59138db1928e4f167057533f43104c7570643218e9f1d843274d7cab5"
# The embedder the head was trained on; another embedder's vectors mean nothing to it.
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"

LABELS = ("legal_risk", "hostile_tone")
# How much the bag of terms counts next to the standardised embedding; its rows have length 1
# before this, or less for a sentence with fewer than TERMS_FLOOR known terms (features()).
# Both chosen with bench/wording_cv.py over the development sets (bench/README.md, guidance-v5).
TERMS_WEIGHT = 60.0
TERMS_FLOOR = 20
CACHE_SIZE = 4096
# How far the embedding alone moves a label's logit above another class's: for each label and
# each other class, the largest (dense logit of the label - dense logit of the class), bias
# included, that any sentence of the read English sets and of the training corpus's legal and
# hostile sentences reached with the head of HEADS_SHA256 (bench/wording_gate.py, which prints
# them). reachable() adds REACH_MARGIN to each. Another head file: recompute them, or nothing is
# settled by its terms (REACH_HEAD).
DENSE_REACH: dict[tuple[str, str], float] = {
    ("legal_risk", "hostile_tone"): 12.80,
    ("legal_risk", "none"): 10.09,
    ("hostile_tone", "legal_risk"): 16.28,
    ("hostile_tone", "none"): 11.42,
}
# cold-v19 (session 24) measured 0.5: bench/wording_gate.py's leave-one-writer-out settled no head
# finding of any of 24 read writers, 10 % fewer sentences reached the model; kept at 1.0 then, as
# the lower cued hostile threshold (tone cues) was not in that measurement. Session 25 (cold-v20)
# measured it with each sentence at its own threshold (the cued one where a tone cue is), and the
# lead re-ran that measurement for the head retrained in the same session (wording-v20): over 25
# read writers and the corpus no head finding is settled, by the dense reach (largest need -3.25)
# or the word pieces' bound (largest need -0.89, the corpus) (docs/decisions.md, "Session 25").
# Session 28 (wording-v23) re-measured both for the head it retrained, at its thresholds (0.96 /
# 0.9879, cues on): over 31 read writers and the corpus no head finding settled by the dense reach
# (largest need -5.42) or the word pieces' bound (largest need -3.16, the corpus).
# Session 30 (speed-v25) lowered it to -2.0, the lowest margin in half-logit steps that keeps a
# logit of room over that need: the shipped bounds at -2.0 settle no head finding of the 34 read
# writers (holdout23's three as one) or the corpus, holdout23 and holdout24's writer a included,
# which the bounds were fitted without; the read sets' sentences left to the model 30.0 % ->
# 17.1 %, the cold 2 KB draft's quick stage 150 -> 24 word pieces (docs/decisions.md).
REACH_MARGIN = -2.0
REACH_HEAD = "a6e72ea59138db1928e4f167057533f43104c7570643218e9f1d843274d7cab5"
# A closer bound for most sentences, from their word pieces (no model run): per label and other
# class, a ridge regression of the dense difference on the pieces (each 1/n, as the model's
# mean pooling weighs them), and "bound", the most any sentence DENSE_REACH was measured on
# exceeded its guess by. The embedding's part is then taken as at most the smaller of
# DENSE_REACH and guess + bound. Written by `bench/wording_gate.py --write-reach` for the head
# it names; another head settles by DENSE_REACH alone.
PIECES_REACH_PATH = DATA_DIR / "wording_reach.npz"
PIECES_REACH_SHA256 = "36dc740908ec489569902822ed7071b2c89695d46748b71506d609fd4a2d7f40"
# The second stage (session 22, cold-v17): for a sentence the first stage leaves open, the quick
# vector (MiniLMEmbedder.embed_quick: the same model's int8 products computed in integers, ~40 %
# of a float run) gives its dense differences near enough to settle most: per label and other
# class, the most a float dense difference exceeded the quick one on any sentence measured
# (bench/wording_quick.py, on bench/wording_gate.py's sentences, with the head of QUICK_HEAD),
# plus QUICK_MARGIN. Another head file, or an embedder without embed_quick: nothing is settled
# by this stage.
QUICK_REACH: dict[tuple[str, str], float] = {
    ("legal_risk", "hostile_tone"): 1.97,
    ("legal_risk", "none"): 2.27,
    ("hostile_tone", "legal_risk"): 2.90,
    ("hostile_tone", "none"): 2.84,
}
QUICK_MARGIN = 1.0
# Session 25: measured for the head retrained by wording-v20, first stage at margin 0.5, on a CPU
# without VNNI, whose quick vectors are the uint8 graph's (embedders.exact_uint8_products: the
# same exact integer products as the int8 graph on a VNNI CPU). Leave one writer out over 25 read
# writers and the corpus: no head finding settled, largest need -1.28 (the corpus).
# Session 28 (wording-v23): re-measured for the head it retrained, the same way (uint8 graph, first
# stage at margin 0.5): over 31 read writers and the corpus no head finding settled, largest need
# -1.47 (holdout16 and the corpus); 10,094 of the 14,442 sentences the first stage leaves settled.
QUICK_HEAD = "a6e72ea59138db1928e4f167057533f43104c7570643218e9f1d843274d7cab5"
# A sentence the first stage leaves QUICK_SKIP or more above an open label's threshold (its reach
# minus the threshold's log-odds) goes to the float model without a quick read: the quick stage
# settles almost none of them, so its run (~45 % of a float run, on this machine's uint8 graph)
# was spent for nothing (session 36, speed-cold-v31). A cost, not a bound: skipping the quick
# stage only leaves the float model to decide what the quick stage would have settled, and where
# QUICK_REACH holds the two agree. Measured for the head of QUICK_HEAD on the 12,260 distinct
# sentences of the read English sets the first stage leaves open (the plan's kinds, every kind
# at its threshold; bench/guidance_quick_settles.py): the quick stage settles 59 % of those at
# excess [5, 6), 30 % at [6, 7), 14 % at [7, 8), 4 % at [8, 9), none from 11 on; from 6, a
# quick read costs more than the float runs it saves. 5,814 sentences (47 %) reach 6; the quick
# stage settled a kind in 284 of them, and the float model reports none of those kinds
# (bench/guidance_quick_skip_check.py). Another head: every open sentence is read quickly.
QUICK_SKIP = 6.0
SHARED_CACHE = "shared"  # the cache every server process reads (settings.CACHES)

_lock = threading.Lock()
_cache: "OrderedDict[str, WordingScores]" = OrderedDict()
_reaches: "OrderedDict[str, dict[str, float]]" = OrderedDict()  # reachable()'s, per sentence
_quick: "OrderedDict[str, dict[str, float]]" = OrderedDict()  # narrowed()'s, per sentence
# The embedding of each sentence scored, beside its scores: other readers of the same sentences
# (the register's notes, guidance.detectors.register_meaning) use it instead of embedding again.
_vectors: "OrderedDict[str, np.ndarray]" = OrderedDict()


@dataclass(frozen=True, slots=True)
class WordingScores:
    legal_risk: float
    hostile_tone: float


@dataclass(frozen=True)
class WordingHead:
    head: Head
    vocabulary: list[str]
    columns: dict[str, int] = field(default_factory=dict)  # the vocabulary's column per term
    # (terms, classes): each term's weights, a row per term (the head's last columns, transposed)
    term_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def probabilities(self, sentences: list[str], embeddings: np.ndarray) -> np.ndarray:
        """head.probabilities(features(sentences, columns, embeddings)), without the dense bag
        of terms: the terms' columns are neither centred nor scaled (training.fit_sparse_head),
        so each sentence adds its known terms' weights times its one bag value. The same
        logits in another summing order; a check no longer builds and multiplies a row of
        ~20,000 zeros per sentence."""
        logits = self.dense_logits(embeddings)
        for row, sentence in enumerate(sentences):
            found = self.found_terms(sentence)
            if found:
                logits[row] += self.term_logits(found)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return out

    def dense_logits(self, embeddings: np.ndarray) -> np.ndarray:
        """(sentences, classes): the logits of the standardised embedding, bias included."""
        h = self.head
        width = embeddings.shape[1]
        dense = h.weights[:, :width]
        logits: np.ndarray = ((embeddings - h.mean[:width]) / h.scale[:width]) @ dense.T + h.bias
        return logits

    def found_terms(self, sentence: str) -> list[int]:
        """The vocabulary's columns of the sentence's known terms, in order."""
        return sorted({self.columns[t] for t in terms(sentence) if t in self.columns})

    def term_logits(self, found: list[int]) -> np.ndarray:
        """(classes,): what a sentence's known terms add to its logits. features(): 1/√n per
        term, times √(min(n, FLOOR)/FLOOR), times the weight."""
        n = len(found)
        value = TERMS_WEIGHT * np.sqrt(min(n, TERMS_FLOOR) / TERMS_FLOOR / n)
        out: np.ndarray = value * self.term_weights[found].sum(axis=0)
        return out


def features(
    sentences: list[str],
    vocabulary: list[str] | Mapping[str, int],
    embeddings: np.ndarray,
    *,
    weight: float | None = None,
    floor: int | None = None,
) -> np.ndarray:
    """What the head reads: the embedding, then the weighted bag of terms. A sentence with
    fewer than TERMS_FLOOR known terms has a row shorter than 1 (each term counts 1/√FLOOR,
    not 1/√n): two or three cue words alone ("…, we promise.") say less than the same words
    among many, and unscaled they made the head sure of short sentences."""
    weight = TERMS_WEIGHT if weight is None else weight
    floor = TERMS_FLOOR if floor is None else floor
    bag = bag_of_terms(sentences, vocabulary)
    if floor > 1:
        known = np.count_nonzero(bag, axis=1).reshape(-1, 1)
        bag = bag * np.sqrt(np.minimum(known, floor) / floor).astype(np.float32)
    return np.hstack([embeddings, weight * bag])


@cache
def head() -> WordingHead:
    with _lock:
        actual = hashlib.sha256(HEADS_PATH.read_bytes()).hexdigest()
        if actual != HEADS_SHA256:
            raise HeadsFileMismatch(
                f"{HEADS_PATH} has SHA-256 {actual}, expected {HEADS_SHA256}: retrain with "
                "`openline language train --heads wording` and pin the hash it prints."
            )
        data = np.load(HEADS_PATH, allow_pickle=False)
        vocabulary = [str(t) for t in data["vocabulary"]]
        weights = data["weights"]
        return WordingHead(
            Head(
                weights=weights,
                bias=data["bias"],
                classes=tuple(str(c) for c in data["classes"]),
                mean=data["mean"],
                scale=data["scale"],
            ),
            vocabulary,
            {term: i for i, term in enumerate(vocabulary)},
            np.ascontiguousarray(weights[:, weights.shape[1] - len(vocabulary) :].T),
        )


def available() -> bool:
    """Whether the configured embedder is the one the head was trained on."""
    from .embedders import configured_model_id

    return configured_model_id() == MODEL_ID


def reachable(sentence: str, thresholds: Mapping[str, float]) -> dict[str, float]:
    """The labels of `thresholds` whose threshold the sentence's score could reach, with their
    thresholds, judged from its cue terms and word pieces, without embedding it. A label's
    probability is at most sigmoid(its logit - another class's logit), so it stays below
    threshold t when, for some other class, the terms' difference of the two logits plus the
    most the embedding adds to it (DENSE_REACH, or the word pieces' guess plus its bound where
    that is less; plus REACH_MARGIN) is below log(t / (1 - t)): a sentence held down that far
    needs no embedding. A sentence already scored is judged by its
    score (what a check reads next), so a re-check costs two look-ups a sentence."""
    if not thresholds:
        return {}
    with _lock:
        known = _cache.get(sentence)
    if known is not None:
        return {label: t for label, t in thresholds.items() if getattr(known, label) >= t}
    if REACH_HEAD != HEADS_SHA256:
        return dict(thresholds)
    reach = _reach(sentence)
    return {label: t for label, t in thresholds.items() if reach[label] >= math.log(t / (1.0 - t))}


def narrowed(
    sentences: list[str], asked: list[dict[str, float]], *, embed: bool = True
) -> list[dict[str, float]]:
    """`asked` (each sentence's labels reachable() left open, with their thresholds) without
    the labels the sentence's quick vector settles: its quick dense difference plus QUICK_REACH
    and QUICK_MARGIN, plus its terms' difference, stays below the threshold's log-odds for some
    other class. One quick embedding call for the sentences neither scored (here or, in the
    shared cache, by another process) nor narrowed before, but not for one the first stage
    leaves QUICK_SKIP above a threshold (the float model reads it); what it settles is kept with the
    sentence, so a re-check reads it in a look-up. With `embed` false (a live check) only what
    an earlier check settled is applied: typing into a draft a publishing check read re-reads
    only the changed sentence."""
    if not any(asked) or not _quick_stage():
        return asked
    todo = _quick_todo(sentences, asked) if embed else []
    with _lock:
        fresh = [s for s in todo if s not in _cache and s not in _quick]
    if not embed:
        fresh = []
    if fresh:  # another process's scores first: score() then reads them without the model
        fresh = [s for s in fresh if s not in _shared_scores(fresh)]
    embed_quick = _embed_quick_of_embedder()
    vectors = None
    if embed and embed_quick is not None:
        vectors = _taken("quick", fresh)  # asked even for none: what ran ahead may be needless
        if vectors is None and fresh:
            vectors = embed_quick(fresh)
    if vectors is not None:
        reaches = _quick_reaches(fresh, vectors)
        with _lock:
            _quick.update(reaches)
            while len(_quick) > CACHE_SIZE:
                _quick.popitem(last=False)
    with _lock:
        quick = [_quick.get(s) for s in sentences]
    return _narrowed_by(asked, quick)


def _quick_todo(sentences: list[str], asked: list[dict[str, float]]) -> list[str]:
    """The sentences the quick stage reads, each once, in order: those with labels left open
    and no score, but not one the first stage leaves QUICK_SKIP or more above an open label's
    threshold (the float model reads it next whatever its quick vector says)."""
    with _lock:
        scored = {s for s in sentences if s in _cache}
    return list(
        dict.fromkeys(
            s
            for s, kinds in zip(sentences, asked, strict=True)
            if kinds and s not in scored and not _past_quick(s, kinds)
        )
    )


def _past_quick(sentence: str, kinds: Mapping[str, float]) -> bool:
    """Whether the first stage leaves the sentence QUICK_SKIP or more above the log-odds of one
    of `kinds`' thresholds (only for the head QUICK_SKIP was measured with)."""
    if REACH_HEAD != HEADS_SHA256 or QUICK_HEAD != HEADS_SHA256:
        return False
    reach = _reach(sentence)
    return any(reach[k] - math.log(t / (1.0 - t)) >= QUICK_SKIP for k, t in kinds.items())


def _quick_stage() -> bool:
    """Whether QUICK_REACH was measured for this head (else the quick stage settles nothing)."""
    return QUICK_HEAD == HEADS_SHA256 and bool(QUICK_REACH)


def _embed_quick_of_embedder() -> "Callable[[list[str]], np.ndarray | None] | None":
    from .embedders import get_embedder

    embed_quick: Callable[[list[str]], np.ndarray | None] | None = getattr(
        get_embedder(), "embed_quick", None
    )
    return embed_quick


def _quick_reaches(fresh: list[str], vectors: np.ndarray) -> dict[str, dict[str, float]]:
    """Per sentence read quickly, per label, the most its logit can exceed every other
    class's: its quick dense difference plus QUICK_REACH and QUICK_MARGIN, plus its terms'."""
    h = head()
    classes = h.head.classes
    logits = h.dense_logits(vectors)
    reaches = {}
    for sentence, row in zip(fresh, logits, strict=True):
        found = h.found_terms(sentence)
        if found:
            row = row + h.term_logits(found)
        by_class = dict(zip(classes, (float(v) for v in row), strict=True))
        reaches[sentence] = {
            label: min(
                by_class[label] - by_class[other] + QUICK_REACH[label, other] + QUICK_MARGIN
                for other in classes
                if other != label
            )
            for label in LABELS
        }
    return reaches


def _narrowed_by(
    asked: list[dict[str, float]], quick: list[dict[str, float] | None]
) -> list[dict[str, float]]:
    return [
        kinds
        if reach is None
        else {k: t for k, t in kinds.items() if reach[k] >= math.log(t / (1.0 - t))}
        for kinds, reach in zip(asked, quick, strict=True)
    ]


def _reach(sentence: str) -> dict[str, float]:
    """Per label, the most its logit can exceed every other class's: the terms' difference plus
    DENSE_REACH and REACH_MARGIN, the smallest over the other classes. Cached per sentence."""
    with _lock:
        cached = _reaches.get(sentence)
    if cached is not None:
        return cached
    h = head()
    found = h.found_terms(sentence)
    classes = h.head.classes
    logits = h.term_logits(found) if found else np.zeros(len(classes), np.float32)
    by_class = dict(zip(classes, (float(v) for v in logits), strict=True))
    dense = dict(DENSE_REACH)
    pieces = pieces_reach()
    if pieces is not None:
        guess = pieces.guess(_word_pieces(sentence)) + pieces.bound
        for pair, most in zip(pieces.pairs, (float(v) for v in guess), strict=True):
            dense[pair] = min(dense[pair], most)
    reach = {
        label: min(
            by_class[label] - by_class[other] + dense[label, other] + REACH_MARGIN
            for other in classes
            if other != label
        )
        for label in LABELS
    }
    with _lock:
        _reaches[sentence] = reach
        while len(_reaches) > CACHE_SIZE:
            _reaches.popitem(last=False)
    return reach


@dataclass(frozen=True)
class PiecesReach:
    """The word pieces' guess of each (label, other class) dense difference, and its bound."""

    pairs: tuple[tuple[str, str], ...]
    weights: np.ndarray  # (word pieces, pairs), float32
    intercept: np.ndarray  # (pairs,)
    bound: np.ndarray  # (pairs,): the most a measured sentence exceeded its guess by

    def guess(self, pieces: list[int]) -> np.ndarray:
        """(pairs,): the guessed dense differences of a text of these word pieces."""
        summed: np.ndarray = self.weights[pieces].sum(axis=0, dtype=np.float64)
        guess: np.ndarray = summed / len(pieces) + self.intercept
        return guess


@cache
def pieces_reach() -> PiecesReach | None:
    """The file's guesses, or None when they were fitted for another head than this one."""
    if not PIECES_REACH_SHA256:
        return None
    actual = hashlib.sha256(PIECES_REACH_PATH.read_bytes()).hexdigest()
    if actual != PIECES_REACH_SHA256:
        raise HeadsFileMismatch(
            f"{PIECES_REACH_PATH} has SHA-256 {actual}, expected {PIECES_REACH_SHA256}: "
            "write it with `bench/wording_gate.py --write-reach` and pin the hash it prints."
        )
    data = np.load(PIECES_REACH_PATH, allow_pickle=False)
    if str(data["head"]) != HEADS_SHA256:
        return None
    return PiecesReach(
        pairs=tuple((str(a), str(b)) for a, b in data["pairs"]),
        weights=data["weights"],
        intercept=data["intercept"].astype(np.float64),
        bound=data["bound"].astype(np.float64),
    )


def _word_pieces(sentence: str) -> list[int]:
    from .embedders import word_pieces

    return word_pieces(sentence)  # kept: the model reads the same pieces if the sentence is open


def score(sentences: list[str]) -> list[WordingScores]:
    """One score pair per sentence, with one embedding call for the sentences not cached."""
    scores = score_some(sentences)
    return [s for s in scores if s is not None]


def score_some(
    sentences: list[str], *, new: int | None = None, characters: int | None = None
) -> list[WordingScores | None]:
    """Scores of the sentences, embedding only some of those not cached: in the order given, at
    most `new` of them (but always one) and, after the first, no more than `characters` in all
    (None: no limit).
    A sentence left out is None; asking again later scores the next ones."""
    known: dict[str, WordingScores] = {}
    with _lock:
        for sentence in sentences:
            if sentence in _cache:
                _cache.move_to_end(sentence)
                known[sentence] = _cache[sentence]
                if sentence in _vectors:
                    _vectors.move_to_end(sentence)
    known.update(_shared_scores([s for s in dict.fromkeys(sentences) if s not in known]))
    missing: list[str] = []
    length = 0
    for sentence in dict.fromkeys(sentences):
        if sentence in known:
            continue
        if missing and (
            (new is not None and len(missing) >= new)
            or (characters is not None and length + len(sentence) > characters)
        ):
            break
        missing.append(sentence)
        length += len(sentence)
    if missing:
        known.update(_scored(missing))
    return [known.get(s) for s in sentences]


def _scored(sentences: list[str]) -> dict[str, WordingScores]:
    """Embeds and scores the sentences in one embedding call, and caches what it found."""
    from . import embed

    h = head()
    vectors = _taken("embed", sentences)
    if vectors is None:
        vectors = embed(sentences)
    probabilities = h.probabilities(sentences, vectors)
    columns = [h.head.classes.index(label) for label in LABELS]
    found = {
        sentence: WordingScores(*(round(float(row[c]), 4) for c in columns))
        for sentence, row in zip(sentences, probabilities, strict=True)
    }
    with _lock:
        _cache.update(found)
        _vectors.update(zip(sentences, vectors, strict=True))
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        while len(_vectors) > CACHE_SIZE:
            _vectors.popitem(last=False)
    seconds = _shared_seconds()
    if seconds:
        shared = {_shared_key(s): (v.legal_risk, v.hostile_tone) for s, v in found.items()}
        try:
            caches[SHARED_CACHE].set_many(shared, seconds)
        except Exception as error:  # a saving only: the check goes on without it
            log.warning("wording: the shared cache could not keep scores: %s", error)
    return found


def _shared_seconds() -> int:
    return int(settings.OPENLINE.get("WORDING_SHARED_SECONDS", 0))


def _shared_key(sentence: str) -> str:
    """The shared cache's key of a sentence's scores: keyed with the secret key, so that the
    cache tells no one without it whether a guessed sentence was written."""
    salt = f"openline.wording.{HEADS_SHA256}.{MODEL_ID}"
    return f"wording:{salted_hmac(salt, sentence, algorithm='sha256').hexdigest()[:40]}"


def _shared_scores(sentences: list[str]) -> dict[str, WordingScores]:
    """The scores another process kept in the shared cache (one read), now cached here too."""
    if not sentences or not _shared_seconds():
        return {}
    keys = {_shared_key(sentence): sentence for sentence in sentences}
    try:
        kept = caches[SHARED_CACHE].get_many(list(keys))
    except Exception as error:  # a saving only: the sentences are embedded here instead
        log.warning("wording: the shared cache could not be read: %s", error)
        return {}
    found = {keys[key]: WordingScores(*value) for key, value in kept.items()}
    if found:
        with _lock:
            _cache.update(found)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return found


def _shared_known(sentences: list[str]) -> set[str]:
    """Which of the sentences another process's scores are kept for in the shared cache, read
    without keeping them here (Ahead's plan: narrowed() and score_some() read them again)."""
    if not sentences or not _shared_seconds():
        return set()
    keys = {_shared_key(sentence): sentence for sentence in sentences}
    try:
        kept = caches[SHARED_CACHE].get_many(list(keys))
    except Exception as error:  # as _shared_scores: then the sentences count as not kept
        log.warning("wording: the shared cache could not be read: %s", error)
        return set()
    return {keys[key] for key in kept}


class Ahead:
    """The model runs a publishing check's wording head will ask for, started in a thread of
    their own while the check's other detectors run (session 33, speed-cold-v28).

    The plan is the one the check's own path (narrowed(), then score()) follows, computed from
    each sentence's labels reachable() leaves open at the head's thresholds before any pattern's
    finding is known: the quick read of the fresh sentences, then the float embedding of those
    it leaves open that are not scored. ONNX Runtime lets go of the GIL while it runs, so those
    runs overlap the pattern detectors' Python. The check takes a result only when it asks for
    exactly the texts planned, in the same order (`take`): the same call on the same list gives
    the same vectors, bit for bit, and the caches are filled by the check itself, as before. A
    pattern's finding that closes a sentence, a concurrent check that scored one, a shared
    score: the check asks for other texts and embeds them itself, and what ran ahead is
    dropped (CPU spent for nothing, never another finding)."""

    def __init__(self, sentences: list[str], asked: list[dict[str, float]]) -> None:
        self._sentences = sentences
        self._asked = asked
        self._condition = threading.Condition()
        self._plans: dict[str, tuple[str, ...]] = {}
        self._results: dict[str, np.ndarray | None] = {}
        self._finished = False
        self._stopped = False
        todo = [s for s, kinds in zip(sentences, asked, strict=True) if kinds]
        with _lock:
            unscored = list(dict.fromkeys(s for s in todo if s not in _cache))
        self._shared = _shared_known(unscored)
        self._unscored = [s for s in unscored if s not in self._shared]
        quick: list[str] = []
        if _quick_stage() and _embed_quick_of_embedder() is not None:
            unshared = set(self._unscored)
            todo = _quick_todo(sentences, asked)  # as narrowed() will ask
            with _lock:
                quick = [s for s in todo if s in unshared and s not in _quick]
        self._quick = quick
        self._plans["quick"] = tuple(quick)

    def start(self) -> "Ahead | None":
        """Starts the thread; None, and no thread, when every open sentence is scored already
        (a re-check): the check would embed nothing."""
        if not self._unscored:
            return None
        threading.Thread(target=self._run, name="wording-ahead", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            self._ahead()
        except Exception as error:  # the check embeds what it needs itself
            log.warning("wording: the model could not run ahead: %s", error)
        finally:
            with self._condition:
                self._finished = True
                self._condition.notify_all()

    def _ahead(self) -> None:
        from . import embed

        reaches: dict[str, dict[str, float]] = {}
        if self._quick:
            embed_quick = _embed_quick_of_embedder()
            vectors = embed_quick(self._quick) if embed_quick is not None else None
            self._give("quick", vectors)
            if vectors is not None:
                reaches = _quick_reaches(self._quick, vectors)
        with _lock:
            quick = [reaches.get(s, _quick.get(s)) for s in self._sentences]
        asked = _narrowed_by(self._asked, quick) if _quick_stage() else self._asked
        embedded = [s for s, kinds in zip(self._sentences, asked, strict=True) if kinds]
        with _lock:
            missing = [
                s for s in dict.fromkeys(embedded) if s not in _cache and s not in self._shared
            ]
        with self._condition:
            if self._stopped:
                return
            self._plans["embed"] = tuple(missing)
            self._condition.notify_all()
        if missing:
            self._give("embed", embed(missing))

    def _give(self, stage: str, vectors: np.ndarray | None) -> None:
        with self._condition:
            self._results[stage] = vectors
            self._condition.notify_all()

    def take(self, stage: str, texts: list[str]) -> np.ndarray | None:
        """The vectors run ahead for `stage` ("quick" or "embed") if they are of exactly
        `texts`, waiting for them; else None (the caller embeds). Each is taken once. A
        check that asks for other texts than the quick stage planned stops what is left."""
        with self._condition:
            while stage not in self._plans and not self._finished and not self._stopped:
                self._condition.wait()
            planned = self._plans.pop(stage, None)
            if self._stopped or planned != tuple(texts):
                self._stopped = True
                return None
            if not planned:  # nothing was to run, nothing ran
                return None
            while stage not in self._results and not self._finished:
                self._condition.wait()
            return self._results.pop(stage, None)

    def stop(self) -> None:
        """The check is over: nothing more is waited for, and no further stage starts."""
        with self._condition:
            self._stopped = True
            self._condition.notify_all()


_ahead: ContextVar[Ahead | None] = ContextVar("wording_ahead", default=None)


@contextmanager
def using(ahead: Ahead | None) -> Iterator[None]:
    """Within the block, narrowed() and score() in this thread take what `ahead` ran."""
    token = _ahead.set(ahead)
    try:
        yield
    finally:
        _ahead.reset(token)
        if ahead is not None:
            ahead.stop()


def _taken(stage: str, texts: list[str]) -> np.ndarray | None:
    ahead = _ahead.get()
    return None if ahead is None else ahead.take(stage, texts)


def embeddings(sentences: list[str], *, missing: bool = False) -> list[np.ndarray | None]:
    """The embedding of each sentence the head has scored (and still caches), else None; with
    `missing`, the others are embedded here (one call) and kept beside the head's: a sentence the
    head's gate settled without reading (`reachable`) has no vector of the head's."""
    with _lock:
        found = [_vectors.get(s) for s in sentences]
    if not missing or all(v is not None for v in found):
        return found
    from . import embed

    asked = list(dict.fromkeys(s for s, v in zip(sentences, found, strict=True) if v is None))
    vectors = dict(zip(asked, embed(asked), strict=True))
    with _lock:
        _vectors.update(vectors)
        while len(_vectors) > CACHE_SIZE:
            _vectors.popitem(last=False)
    return [v if v is not None else vectors[s] for s, v in zip(sentences, found, strict=True)]


def clear_cache() -> None:
    from .embedders import forget_word_pieces

    with _lock:
        _cache.clear()
        _reaches.clear()
        _quick.clear()
        _vectors.clear()
    forget_word_pieces()
