"""The sense of a word in a sentence: is "Heron" here the name of the item a note describes
("code name of the unannounced smart meter"), or the same word used ordinarily (a bird, a pub,
someone's username, a house number)?

`ordinary_probability(text, start, end, note)` reads the sentence around text[start:end] and
applies a small logistic-regression head in NumPy to a few features of it (register-sense,
issue 13): how the word is written (a bare number, capitalised inside a sentence, in quotes,
after an article or a possessive), the cues around it (a project or ticket said; a sentence
that explains the word or the number is something else; a customer's words quoted back; a
handle), how much of the note the sentence says, and three similarities of sentence
embeddings by the packaged model: the sentence and the note, the sentence without the word and
the note, the sentence with and without the word. The head was trained by
bench/register_sense.py with scikit-learn (needed only to train) on a hand-written corpus of
invented words and companies (bench/register_sense_corpus.py), the register lines written
blind (bench/register_blind26_en.jsonl, register_blind30_en.jsonl; session 30) and the read
evaluation sets' occurrences of register words up to holdout21; the weights file is
hash-pinned like the other heads.

Only the embedder the head was trained on gives features it can read: with another one
(tests' hashing embedder), `available()` is False and nothing is judged.
"""

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .spans import FULL_STOPS, sentence_bounds
from .voice import DATA_DIR, HeadsFileMismatch

__all__ = ["FEATURES", "available", "features", "ordinary_probability", "sentence_span"]

HEAD_PATH = DATA_DIR / "register_sense.npz"
# Written by bench/register_sense.py --write; a retrained file comes with its new hash.
HEAD_SHA256 = "3f58eda728e3773aed0aab0372579fb3b434559d7894c383c99a1ed040401665"
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
# What stands for the word in the sentence "without" it.
PLACEHOLDER = "X"

FEATURES = (
    "number", "capital_inside", "sentence_start", "quoted", "article_before",
    "possessive_before", "marker_near", "code_cue", "explained", "other_number",
    "quoting_customer", "handle", "someone_elses", "note_words", "compound_after",
    "sim_note", "sim_note_without", "sim_with_without",
)  # fmt: skip

SENTENCE_END = FULL_STOPS
QUOTES = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|der|die|das|ein|eine|einen)\s+[\"'\u201c\u201e]?$")
POSSESSIVE_BEFORE = re.compile(
    r"(?i)\b(?:my|your|his|her|their|its|mein\w*|dein\w*|ihr\w*|sein\w*)\s+(?:\w+\s+)?$"
)
MARKER = re.compile(
    r"(?i)\b(?:project|projekt|operation|programme|program|code ?name\w*|codenamed|initiative"
    r"|ticket|incident|inc|escalation|rollout|roll-out|pilot|workstream)\b"
)
CODE_CUE = re.compile(
    r"(?i)\b(?:internal\w*|intern\w*|confidential|unannounced|not (?:yet )?(?:public|announced)"
    r"|under wraps|can'?t (?:say|share|talk)|between us|off the record|roadmap|launch\w*"
    r"|escalat\w*|post-?mortem|root cause|staff|engineering|on our side|our team|we'?re working"
    r"|vertraulich|noch nicht|geheim)\b"
)
EXPLAINED = re.compile(
    r"(?i)\b(?:not (?:a|an|the|our|ours|us|one of ours|related|affiliated|a ticket|an? "
    r"(?:id|reference|code))|nothing to do with|no (?:relation|connection|link)|unrelated"
    r"|just (?:the|a|an|my|your|our|what)|only (?:the|a|an)|simply (?:the|a)|by the way"
    r"|means|meaning|as in|in the sense|the word|named after|called it|the name of"
    r"|happens to|coincidence|different (?:company|thing|one)|another (?:company|brand|shop)"
    r"|was my|is my|is your|was your|nicht unser\w*|hei(?:ss|\u00df)t|bedeutet"
    r"|nur (?:die|der|das|eine?))\b"
)
OTHER_NUMBER = re.compile(
    r"(?i)\b(?:house|door|flat|room|seat|gate|platform|bus|route|till|register|receipt"
    r"|order|invoice|statement|account|postcode|zip|model|serial|tracking|flight|table|phone"
    r"|pin|year|page|item|product|sku|size|street|road|number|no\.|nr\.?|hausnummer|bon"
    r"|rechnung|bestell\w*|kontoauszug)\b"
)
QUOTING = re.compile(
    r"(?i)\b(?:you (?:said|mentioned|asked|wrote|called|meant|were asking)|your (?:post|message"
    r"|comment|question|tweet|toot|review|thread)|you'?re (?:asking|referring)|du (?:schreibst|"
    r"fragst)|sie (?:schreiben|fragen))\b"
)
HANDLE = re.compile(
    r"(?<![\w.])@[\w.-]+|\bu/\w+|(?i:\b(?:user ?name|handle|nickname|account name))"
)
SOMEONE_ELSES = re.compile(
    r"(?i)\b(?:their|theirs|not ours|not our|another|other compan\w*|a (?:pub|caf\u00e9|cafe"
    r"|shop|band|club|group|film|game|book|song|restaurant|hotel|boat|horse|dog|cat)|brand)\b"
)
WORD = re.compile(r"[^\W\d_]{4,}")
NOTE_STOPWORDS = frozenset(
    (
        "code", "name", "internal", "unannounced", "project", "about", "with", "that", "this",
        "from", "their", "which", "ticket", "incident", "note", "customers", "customer",
        "public", "before",
    )
)  # fmt: skip
CACHE_SIZE = 2048

