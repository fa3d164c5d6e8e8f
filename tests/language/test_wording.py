"""The wording head (legal risk, hostile tone): the shipped weights, their hash check, and the
corpus they were trained on."""

import hashlib
import json

import pytest

from openline.language import training, voice, wording

EVALUATION_AND_DEMO_COMPANIES = (
    "halden", "pawfold", "corvia", "mirefox", "brightwell", "zippa", "kestrel", "brevano",
    "strandline",
)  # fmt: skip


def test_the_shipped_weights_are_the_pinned_ones():
    digest = hashlib.sha256(wording.HEADS_PATH.read_bytes()).hexdigest()

    assert digest == wording.HEADS_SHA256


def test_weights_other_than_the_pinned_ones_are_refused(monkeypatch):
    wording.head.cache_clear()
    monkeypatch.setattr(wording, "HEADS_SHA256", "0" * 64)
    try:
        with pytest.raises(voice.HeadsFileMismatch, match="language train --heads wording"):
            wording.head()
    finally:
        wording.head.cache_clear()


def test_the_corpus_is_large_covers_every_label_and_names_no_evaluation_company():
    rows = training.load_corpus(training.WORDING_CORPUS_PATH)
    text = json.dumps(rows).lower()

    assert len(rows) >= 600
    assert {r["label"] for r in rows} == {"legal_risk", "hostile_tone", "none"}
    assert sum(r["label"] == "legal_risk" for r in rows) >= 200
    assert sum(r["label"] == "hostile_tone" for r in rows) >= 200
    assert not [name for name in EVALUATION_AND_DEMO_COMPANIES if name in text]


def test_scores_come_per_sentence_and_are_probabilities(db):
    wording.clear_cache()
    scores = wording.score([
        "We admit our installer was negligent and we'll pay for all the damage.",
        "Thanks for your patience, the replacement ships today.",
        "Thanks for your patience, the replacement ships today.",
    ])  # fmt: skip

    assert len(scores) == 3
    assert scores[0].legal_risk > 0.5 > scores[1].legal_risk
    assert scores[1] == scores[2]
    assert all(0 <= s.legal_risk + s.hostile_tone <= 1 for s in scores)


def test_a_cached_sentence_is_not_embedded_again(monkeypatch):
    wording.clear_cache()
    wording.score(["We were legally responsible for the flood."])
    calls = []
    import openline.language as language

    original = language.embed
    monkeypatch.setattr(language, "embed", lambda texts: calls.append(texts) or original(texts))

    wording.score(["We were legally responsible for the flood.", "Have a nice day."])

    assert calls == [["Have a nice day."]]
