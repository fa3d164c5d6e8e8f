"""What the wording head's tests ask of a text or a sentence (test_wording_v8, test_wording_v9)."""

from openline.language import wording as head

from .findings import kinds

__all__ = ["head_score", "kinds"]


def head_score(sentence: str, kind: str) -> float:
    (score,) = head.score([sentence])
    return float(getattr(score, kind))