_lock = threading.Lock()
_vectors: "OrderedDict[str, np.ndarray]" = OrderedDict()


@dataclass(frozen=True)
class SenseHead:
    weights: np.ndarray  # (features,)
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def probability(self, row: np.ndarray) -> float:
        logit = float(((row - self.mean) / self.scale) @ self.weights + self.bias)
        return float(1.0 / (1.0 + np.exp(-logit)))


def logistic_head(
    path: Path, sha256: str, features: tuple[str, ...], retrain: str
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """A small logistic head's weights, bias, mean and scale from its hash-pinned .npz file,
    checked against the features the code computes (this head's and the register-meaning
    check's). `retrain` says which command writes the file."""
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != sha256:
        raise HeadsFileMismatch(
            f"{path} has SHA-256 {actual}, expected {sha256}: retrain with "
            f"{retrain} and pin the hash it prints."
        )
    data = np.load(path, allow_pickle=False)
    names = tuple(str(n) for n in data["features"])
    if names != features:
        raise HeadsFileMismatch(f"{path} was trained on other features: {names}")
    return data["weights"], float(data["bias"]), data["mean"], data["scale"]


@cache
def head() -> SenseHead:
    with _lock:
        return SenseHead(
            *logistic_head(HEAD_PATH, HEAD_SHA256, FEATURES, "bench/register_sense.py --write")
        )


def available() -> bool:
    """Whether the configured embedder is the one the head was trained on."""
    from .embedders import configured_model_id

    return configured_model_id() == MODEL_ID


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding text[start:end], with its stop."""
    return sentence_bounds(text, start, end, stops=SENTENCE_END, with_stop=True, trim=True)


def _embedded(texts: list[str]) -> list[np.ndarray]:
    from .embedders import embed

    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _vectors]
    if missing:
        found = dict(zip(missing, embed(missing), strict=True))
        with _lock:
            _vectors.update(found)
            while len(_vectors) > CACHE_SIZE:
                _vectors.popitem(last=False)
    else:
        found = {}
    with _lock:
        return [found[t] if t in found else _vectors[t] for t in texts]


def _lexical(text: str, start: int, end: int, note: str) -> list[float]:
    begin, finish = sentence_span(text, start, end)
    sentence, word = text[begin:finish], text[start:end]
    before, after = text[max(begin, start - 40) : start], text[end : min(finish, end + 40)]
    near = text[max(begin, start - 25) : min(finish, end + 25)]
    first = next((c for c in word if c.isalnum()), "")
    note_words = {w.casefold()[:5] for w in WORD.findall(note)} - {w[:5] for w in NOTE_STOPWORDS}
    own = {w.casefold()[:5] for w in WORD.findall(word)}
    said = {w.casefold()[:5] for w in WORD.findall(sentence)} - own
    around = sentence[: start - begin] + " " + sentence[end - begin :]
    return [
        float(bool(re.fullmatch(r"[#\s-]*\d[\d\s-]*", word))),
        float(first.isupper() and start > begin),
        float(start == begin),
        float((bool(before) and before[-1] in QUOTES) or (bool(after) and after[0] in QUOTES)),
        float(bool(ARTICLE_BEFORE.search(before))),
        float(bool(POSSESSIVE_BEFORE.search(before))),
        float(bool(MARKER.search(near)) or bool(MARKER.search(word))),
        float(bool(CODE_CUE.search(around))),
        float(bool(EXPLAINED.search(around))),
        float(bool(OTHER_NUMBER.search(around))),
        float(bool(QUOTING.search(around))),
        float(bool(HANDLE.search(around))),
        float(bool(SOMEONE_ELSES.search(around))),
        len(note_words & said) / max(1, len(note_words)),
        float(bool(re.match(r"-[a-z]", after))),
    ]


def sentences(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence of text[start:end], and the same with the word replaced by PLACEHOLDER."""
    begin, finish = sentence_span(text, start, end)
    sentence = text[begin:finish].strip()
    return sentence, (text[begin:start] + PLACEHOLDER + text[end:finish]).strip()


def features(text: str, start: int, end: int, note: str) -> np.ndarray:
    """The head's features of text[start:end] in its sentence, for an item noted `note`."""
    sentence, without = sentences(text, start, end)
    vs, vw, vn = _embedded([sentence, without, note or PLACEHOLDER])
    similarities = [float(vs @ vn), float(vw @ vn), float(vs @ vw)]
    return np.array([*_lexical(text, start, end, note), *similarities], dtype=np.float32)


def ordinary_probability(text: str, start: int, end: int, note: str) -> float:
    """How sure the head is that text[start:end] is an ordinary word here, not the item."""
    return head().probability(features(text, start, end, note))


def clear_cache() -> None:
    with _lock:
        _vectors.clear()
