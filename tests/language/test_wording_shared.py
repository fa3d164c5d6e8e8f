"""The wording scores a server process found are read by the others from the shared cache: a
publishing check in another process than the live checks' does not embed the draft again."""

import pytest

import openline.language as language
from openline.language import wording

SENTENCES = [
    "The parcel left our warehouse on Monday morning.",
    "The courier scans every parcel at the depot.",
]


@pytest.fixture
def embedded(monkeypatch, settings):
    """Every list of texts the embedder is asked for, with the shared cache on and empty."""
    settings.OPENLINE = {**settings.OPENLINE, "WORDING_SHARED_SECONDS": 60}
    wording.clear_cache()
    calls: list[list[str]] = []
    original = language.embed
    monkeypatch.setattr(language, "embed", lambda texts: calls.append(texts) or original(texts))
    return calls


@pytest.mark.django_db
def test_another_process_reads_the_scores_without_embedding(embedded):
    first = wording.score(SENTENCES)
    wording.clear_cache()  # another process: nothing of its own cached

    assert wording.score(SENTENCES) == first
    assert embedded == [SENTENCES]


@pytest.mark.django_db
def test_a_live_check_spends_its_allowance_on_sentences_no_process_has_read(embedded):
    wording.score(SENTENCES[:1])
    wording.clear_cache()

    scores = wording.score_some([*SENTENCES, "Deliveries usually arrive by five."], new=1)

    assert embedded == [SENTENCES[:1], SENTENCES[1:2]]
    assert [s is not None for s in scores] == [True, True, False]


@pytest.mark.django_db
def test_the_shared_cache_holds_neither_the_sentence_nor_its_vector(embedded):
    from django.core.cache import caches

    wording.score(SENTENCES[:1])

    (key,) = [wording._shared_key(SENTENCES[0])]
    assert "parcel" not in key
    assert caches[wording.SHARED_CACHE].get(key) == tuple(
        getattr(wording.score(SENTENCES[:1])[0], label) for label in wording.LABELS
    )


@pytest.mark.django_db
def test_with_no_seconds_nothing_is_shared(embedded, settings):
    settings.OPENLINE = {**settings.OPENLINE, "WORDING_SHARED_SECONDS": 0}
    wording.score(SENTENCES)
    wording.clear_cache()

    wording.score(SENTENCES)

    assert embedded == [SENTENCES, SENTENCES]


@pytest.mark.django_db
def test_a_shared_cache_that_fails_costs_an_embedding_not_the_check(embedded, monkeypatch):
    from django.core.cache import caches

    expected = wording.score(SENTENCES)
    wording.clear_cache()
    embedded.clear()
    shared = caches[wording.SHARED_CACHE]

    def down(*args, **kwargs):
        raise ConnectionError("the cache's server is restarting")

    monkeypatch.setattr(shared, "get_many", down)
    monkeypatch.setattr(shared, "set_many", down)

    assert wording.score(SENTENCES) == expected
    assert embedded == [SENTENCES]


@pytest.mark.django_db
def test_a_publishing_check_reads_another_processs_scores_before_any_quick_vector(
    embedded, monkeypatch
):
    """The publishing check after typing, in another process: what the live checks scored is
    read from the shared cache, not read again quickly (wording.narrowed)."""
    from openline.language import embedders

    thresholds = {"legal_risk": 0.9933, "hostile_tone": 0.9879}
    sentences = ["Just restart the router and try the setup again, please."]
    first = wording.score(sentences)
    wording.clear_cache()
    quick: list[list[str]] = []
    embedder = embedders.get_embedder()
    real = embedder.embed_quick
    monkeypatch.setattr(embedder, "embed_quick", lambda texts: quick.append(texts) or real(texts))
    asked = [wording.reachable(sentences[0], thresholds)]

    assert asked != [{}]
    assert wording.narrowed(sentences, asked) == asked
    assert wording.score(sentences) == first
    assert (quick, embedded) == ([], [sentences])
