"""A web process loads its models as it starts, beside its first requests (config.warm): the
first search after a start does not wait for the embedding model, nor the first reply check or
super-user list for the guidance patterns."""

import pytest

from config.warm import warm_in_background
from openline.guidance.detectors import english
from openline.language.embedders import MiniLMEmbedder, get_embedder

pytestmark = pytest.mark.django_db(transaction=True)


class FreshMiniLM(MiniLMEmbedder):
    """The product model under its own settings path: a process that has not loaded it yet."""


class UnwarmedMiniLM(MiniLMEmbedder):
    """The same, for the test that turns warming off (each path is loaded once per process)."""


def use(settings, path):
    settings.OPENLINE = {**settings.OPENLINE, "EMBEDDER": path}


def test_the_model_and_the_patterns_are_loaded_before_anyone_asks(settings):
    use(settings, f"{__name__}.FreshMiniLM")
    english._compiled.cache_clear()
    assert get_embedder()._session is None
    thread = warm_in_background()
    assert thread is not None and thread.daemon
    thread.join(timeout=120)
    assert get_embedder()._session is not None
    assert get_embedder()._quick_session  # the integer-computed session, loaded too
    assert english._compiled.cache_info().currsize >= 1


def test_off_leaves_them_to_their_first_use(settings, monkeypatch):
    use(settings, f"{__name__}.UnwarmedMiniLM")
    monkeypatch.setenv("OPENLINE_WARM_MODELS", "off")
    assert warm_in_background() is None
    assert get_embedder()._session is None
