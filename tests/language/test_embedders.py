"""The packaged model, run for real: shapes, normalisation, the pinned hash, and closeness to
all-MiniLM-L6-v2 in full precision (reference_embeddings.json, made by
bench/minilm_reference.py from the float32 weights)."""

import json
from pathlib import Path

import numpy as np
import pytest

from openline.language.embedders import (
    DIMS,
    HashingTestEmbedder,
    MiniLMEmbedder,
    ModelFileMismatch,
    get_embedder,
    length_batches,
)

REFERENCE = json.loads((Path(__file__).parent / "reference_embeddings.json").read_text())


@pytest.fixture(scope="module")
def minilm():
    return MiniLMEmbedder()


def cosine(a, b) -> float:
    return float(np.dot(a, b))


def test_the_product_embedder_is_minilm(settings):
    assert settings.OPENLINE["EMBEDDER"].endswith("MiniLMEmbedder")
    assert get_embedder().model_id == "all-MiniLM-L6-v2-onnx-int8"


def test_vectors_are_384_float32_of_unit_length(minilm):
    vectors = minilm.embed(["Thermostat offline", "How do I return an order?", "a" * 5000])
    assert vectors.shape == (3, DIMS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_no_texts_give_an_empty_matrix(minilm):
    assert minilm.embed([]).shape == (0, DIMS)


def test_a_batch_gives_each_text_the_vector_it_gets_alone(minilm):
    texts = ["wifi", "My heating schedule is ignored at night after the update to 4.12"]
    together = minilm.embed(texts)
    alone = np.vstack([minilm.embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-4)


def test_vectors_match_the_full_precision_model(minilm):
    vectors = minilm.embed(REFERENCE["texts"])
    cosines = (vectors * np.array(REFERENCE["vectors"], dtype=np.float32)).sum(axis=1)
    assert cosines.min() > 0.998


def test_a_paraphrase_is_closer_than_an_unrelated_question(minilm):
    question, paraphrase, unrelated = minilm.embed([
        "My thermostat will not connect to the wifi",
        "Thermostat can't join my wireless network",
        "How do I get a refund for a late delivery?",
    ])  # fmt: skip
    assert cosine(question, paraphrase) > 0.6
    assert cosine(question, paraphrase) > cosine(question, unrelated) + 0.3


def test_spelling_variants_land_close(minilm):
    wifi, wi_fi, typo, other = minilm.embed(
        ["thermostat wifi", "thermostat wi-fi", "thermostt wifi", "kitchen tap leaking"]
    )
    assert cosine(wifi, wi_fi) > 0.8
    assert cosine(wifi, typo) > cosine(wifi, other) + 0.3


def test_a_model_file_with_another_hash_is_refused(tmp_path: Path):
    impostor = tmp_path / "model.onnx"
    impostor.write_bytes(MiniLMEmbedder.packaged_model_path().read_bytes()[:-1] + b"\0")
    with pytest.raises(ModelFileMismatch, match="SHA-256"):
        MiniLMEmbedder(model_path=impostor).embed(["hello"])


def test_a_changed_tokenizer_is_refused(tmp_path: Path):
    tokenizer = tmp_path / "tokenizer.json"
    tokenizer.write_text("{}")
    with pytest.raises(ModelFileMismatch):
        MiniLMEmbedder(tokenizer_path=tokenizer).embed(["hello"])


def test_the_model_loads_once_when_threads_race(monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    import onnxruntime

    sessions = []
    real = onnxruntime.InferenceSession

    def counting(*args, **kwargs):
        sessions.append(real(*args, **kwargs))
        return sessions[-1]

    monkeypatch.setattr(onnxruntime, "InferenceSession", counting)
    embedder = MiniLMEmbedder()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda t: embedder.embed([t]), ["a b", "c d", "e f", "a b"]))
    assert len(sessions) == 1
    np.testing.assert_allclose(results[0], results[3], atol=1e-6)


def test_the_hashing_test_embedder_is_normalised_and_shares_words():
    a, b, c = HashingTestEmbedder().embed(["wifi drops", "wifi drops at night", "refund"])
    assert abs(np.linalg.norm(a) - 1) < 1e-5
    assert cosine(a, b) > cosine(a, c)


def test_texts_of_very_different_lengths_get_the_vectors_they_get_alone(minilm):
    texts = [
        "wifi",
        "My heating schedule is ignored at night after the update to 4.12 and the rooms stay "
        "cold until I change the setpoint by hand every single morning, which is tiring.",
        "Thermostat offline",
        "How do I return an order that arrived damaged?",
    ]
    together = minilm.embed(texts)
    alone = np.vstack([minilm.embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-4)


def test_batches_group_texts_of_similar_length_and_keep_every_text_once():
    lengths = [6, 50, 7, 48, 6, 51, 8, 49]

    batches = length_batches(lengths, limit=32)

    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert sorted(sorted(lengths[i] for i in batch) for batch in batches) == [
        [6, 6, 7, 8],
        [48, 49, 50, 51],
    ]
    assert all(len(batch) <= 2 for batch in length_batches([10] * 6, limit=2))
