"""The live check's form of the wording scores: `score_some` embeds at most a few sentences
not cached, leaves the others unscored, and the sentence cache stays bounded."""

import pytest

import openline.language as language
from openline.language import wording

SENTENCES = [
    "The parcel left our warehouse on Monday morning.",
    "The courier scans every parcel at the depot.",
    "Deliveries usually arrive between nine and five.",
    "If nobody is at home the driver leaves a card.",
]


@pytest.fixture
def embedded(monkeypatch):
    """Every list of texts the embedder is asked for, in order."""
    wording.clear_cache()
    calls: list[list[str]] = []
    original = language.embed
    monkeypatch.setattr(language, "embed", lambda texts: calls.append(texts) or original(texts))
    return calls


def test_at_most_the_allowed_number_of_new_sentences_is_embedded(embedded):
    scores = wording.score_some(SENTENCES, new=2)

    assert embedded == [SENTENCES[:2]]
    assert [s is not None for s in scores] == [True, True, False, False]


def test_asking_again_scores_the_next_sentences_and_keeps_the_first(embedded):
    wording.score_some(SENTENCES, new=2)

    scores = wording.score_some(SENTENCES, new=2)

    assert embedded == [SENTENCES[:2], SENTENCES[2:]]
    assert all(s is not None for s in scores)
    assert scores == wording.score(SENTENCES)


def test_the_character_allowance_stops_after_the_first_new_sentence(embedded):
    scores = wording.score_some(SENTENCES, new=4, characters=len(SENTENCES[0]) + 5)

    assert embedded == [SENTENCES[:1]]
    assert scores[1:] == [None, None, None]


def test_a_sentence_longer_than_the_allowance_is_still_read_alone(embedded):
    long = " ".join(SENTENCES)

    scores = wording.score_some([long, SENTENCES[0]], new=2, characters=20)

    assert embedded == [[long]]
    assert scores[0] is not None and scores[1] is None


def test_the_complete_score_is_the_same_whatever_was_cached_before(embedded):
    partial = wording.score_some(SENTENCES, new=1)
    complete = wording.score(SENTENCES)

    wording.clear_cache()
    assert wording.score(SENTENCES) == complete
    assert partial[0] == complete[0]


def test_the_sentence_cache_keeps_only_the_most_recent(embedded, monkeypatch):
    monkeypatch.setattr(wording, "CACHE_SIZE", 3)

    wording.score(SENTENCES)
    wording.score(SENTENCES[:1])

    assert embedded == [SENTENCES, SENTENCES[:1]]  # the oldest had been dropped
    assert len(wording._cache) == 3
