"""The voice of the customer, per message: `classify_intent` (question, problem, complaint,
praise, idea, other) and `sentiment` (negative, neutral, positive with a score in [-1, 1]).

Both read the author's own words (`cleaning.clean_message`), embed them with the packaged
sentence model and apply a small multinomial logistic-regression head in NumPy. The heads were
trained by `openline language train` on data/voice_train.jsonl (a hand-written corpus over
invented companies, not the evaluation sets) with scikit-learn, which is needed only to train.
The weights file is hash-pinned like the embedding model. The sentiment head reads VADER's
four scores next to the embedding (measured best on the dev set: bench/README.md).
"""

import hashlib
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from django.core.exceptions import ImproperlyConfigured

from .cleaning import clean_message

DATA_DIR = Path(__file__).parent / "data"
HEADS_PATH = DATA_DIR / "voice_heads.npz"
# Written by `openline language train`; a retrained file must come with its new hash here.
HEADS_SHA256 = "aeb0d102764ab1bfcac2861f62bd6a70eb4ed0e8e0dda537ca20d45ef568f03d"

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
        return exp / exp.sum(axis=1, keepdims=True)


_lock = threading.Lock()


@cache
def heads() -> dict[str, Head]:
    with _lock:
        actual = hashlib.sha256(HEADS_PATH.read_bytes()).hexdigest()
        if actual != HEADS_SHA256:
            raise HeadsFileMismatch(
                f"{HEADS_PATH} has SHA-256 {actual}, expected {HEADS_SHA256}: retrain with "
                "`openline language train` and pin the hash it prints."
            )
        data = np.load(HEADS_PATH, allow_pickle=False)
        return {
            name: Head(
                weights=data[f"{name}_weights"], bias=data[f"{name}_bias"],
                classes=tuple(str(c) for c in data[f"{name}_classes"]),
                mean=data[f"{name}_mean"], scale=data[f"{name}_scale"],
            )  # fmt: skip
            for name in ("intent", "sentiment")
        }


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_scores(texts: list[str]) -> np.ndarray:
    """(n, 4): VADER's negative, neutral, positive and compound scores per text."""
    analyser = _vader()
    rows = [analyser.polarity_scores(t) for t in texts]
    return np.array([[r["neg"], r["neu"], r["pos"], r["compound"]] for r in rows], np.float32)


@dataclass(frozen=True)
class Features:
    embeddings: np.ndarray
    vader: np.ndarray

    def intent(self) -> np.ndarray:
        return self.embeddings

    def sentiment(self) -> np.ndarray:
        return np.hstack([self.embeddings, self.vader])


def features(texts: list[str]) -> Features:
    from . import embed

    cleaned = [clean_message(t) for t in texts]
    return Features(embeddings=embed(cleaned), vader=vader_scores(cleaned))


@dataclass(frozen=True)
class Analysis:
    intent: str
    intent_confidence: float
    sentiment: Sentiment


def analyse(texts: list[str]) -> list[Analysis]:
    """Intent and sentiment of each text, from one embedding per text."""
    if not texts:
        return []
    f = features(list(texts))
    h = heads()
    intent_p = h["intent"].probabilities(f.intent())
    sentiment_p = h["sentiment"].probabilities(f.sentiment())
    neg, pos = h["sentiment"].classes.index("negative"), h["sentiment"].classes.index("positive")
    out = []
    for ip, sp in zip(intent_p, sentiment_p, strict=True):
        best = int(ip.argmax())
        out.append(
            Analysis(
                intent=h["intent"].classes[best], intent_confidence=float(ip[best]),
                sentiment=Sentiment(h["sentiment"].classes[int(sp.argmax())],
                                    round(float(sp[pos] - sp[neg]), 4)),
            )  # fmt: skip
        )
    return out


def classify_intent(texts: list[str]) -> list[str]:
    return [a.intent for a in analyse(texts)]


def sentiment(texts: list[str]) -> list[Sentiment]:
    return [a.sentiment for a in analyse(texts)]
