"""The wording head's second stage (issue 13, session 22 cold-v17): of the sentences the first
stage leaves open, `narrowed` settles those whose quick vector (the model's int8 products
computed in integers) holds a label below its threshold even allowing for the most a quick
vector was measured to fall short (QUICK_REACH); it never settles a label the head reports."""

import pytest

from openline.language import embedders, wording

from .wording_sentences import PLAIN, corpus_sentences, reported

pytestmark = pytest.mark.usefixtures("no_cached_scores")

THRESHOLDS = {"legal_risk": 0.9933, "hostile_tone": 0.9879}  # the guidance check's pair


def test_a_plain_sentence_the_first_stage_leaves_open_is_settled_by_its_quick_vector():
    left = wording.reachable(PLAIN, THRESHOLDS)

    assert left != {}
    assert wording.narrowed([PLAIN], [left]) == [{}]


def test_the_quick_stage_never_settles_a_label_the_head_reports():
    sentences = [
        *corpus_sentences("legal_risk", 60),
        *corpus_sentences("hostile_tone", 60),
        *corpus_sentences("none", 30),
    ]
    labels = reported(sentences, THRESHOLDS)
    wording.clear_cache()

    asked = [wording.reachable(sentence, THRESHOLDS) for sentence in sentences]
    left = dict(zip(sentences, wording.narrowed(sentences, asked), strict=True))
    assert len(labels) > 40
    assert [(s, label) for s, label in labels if label not in left[s]] == []


def test_a_sentence_is_read_quickly_once(quick_calls):
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert wording.narrowed([PLAIN], asked) == wording.narrowed([PLAIN], asked) == [{}]
    assert quick_calls == [PLAIN]


def test_a_sentence_already_scored_is_judged_by_its_score_not_read_quickly(quick_calls):
    wording.score([PLAIN])
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert wording.narrowed([PLAIN], asked) == asked
    assert quick_calls == []


def test_sentences_nothing_is_asked_of_are_not_read(quick_calls):
    assert wording.narrowed([PLAIN, "Thanks!"], [{}, {}]) == [{}, {}]
    assert quick_calls == []


def test_a_head_whose_quick_reach_was_not_measured_settles_nothing(monkeypatch, quick_calls):
    monkeypatch.setattr(wording, "QUICK_HEAD", "0" * 64)
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert wording.narrowed([PLAIN], asked) == asked
    assert quick_calls == []


def test_an_embedder_without_quick_vectors_settles_nothing(monkeypatch):
    monkeypatch.setattr(embedders, "get_embedder", embedders.HashingTestEmbedder)
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert wording.narrowed([PLAIN], asked) == asked


def test_a_cpu_whose_integer_products_may_saturate_reads_nothing_quickly(monkeypatch):
    embedder = embedders.MiniLMEmbedder()
    monkeypatch.setattr(embedders, "exact_int8_products", lambda: False)
    monkeypatch.setattr(embedders, "exact_uint8_products", lambda: False)
    monkeypatch.setattr(embedders, "get_embedder", lambda: embedder)
    asked = [wording.reachable(PLAIN, THRESHOLDS)]

    assert embedder.embed_quick([PLAIN]) is None
    assert wording.narrowed([PLAIN], asked) == asked


def test_a_cpu_without_vnni_but_with_exact_uint8_products_reads_quickly(monkeypatch):
    embedder = embedders.MiniLMEmbedder()
    monkeypatch.setattr(embedders, "exact_int8_products", lambda: False)
    monkeypatch.setattr(embedders, "exact_uint8_products", lambda: True)

    assert embedder.embed_quick([PLAIN]).shape == (1, 384)
