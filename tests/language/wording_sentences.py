"""Sentences the wording head's tests read (a plain one, the training corpus's by label) and
what the head reports of them."""

import json

from openline.language import wording
from openline.language.voice import DATA_DIR

# Left open by the first stage (its cue terms and word pieces), settled by its quick vector.
PLAIN = "Just restart the router and try the setup again, please."


def corpus_sentences(label: str, count: int) -> list[str]:
    """The first `count` sentences of the head's training corpus with `label`."""
    rows = (json.loads(line) for line in (DATA_DIR / "wording_train.jsonl").open())
    return [row["text"] for row in rows if row["label"] == label][:count]


def reported(sentences: list[str], thresholds: dict[str, float]) -> list[tuple[str, str]]:
    """Each sentence and label the head reports at `thresholds`, scoring every sentence."""
    scores = wording.score(sentences)
    return [
        (sentence, label)
        for sentence, score in zip(sentences, scores, strict=True)
        for label, threshold in thresholds.items()
        if getattr(score, label) >= threshold
    ]
