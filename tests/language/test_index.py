"""The stored vectors and the in-process index over them, with the real model."""

import numpy as np
import pytest

from openline.core import counters
from openline.language import actions, embed, index, sources
from openline.language.models import Embedding, decode, encode

KIND = "note"
TEXTS = {
    1: "My thermostat will not connect to the wifi",
    2: "How do I return an item I bought online?",
    3: "The app crashes when I open the settings page",
}


@pytest.fixture
def notes(db):
    """A kind of object the tests own, registered like knowledge registers threads."""
    store = dict(TEXTS)
    sources.register(
        sources.Source(
            KIND,
            all_ids=lambda: sorted(store),
            texts=lambda ids: {i: store[i] for i in ids if i in store},
        )
    )
    yield store
    sources._sources.pop(KIND, None)


def nearest_id(text: str) -> int:
    return index.nearest(KIND, embed([text])[0], 1)[0][0]


def test_the_nearest_vector_is_the_one_with_the_same_meaning(notes):
    actions.embed_objects(KIND, list(notes))
    assert nearest_id("thermostat cannot join wireless network") == 1
    assert nearest_id("send a product back for a refund") == 2


def test_results_come_best_first_with_cosine_scores(notes):
    actions.embed_objects(KIND, list(notes))
    hits = index.nearest(KIND, embed(["app closes on the settings screen"])[0], 3)
    assert hits[0][0] == 3
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True)
    assert 0.5 < scores[0] <= 1.0


def test_a_vector_stored_after_the_first_search_is_found_by_the_next(notes):
    actions.embed_objects(KIND, [1, 2])
    assert nearest_id("refund for an item") == 2
    notes[4] = "Can I get my money back for a returned item?"
    actions.embed_objects(KIND, [4])
    assert nearest_id("money back for a returned item") == 4


def test_an_edited_text_replaces_its_vector_in_a_loaded_index(notes):
    actions.embed_objects(KIND, list(notes))
    query = embed(["opening hours on sunday"])[0]
    before = dict(index.nearest(KIND, query, 3))[3]
    notes[3] = "What are your opening hours on Sunday?"
    assert actions.embed_objects(KIND, [3]) == 1
    after = dict(index.nearest(KIND, query, 3))[3]
    assert before < 0.3 < 0.8 < after
    assert len(index.index_for(KIND)) == 3


def test_unchanged_texts_are_not_embedded_again(notes):
    assert actions.embed_objects(KIND, list(notes)) == 3
    assert actions.embed_objects(KIND, list(notes)) == 0
    assert actions.embed_objects(KIND, list(notes), force=True) == 3


def test_an_object_gone_from_its_source_leaves_the_index(notes):
    actions.embed_objects(KIND, list(notes))
    assert nearest_id("the app crashes on settings") == 3
    del notes[3]
    actions.embed_objects(KIND, [3])
    assert not Embedding.objects.filter(kind=KIND, object_id=3).exists()
    assert 3 not in {pk for pk, _ in index.nearest(KIND, embed(["app crash"])[0], 10)}


def test_vectors_of_another_model_are_not_searched(notes):
    actions.embed_objects(KIND, [1])
    Embedding.objects.create(
        kind=KIND, object_id=9, model_id="another-model", text_hash="x",
        vector=np.ones(384, dtype=np.float16).tobytes(),
    )  # fmt: skip
    counters.bump(actions.sequence_counter(KIND))
    assert [pk for pk, _ in index.nearest(KIND, embed(["wifi"])[0], 10)] == [1]


def test_an_unchanged_index_costs_one_query_per_search(notes, django_assert_num_queries):
    actions.embed_objects(KIND, list(notes))
    query = embed(["wifi"])[0]
    index.nearest(KIND, query, 3)
    with django_assert_num_queries(1):
        index.nearest(KIND, query, 3)


def test_an_empty_index_finds_nothing(notes):
    assert index.nearest(KIND, embed(["anything"])[0], 5) == []


def store_vectors(vectors: np.ndarray, model_id: str) -> None:
    Embedding.objects.bulk_create(
        Embedding(kind=KIND, object_id=n, model_id=model_id, text_hash="x", vector=blob)
        for n, blob in enumerate(encode(vectors), start=1)
    )
    counters.bump(actions.sequence_counter(KIND))


def test_a_large_index_finds_what_the_exact_search_finds(notes, monkeypatch):
    """Past PREFILTER_FROM vectors a sign-bit pass picks the candidates that are scored: the
    top results and their scores are still the exact ones (here 40 near neighbours of each
    query are hidden among 2,000 random vectors)."""
    rng = np.random.default_rng(3)
    centres = rng.standard_normal((5, 384)).astype(np.float32)
    near = np.repeat(centres, 40, axis=0) + 0.6 * rng.standard_normal((200, 384))
    noise = rng.standard_normal((1800, 384))
    vectors = np.vstack([near, noise]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store_vectors(vectors, index.get_embedder().model_id)
    stored = decode(encode(vectors), 384)
    monkeypatch.setattr(index, "candidates", lambda k: 5 * k)
    for prefilter_from in (10**9, 100):  # exact, then through the sign pass
        monkeypatch.setattr(index, "PREFILTER_FROM", prefilter_from)
        for centre in centres:
            query = centre / np.linalg.norm(centre)
            found = index.nearest(KIND, query, 10)
            exact = np.argsort(-(stored @ query))[:10] + 1
            assert [pk for pk, _ in found] == exact.tolist()
            assert [score for _, score in found] == pytest.approx(
                (stored @ query)[exact - 1].tolist(), abs=1e-5
            )
