"""What the wording head's tests ask of a text or a sentence (test_wording_v8, test_wording_v9)."""

from openline.guidance.checks import check_text
from openline.language import wording as head


def kinds(text: str) -> set[str]:
    return {f.kind for f in check_text(text).findings}


def head_score(sentence: str, kind: str) -> float:
    (score,) = head.score([sentence])
    return float(getattr(score, kind))
