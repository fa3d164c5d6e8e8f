"""Wording of a German reply, per sentence: the probability that it carries legal risk or a
hostile tone, read without an embedding model (the packaged all-MiniLM-L6-v2 reads English).

A sentence is read as a bag of what it is written with, after German-aware folding (lower case,
ä → ae, ß → ss, accents dropped, digits as 0): its words, its word pairs, and the character
n-grams (2 to 5) of each word padded with a space on either side, so that a compound shares its
parts with the words it is made of ("Vollkoffer", "Grundschulmathematik", "verkehrssicher") and a
dialect form its stem ("dahoim", "ned"). A multinomial logistic regression over legal_risk,
hostile_tone and none is applied in NumPy: each feature present adds its weights once, scaled by
1/√(features of its kind in the sentence), so a long sentence is not sure of itself for its length
alone (weighted()). A third group, concept flags (german_concepts.py: whom the sentence addresses,
negation, particles, blame, payment, promise, policy, fault, lecturing, sarcasm, …), each worth
CONCEPT_WEIGHT, is read when that weight is not 0 (session 23, german-v18, measured a head trained
with them at 0.5 and did not ship it: docs/decisions.md; the shipped head was trained without).

The weights were trained by `openline language train --heads german` on
data/german_wording_train.jsonl (German sentences of invented companies written for it, and the
read German evaluation sets' sentences with their companies renamed: bench/german_reader_corpus.py)
with scikit-learn, which is needed only to train; the file is hash-pinned like the other heads.
"""

import functools
import hashlib
import itertools
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache

import numpy as np

from . import german_concepts
from .voice import DATA_DIR, HeadsFileMismatch
from .wording import WordingScores

__all__ = ["LABELS", "features", "normalise", "score"]

HEADS_PATH = DATA_DIR / "german_wording_heads.npz"
# Written by `openline language train --heads german`; a retrained file comes with its hash.
HEADS_SHA256 = "7ec6423ab6d5686a76f58bed6b9cb827c068241117cb389f028aa63b29f895fd"
LABELS = ("legal_risk", "hostile_tone")
NGRAMS = (2, 3, 4, 5)
# How much words and word pairs count beside the character n-grams (weighted()); chosen with
# bench/german_reader_lowo.py --word-weight.
WORD_WEIGHT = 2.0
# What a concept flag ("k…") adds to its sentence's row, unscaled by the sentence's length; 0
# leaves the flags out of features() (and costs nothing). Measured with
# bench/german_reader_lowo.py --concept-weight; a head trained with flags needs the weight it was
# trained with here.
CONCEPT_WEIGHT = 0.0
# What the sentence's skeleton ("d" features: skeleton()) adds beside its words, scaled like the
# words by 1/√(its features); 0 leaves it out of features() and costs nothing. Session 28
# (german-wording-v23) measured a head trained with it at 1.0 and did not ship it: better by
# leave-writers-out and on blind batch 28, three clean drafts more on the check
# (docs/decisions.md). Session 29 (german-wording-v24p): the head of candidate P is trained with
# it at 1.0; session 30 (german-wording-v25, candidate B) adds blind batch 30 to its corpus, the
# skeleton unchanged. Measured with bench/german_reader_lowo.py --skeleton-weight; a head trained
# with it needs its weight here.
SKELETON_WEIGHT = 1.0
CACHE_SIZE = 4096

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_DIGITS = re.compile(r"\d")
# A word, or one sign that is neither a letter nor a space ("?", "!", "…", an emoji).
_TOKEN = re.compile(r"[^\W\d_]+|0+|[^\w\s]")
# Capitalised words that are no noun: the formal and the written-up informal address.
_CAPITALISED_NO_NOUN = frozenset((
    "sie", "ihnen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "du", "dich", "dir",
    "dein", "deine", "deiner", "deinem", "deinen", "deines", "euch", "euer", "eure",
))  # fmt: skip

_lock = threading.Lock()
_cache: "OrderedDict[str, WordingScores]" = OrderedDict()


def normalise(text: str) -> str:
    """Lower case with umlauts and ß folded, other accents dropped, digits as 0: "Straße",
    "Strasse" and "STRASSE" are one word, and so are "Müll" and "Muell"."""
    folded = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _DIGITS.sub("0", plain)


def features(text: str) -> set[str]:
    """Words ("w"), neighbouring tokens ("b"), the 2 to 5 character n-grams of each word padded
    with spaces ("c"): a word's start and end are n-grams of their own; and the sentence's concept
    flags ("k", german_concepts.flags) unless CONCEPT_WEIGHT is 0."""
    folded = normalise(text)
    tokens = _TOKEN.findall(folded)
    found = {"w" + t for t in tokens}
    found.update(f"b{a} {b}" for a, b in itertools.pairwise(tokens))
    for token in tokens:
        if token.isalpha():
            found.update(_ngrams(token))
    if CONCEPT_WEIGHT:
        found.update("k" + name for name in german_concepts.flags(text, folded))
    if SKELETON_WEIGHT:
        found.update(skeleton(text))
    return found


