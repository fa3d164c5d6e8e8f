"""The voice of the customer, per message: `classify_intent` (question, problem, complaint,
praise, idea, other) and `sentiment` (negative, neutral, positive with a score in [-1, 1]).

Both read the author's own words (`cleaning.clean_message`), embed them with the packaged
sentence model and apply a small multinomial logistic-regression head in NumPy. The heads were
trained by `openline language train` on data/voice_train.jsonl (a hand-written corpus over
invented companies, plus the development sets' messages with their company names replaced;
never messages_dev, the drift guard's reference) with scikit-learn, which is needed only to
train. The weights file is hash-pinned like the embedding model. Both heads read the same
features: the embedding, VADER's four scores, six cues of form (question marks, '!', capitals,
length, emoji) and a bag of cue terms learnt from the corpus (each part measured:
bench/README.md). The sentiment read out combines both
heads (`combined_sentiment`): a complaint is negative and praise positive by the labelling
guide, and the sentiment head decides for the other intents.
"""

import hashlib
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from django.core.exceptions import ImproperlyConfigured

from .cleaning import clean_message

__all__ = ["analyse", "classify_intent", "clean_message", "sentiment"]

DATA_DIR = Path(__file__).parent / "data"
HEADS_PATH = DATA_DIR / "voice_heads.npz"
# Written by `openline language train`; a retrained file must come with its new hash here.
HEADS_SHA256 = "f6c2236ff619183328e584669bd4e5b4695b587cc69c8ca9a9b65a18d38e3d6a"

# How much the bag of terms counts next to the standardised dense features (measured on dev:
# bench/README.md); the terms' rows have length 1 before this.
TERMS_WEIGHT = 30.0

INTENTS = ("question", "problem", "complaint", "praise", "idea", "other")
SENTIMENTS = ("negative", "neutral", "positive")


class HeadsFileMismatch(ImproperlyConfigured):
    """The shipped weights are not the ones this code was measured with."""


@dataclass(frozen=True)
class Sentiment:
    label: str
    score: float  # P(positive) - P(negative), in [-1, 1]


@dataclass(frozen=True)
class Head:
    weights: np.ndarray  # (classes, features)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]
    mean: np.ndarray  # feature standardisation learnt at training
    scale: np.ndarray

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        logits = ((features - self.mean) / self.scale) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probabilities: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return probabilities


_lock = threading.Lock()


@dataclass(frozen=True)
class Heads:
    intent: Head
    sentiment: Head
    vocabulary: list[str]


def installed_path() -> Path:
    """Where `openline language train --heads intent --from-corrections` installs heads
    retrained on this site's corrections (beside the database), with their hash beside them."""
    from django.conf import settings

    return Path(settings.DATA_DIR) / "voice_heads.npz"


def pin_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def active_heads() -> tuple[Path, str]:
    """The heads file in use and its expected SHA-256: the site's retrained heads when
    installed, else the shipped ones pinned here."""
    local = installed_path()
    if local.exists() and pin_path(local).exists():
        return local, pin_path(local).read_text().strip()
    return HEADS_PATH, HEADS_SHA256


def load_heads(path: Path, expected: str) -> Heads:
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != expected:
        raise HeadsFileMismatch(
            f"{path} has SHA-256 {actual}, expected {expected}: retrain with "
            "`openline language train` and pin the hash it prints."
        )
    data = np.load(path, allow_pickle=False)
    loaded = {
        name: Head(
            weights=data[f"{name}_weights"],
            bias=data[f"{name}_bias"],
            classes=tuple(str(c) for c in data[f"{name}_classes"]),
            mean=data[f"{name}_mean"],
            scale=data[f"{name}_scale"],
        )
        for name in ("intent", "sentiment")
    }
    return Heads(**loaded, vocabulary=[str(t) for t in data["vocabulary"]])


@cache
def heads() -> Heads:
    with _lock:
        return load_heads(*active_heads())


@cache
def _vader() -> Any:  # vaderSentiment's SentimentIntensityAnalyzer (untyped library)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_scores(texts: list[str]) -> np.ndarray:
    """(n, 4): VADER's negative, neutral, positive and compound scores per text."""
    analyser = _vader()
    rows = [analyser.polarity_scores(t) for t in texts]
    return np.array([[r["neg"], r["neu"], r["pos"], r["compound"]] for r in rows], np.float32)


_TOKEN = re.compile(r"[a-z0-9']+|[?!]|[^\w\s.,;:()\"'-]", re.IGNORECASE)


