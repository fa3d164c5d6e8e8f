"""The wording head's first stage (issue 13, cold cost): `reachable` settles, from a sentence's cue
terms alone, the labels its score cannot reach whatever its embedding, so a check embeds only the
sentences still undecided; it never settles a label the head would report."""

from openline.language import wording

from .wording_sentences import corpus_sentences, reported

THRESHOLDS = {"legal_risk": 0.9933, "hostile_tone": 0.9879}  # the guidance check's pair
SETTLED = "Your refund has been processed and should reach your account within five working days."


def test_a_sentence_whose_cue_terms_hold_both_labels_down_is_settled():
    assert wording.reachable(SETTLED, THRESHOLDS) == {}


def test_a_label_the_terms_leave_within_reach_stays_open_with_its_threshold():
    sentence = "Honestly, it is a router, not rocket science."

    # hostile tone stays open; nothing in its word pieces brings legal risk within reach
    assert wording.reachable(sentence, THRESHOLDS) == {"hostile_tone": 0.9879}


def test_word_pieces_settle_a_sentence_the_cue_terms_alone_leave_open(monkeypatch):
    sentence = "Just to be clear, the receipt is on its way."
    assert wording.reachable(sentence, THRESHOLDS) == {}

    monkeypatch.setattr(wording, "pieces_reach", lambda: None)
    wording.clear_cache()

    assert wording.reachable(sentence, THRESHOLDS) == {"hostile_tone": 0.9879}


def test_word_pieces_fitted_for_another_head_settle_nothing_more(monkeypatch):
    wording.pieces_reach.cache_clear()
    monkeypatch.setattr(wording, "HEADS_SHA256", "0" * 64)
    try:
        assert wording.pieces_reach() is None
    finally:
        wording.pieces_reach.cache_clear()


def test_a_plain_instruction_is_settled_without_the_model(monkeypatch):
    """Session 30 (speed-v25): at REACH_MARGIN -2.0 the first stage settles a plain sentence that
    the margin of 0.5 left to the model (its quick vector then settled it, at a model run's
    cost)."""
    sentence = "Please restart the router and try the setup again."

    assert wording.reachable(sentence, THRESHOLDS) == {}

    monkeypatch.setattr(wording, "REACH_MARGIN", 0.5)
    wording.clear_cache()

    assert wording.reachable(sentence, THRESHOLDS) == {"hostile_tone": 0.9879}


def test_no_threshold_asked_means_nothing_to_reach():
    assert wording.reachable("We will pay for everything.", {}) == {}


def test_a_head_whose_reach_was_not_measured_settles_nothing(monkeypatch):
    monkeypatch.setattr(wording, "REACH_HEAD", "0" * 64)

    assert wording.reachable(SETTLED, THRESHOLDS) == THRESHOLDS


def test_the_gate_never_settles_a_label_the_head_reports(no_cached_scores):
    sentences = [
        *corpus_sentences("legal_risk", 60),
        *corpus_sentences("hostile_tone", 60),
        *corpus_sentences("none", 60),
        SETTLED,
    ]
    labels = reported(sentences, THRESHOLDS)
    settled = [
        (sentence, label)
        for sentence, label in labels
        if label not in wording.reachable(sentence, THRESHOLDS)
    ]
    assert len(labels) > 60
    assert settled == []


def test_settling_reads_no_embedding(monkeypatch):
    import openline.language as language

    def refuse(texts):
        raise AssertionError(f"embedded {texts}")

    monkeypatch.setattr(language, "embed", refuse)

    assert wording.reachable(SETTLED, THRESHOLDS) == {}