def skeleton(text: str) -> set[str]:
    """The sentence with its nouns written as "N" (a capitalised word after the first, German
    nouns being capitalised, but for the forms of address) and its numbers as "0": its word
    triples, and its pairs that hold a noun or a number ("d…"). A trade's own nouns ("Die
    Kippsicherung fehlte", "ein Gutschein über 200 €") then share what they are said with:
    "die N fehlte", "N über 0 €"."""
    words = _TOKEN.findall(_DIGITS.sub("0", text))
    shape = []
    for i, word in enumerate(words):
        folded = normalise(word)
        if word[0] == "0":
            shape.append("0")
        elif i and word[0].isupper() and folded not in _CAPITALISED_NO_NOUN:
            shape.append("N")
        else:
            shape.append(folded)
    found = {f"d{a} {b} {c}" for a, b, c in zip(shape, shape[1:], shape[2:], strict=False)}
    found.update(f"d{a} {b}" for a, b in itertools.pairwise(shape) if {a, b} & {"N", "0"})
    return found


@functools.lru_cache(maxsize=16384)
def _ngrams(word: str) -> frozenset[str]:
    """A word's n-grams, once per word: most words of a reply recur in the next one."""
    padded = f" {word} "
    return frozenset("c" + padded[i : i + n] for n in NGRAMS for i in range(len(padded) - n + 1))


def weighted(found: set[str]) -> dict[str, float]:
    """Each feature's value in the sentence's row: 1/√n, n the sentence's features of its group
    (words and pairs, character n-grams, skeleton), so a word weighs as much among a long
    sentence's n-grams as the n-grams weigh together; words and pairs times WORD_WEIGHT; the
    skeleton's times SKELETON_WEIGHT; a concept flag CONCEPT_WEIGHT."""
    words = [f for f in found if f[0] in "wb"]
    chars = [f for f in found if f[0] == "c"]
    shapes = [f for f in found if f[0] == "d"]
    out = dict.fromkeys(words, WORD_WEIGHT / np.sqrt(len(words))) if words else {}
    if chars:
        out.update(dict.fromkeys(chars, 1 / np.sqrt(len(chars))))
    if shapes:
        out.update(dict.fromkeys(shapes, SKELETON_WEIGHT / np.sqrt(len(shapes))))
    out.update((f, CONCEPT_WEIGHT) for f in found if f[0] == "k")
    return out


@dataclass(frozen=True)
class GermanHead:
    columns: dict[str, int]  # each known feature's row in `weights`
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]

    def probabilities(self, sentences: list[str]) -> np.ndarray:
        logits = np.tile(self.bias.astype(np.float64), (len(sentences), 1))
        columns, weights = self.columns, self.weights
        for row, sentence in enumerate(sentences):
            # weighted(), summed per group without building the row
            found = features(sentence)
            words = [f for f in found if f[0] in "wb"]
            chars = [f for f in found if f[0] == "c"]
            known_words = [columns[f] for f in words if f in columns]
            known_chars = [columns[f] for f in chars if f in columns]
            known_concepts = [columns[f] for f in found if f[0] == "k" and f in columns]
            shapes = [f for f in found if f[0] == "d"] if SKELETON_WEIGHT else []
            known_shapes = [columns[f] for f in shapes if f in columns]
            if known_words:
                logits[row] += WORD_WEIGHT / np.sqrt(len(words)) * weights[known_words].sum(axis=0)
            if known_chars:
                logits[row] += weights[known_chars].sum(axis=0) / np.sqrt(len(chars))
            if known_concepts:
                logits[row] += CONCEPT_WEIGHT * weights[known_concepts].sum(axis=0)
            if known_shapes:
                logits[row] += (
                    SKELETON_WEIGHT / np.sqrt(len(shapes)) * weights[known_shapes].sum(axis=0)
                )
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return out


def load(path: str, expected: str | None) -> GermanHead:
    """The head in the file; with `expected`, only if the file has that SHA-256."""
    raw = open(path, "rb").read()  # noqa: SIM115 - read once, hashed and parsed from memory
    if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
        raise HeadsFileMismatch(
            f"{path} has SHA-256 {hashlib.sha256(raw).hexdigest()}, expected {expected}: retrain "
            "with `openline language train --heads german` and pin the hash it prints."
        )
    import io

    data = np.load(io.BytesIO(raw), allow_pickle=False)
    vocabulary = [str(t) for t in data["vocabulary"]]
    return GermanHead(
        {feature: i for i, feature in enumerate(vocabulary)},
        np.ascontiguousarray(data["weights"].astype(np.float32)),
        data["bias"].astype(np.float32),
        tuple(str(c) for c in data["classes"]),
    )


@cache
def head() -> GermanHead:
    with _lock:
        return load(str(HEADS_PATH), HEADS_SHA256)


def score(sentences: list[str]) -> list[WordingScores]:
    """One score pair per sentence; sentences scored before come from the cache."""
    known: dict[str, WordingScores] = {}
    with _lock:
        for sentence in sentences:
            if sentence in _cache:
                _cache.move_to_end(sentence)
                known[sentence] = _cache[sentence]
    missing = [s for s in dict.fromkeys(sentences) if s not in known]
    if missing:
        h = head()
        columns = [h.classes.index(label) for label in LABELS]
        found = {
            sentence: WordingScores(*(round(float(row[c]), 4) for c in columns))
            for sentence, row in zip(missing, h.probabilities(missing), strict=True)
        }
        with _lock:
            _cache.update(found)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        known.update(found)
    return [known[s] for s in sentences]


def clear_cache() -> None:
    with _lock:
        _cache.clear()
