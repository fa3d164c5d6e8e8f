"""A web process loads the embedding model as it starts, beside its first requests, so the first
search after a start does not wait for it (config.wsgi, config.asgi: `warm_in_background`)."""

from openline.language.embedders import MiniLMEmbedder, get_embedder, warm_in_background


class FreshMiniLM(MiniLMEmbedder):
    """The product model under its own settings path: a process that has not loaded it yet."""


class UnwarmedMiniLM(MiniLMEmbedder):
    """The same, for the test that turns warming off (each path is loaded once per process)."""


def use(settings, path):
    settings.OPENLINE = {**settings.OPENLINE, "EMBEDDER": path}


def test_the_model_is_loaded_in_the_background_before_anyone_searches(settings):
    use(settings, f"{__name__}.FreshMiniLM")
    assert get_embedder()._session is None
    thread = warm_in_background()
    assert thread is not None and thread.daemon
    thread.join(timeout=60)
    assert get_embedder()._session is not None


def test_off_leaves_the_model_to_its_first_use(settings, monkeypatch):
    use(settings, f"{__name__}.UnwarmedMiniLM")
    monkeypatch.setenv("OPENLINE_WARM_MODELS", "off")
    assert warm_in_background() is None
    assert get_embedder()._session is None
