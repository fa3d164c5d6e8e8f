"""A check cuts each sentence into word pieces once (session 26, speed-v21): the first stage
(`wording.reachable`) and the model read the same pieces, in the calling thread, and the vectors
are the ones cutting them again gives."""

import numpy as np
import pytest

from openline.language import embedders, wording

from .wording_sentences import PLAIN

THRESHOLDS = {"legal_risk": 0.9933, "hostile_tone": 0.9879}  # the guidance check's pair
OTHER = "The parcel left our warehouse on Monday and should arrive by Thursday."


class CountingTokenizer:
    """The packaged tokenizer, counting the texts it is asked to cut."""

    def __init__(self, tokenizer, cut: list[str]) -> None:
        self.tokenizer = tokenizer
        self.cut = cut

    def encode(self, text: str):
        self.cut.append(text)
        return self.tokenizer.encode(text)

    def encode_batch(self, texts: list[str]):
        self.cut.extend(texts)
        return self.tokenizer.encode_batch(texts)


@pytest.fixture(autouse=True)
def cold():
    wording.clear_cache()
    yield
    wording.clear_cache()


@pytest.fixture
def cut(monkeypatch) -> list[str]:
    """Every text cut, by the first stage's tokenizer or the embedder's own."""
    texts: list[str] = []
    counting = CountingTokenizer(embedders.word_pieces_tokenizer(), texts)
    monkeypatch.setattr(embedders, "word_pieces_tokenizer", lambda: counting)
    embedder = embedders.get_embedder()
    embedder._load()
    monkeypatch.setattr(embedder, "_tokenizer", CountingTokenizer(embedder._tokenizer, texts))
    return texts


def test_word_pieces_are_the_packaged_tokenizers_ids():
    tokenizer = embedders.word_pieces_tokenizer()

    assert embedders.word_pieces(PLAIN) == tokenizer.encode(PLAIN).ids
    assert embedders.word_pieces("a " * 400)[-1] == tokenizer.token_to_id("[SEP]")
    assert len(embedders.word_pieces("a " * 400)) == embedders.MiniLMEmbedder.MAX_TOKENS


def test_a_sentence_the_first_stage_leaves_open_is_cut_once_for_both_stages_and_the_model(cut):
    left = wording.reachable(PLAIN, THRESHOLDS)
    assert left != {}

    wording.narrowed([PLAIN], [left])
    wording.score([PLAIN])

    assert cut == [PLAIN]


def test_the_model_gives_the_same_vectors_from_kept_word_pieces():
    embedder = embedders.get_embedder()
    fresh = embedder.embed([PLAIN, OTHER])
    quick_fresh = embedder.embed_quick([PLAIN, OTHER])
    wording.clear_cache()

    wording.reachable(PLAIN, THRESHOLDS)  # the first stage keeps PLAIN's pieces
    kept = embedder.embed([PLAIN, OTHER])

    assert np.array_equal(kept, fresh)
    assert quick_fresh is None or np.array_equal(embedder.embed_quick([PLAIN, OTHER]), quick_fresh)


def test_a_cold_cache_cuts_every_sentence_again(cut):
    wording.reachable(PLAIN, THRESHOLDS)
    wording.clear_cache()

    wording.reachable(PLAIN, THRESHOLDS)

    assert cut == [PLAIN, PLAIN]


def test_only_the_last_texts_cut_are_kept(cut, monkeypatch):
    monkeypatch.setattr(embedders, "WORD_PIECES_KEPT", 2)

    for text in (PLAIN, OTHER, "A third sentence to cut.", PLAIN):
        embedders.word_pieces(text)

    assert cut == [PLAIN, OTHER, "A third sentence to cut.", PLAIN]
