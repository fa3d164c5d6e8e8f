"""Session 36, speed-cold-v31 (issue 13): a sentence the first stage leaves QUICK_SKIP or more
above an open label's threshold goes to the float model without a quick read (the quick stage
settles almost none of them); what the head reports is the same as with every open sentence
read quickly."""

import math

import pytest

from openline.language import wording

from .wording_sentences import PLAIN, corpus_sentences

pytestmark = pytest.mark.usefixtures("no_cached_scores")

THRESHOLDS = {"legal_risk": 0.96, "hostile_tone": 0.9879}  # the guidance check's pair


def excess(sentence: str, kinds: dict[str, float]) -> float:
    """How far the first stage leaves the sentence above its open kinds' thresholds, at most."""
    reach = wording._reach(sentence)
    return max(reach[k] - math.log(t / (1 - t)) for k, t in kinds.items())


def decisions(sentences: list[str]) -> list[list[str]]:
    """The labels the head reports of each sentence, staged as a publishing check reads."""
    asked = [wording.reachable(sentence, THRESHOLDS) for sentence in sentences]
    left = wording.narrowed(sentences, asked)
    embedded = [sentence for sentence, kinds in zip(sentences, left, strict=True) if kinds]
    scores = dict(zip(embedded, wording.score(embedded), strict=True))
    return [
        sorted(k for k, t in kinds.items() if getattr(scores[sentence], k) >= t)
        for sentence, kinds in zip(sentences, left, strict=True)
    ]


def test_a_sentence_far_above_a_threshold_is_not_read_quickly(quick_calls):
    sentences = [*corpus_sentences("legal_risk", 40), PLAIN]
    asked = [wording.reachable(sentence, THRESHOLDS) for sentence in sentences]
    far = [s for s, kinds in zip(sentences, asked, strict=True) if kinds and excess(s, kinds) >= 6]
    near = [s for s, kinds in zip(sentences, asked, strict=True) if kinds and excess(s, kinds) < 6]

    left = wording.narrowed(sentences, asked)

    assert far and near
    assert [s for s in far if s in quick_calls] == []
    assert set(near) <= set(quick_calls)
    by_sentence = dict(zip(sentences, zip(asked, left, strict=True), strict=True))
    assert all(by_sentence[s][1] == by_sentence[s][0] for s in far)  # left for the float model


def test_a_plain_sentence_near_its_thresholds_is_still_settled_by_its_quick_vector(quick_calls):
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert asked != [{}]
    assert wording.narrowed([PLAIN], asked) == [{}]
    assert quick_calls == [PLAIN]


def test_the_head_reports_what_it_reported_with_every_open_sentence_read_quickly(
    monkeypatch, quick_calls
):
    sentences = [
        *corpus_sentences("legal_risk", 60),
        *corpus_sentences("hostile_tone", 60),
        *corpus_sentences("none", 30),
    ]
    skipping = decisions(sentences)
    read_quickly = len(quick_calls)
    wording.clear_cache()
    quick_calls.clear()
    monkeypatch.setattr(wording, "QUICK_SKIP", math.inf)

    assert decisions(sentences) == skipping
    assert read_quickly < len(quick_calls)
    assert sum(1 for found in skipping if found) > 40


def test_a_head_the_skip_was_not_measured_with_reads_every_open_sentence_quickly(
    monkeypatch, quick_calls
):
    sentences = corpus_sentences("legal_risk", 20)
    asked = [wording.reachable(sentence, THRESHOLDS) for sentence in sentences]
    monkeypatch.setattr(wording, "QUICK_HEAD", "0" * 64)
    assert wording._past_quick(sentences[0], THRESHOLDS) is False
    monkeypatch.setattr(wording, "QUICK_HEAD", wording.HEADS_SHA256)
    monkeypatch.setattr(wording, "REACH_HEAD", "0" * 64)

    assert not any(wording._past_quick(s, k) for s, k in zip(sentences, asked, strict=True) if k)
