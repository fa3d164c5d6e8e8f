import pytest

from openline.language import embedders, wording


@pytest.fixture
def no_cached_scores():
    """No sentence scores, quick vectors or settled labels cached from another test, nor left
    for the next."""
    wording.clear_cache()
    yield
    wording.clear_cache()


@pytest.fixture
def quick_calls(monkeypatch):
    """Every text the embedder is asked to read quickly, in the order asked."""
    calls: list[str] = []
    embedder = embedders.get_embedder()
    real = embedder.embed_quick
    monkeypatch.setattr(embedder, "embed_quick", lambda texts: calls.extend(texts) or real(texts))
    return calls