def terms(text: str) -> set[str]:
    """Lower-cased words, '?' and '!', emoji, and the pairs of neighbours among them: the cue
    words of intent ("please add", "how do", "thank you", "🙃") that a sentence embedding,
    which mostly says what a text is about, blurs."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    return set(tokens) | {f"{a} {b}" for a, b in pairwise(tokens)}


def bag_of_terms(texts: list[str], vocabulary: list[str] | Mapping[str, int]) -> np.ndarray:
    """(n, len(vocabulary)): 1 where the text has the term, rows of length 1. A vocabulary given
    as its column per term is used as it is (building it for 10,000 terms costs more than
    reading one sentence: the live guidance check passes it)."""
    column = (
        vocabulary
        if isinstance(vocabulary, Mapping)
        else {term: i for i, term in enumerate(vocabulary)}
    )
    out = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, text in enumerate(texts):
        for term in terms(text):
            if term in column:
                out[row, column[term]] = 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def cue_features(texts: list[str]) -> np.ndarray:
    """(n, 6): the form of a text that neither the embedding nor VADER keeps: has a '?', ends
    in one, how many '!' (up to 3), the share of capitals, length in words (up to 200), any
    emoji or symbol. Measured with leave-one-company-out (bench/README.md, voice-v4)."""
    rows = []
    for text in texts:
        n = max(len(text), 1)
        rows.append([
            "?" in text, text.rstrip().endswith("?"), min(text.count("!"), 3) / 3,
            sum(ch.isupper() for ch in text) / n, min(len(text.split()), 200) / 200,
            any(ord(ch) > 0x2500 for ch in text),
        ])  # fmt: skip
    return np.array(rows, dtype=np.float32).reshape(len(texts), 6)


@dataclass(frozen=True)
class Features:
    embeddings: np.ndarray
    vader: np.ndarray
    cleaned: tuple[str, ...] = ()

    def dense(self) -> np.ndarray:
        return np.hstack([self.embeddings, self.vader, cue_features(list(self.cleaned))])

    def head_input(self, vocabulary: list[str]) -> np.ndarray:
        """What both heads read: embedding, VADER, and the weighted bag of terms."""
        bag = TERMS_WEIGHT * bag_of_terms(list(self.cleaned), vocabulary)
        return np.hstack([self.dense(), bag])


def features(texts: list[str]) -> Features:
    from . import embed

    cleaned = [clean_message(t) for t in texts]
    return Features(embed(cleaned), vader_scores(cleaned), tuple(cleaned))


@dataclass(frozen=True)
class Analysis:
    intent: str
    intent_confidence: float
    sentiment: Sentiment


def combined_sentiment(h: Heads, intent_p: np.ndarray, sentiment_p: np.ndarray) -> np.ndarray:
    """P(sentiment) = sum over intents of P(intent) P(sentiment | intent), where the labelling
    guide fixes P(negative | complaint) = P(positive | praise) = 1 and the sentiment head gives
    the rest. The head alone left many complaints and praise neutral on unseen text; this
    measured no worse on any dev set and better on most (bench/README.md, voice-v3)."""
    neg, pos = h.sentiment.classes.index("negative"), h.sentiment.classes.index("positive")
    complaint = intent_p[:, h.intent.classes.index("complaint")]
    praise = intent_p[:, h.intent.classes.index("praise")]
    combined: np.ndarray = (1.0 - complaint - praise)[:, None] * sentiment_p
    combined[:, neg] += complaint
    combined[:, pos] += praise
    return combined


def analyse(texts: list[str]) -> list[Analysis]:
    """Intent and sentiment of each text, from one embedding per text."""
    if not texts:
        return []
    h = heads()
    x = features(list(texts)).head_input(h.vocabulary)
    intent_p = h.intent.probabilities(x)
    sentiment_p = combined_sentiment(h, intent_p, h.sentiment.probabilities(x))
    neg, pos = h.sentiment.classes.index("negative"), h.sentiment.classes.index("positive")
    out = []
    for ip, sp in zip(intent_p, sentiment_p, strict=True):
        best = int(ip.argmax())
        out.append(
            Analysis(
                intent=h.intent.classes[best],
                intent_confidence=float(ip[best]),
                sentiment=Sentiment(
                    h.sentiment.classes[int(sp.argmax())], round(float(sp[pos] - sp[neg]), 4)
                ),
            )
        )
    return out


def classify_intent(texts: list[str]) -> list[str]:
    return [a.intent for a in analyse(texts)]


def sentiment(texts: list[str]) -> list[Sentiment]:
    return [a.sentiment for a in analyse(texts)]
