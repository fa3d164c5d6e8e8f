"""MiniLM's graph rewritten with ONNX Runtime's fused attention and GELU (onnx_graph.fused): the
same model to the last bits of its vectors, and anything else left as it is."""

from collections import Counter

import numpy as np
import onnxruntime
import pytest

from openline.language import onnx_graph
from openline.language.embedders import MiniLMEmbedder, exact_int8_products

TEXTS = [
    "wifi",
    "The headboard is not damaged; the crack in your photo is the natural grain of the oak.",
    "We will reimburse the full cost of the repairs.",
    "It's a thermostat, not rocket science 🙄",
]


@pytest.fixture(scope="module")
def packaged() -> bytes:
    return MiniLMEmbedder.packaged_model_path().read_bytes()


def operators(model: bytes) -> Counter:
    proto = onnx_graph._messages()["ModelProto"]()
    proto.ParseFromString(model)
    return Counter(node.op_type for node in proto.graph.node)


def vectors(model: bytes, texts: list[str], **session: object) -> np.ndarray:
    embedder = MiniLMEmbedder()
    embedder._load()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    embedder._session = onnxruntime.InferenceSession(
        model, options, providers=["CPUExecutionProvider"], **session
    )
    return embedder.embed(texts)


def test_each_layer_runs_one_attention_and_one_gelu(packaged):
    before, after = operators(packaged), operators(onnx_graph.fused(packaged))

    assert (before["Attention"], before["BiasGelu"]) == (0, 0)
    assert (after["Attention"], after["BiasGelu"]) == (6, 6)
    assert (after["Softmax"], after["Erf"], after["IsNaN"], after["Transpose"]) == (0, 0, 0, 0)
    assert after["MatMul"] == before["MatMul"] - 5 * 6  # query, key, value and the two products


def test_the_fused_graph_gives_the_packaged_graphs_vectors_to_their_last_bits(packaged):
    plain = vectors(packaged, TEXTS)
    fused = vectors(onnx_graph.fused(packaged), TEXTS, disabled_optimizers=["SkipLayerNormFusion"])

    np.testing.assert_allclose(fused, plain, rtol=0, atol=1e-6)


def test_a_graph_it_was_not_written_for_is_returned_unchanged(packaged):
    once = onnx_graph.fused(packaged)

    assert onnx_graph.fused(once) == once  # no query, key and value left to fuse
    assert onnx_graph.fused(b"") == b""


def test_the_product_embedder_loads_the_fused_graph_without_skip_layer_norm(monkeypatch):
    loaded = []
    real = onnxruntime.InferenceSession

    def recording(model, *args, **kwargs):
        loaded.append((model, kwargs))
        return real(model, *args, **kwargs)

    monkeypatch.setattr(onnxruntime, "InferenceSession", recording)
    MiniLMEmbedder().embed(["hello"])

    ((model, kwargs),) = loaded
    assert operators(model)["Attention"] == 6
    assert kwargs["disabled_optimizers"] == ["SkipLayerNormFusion"]


def test_the_integer_graph_computes_every_packaged_weights_product_in_integers(packaged):
    counted = operators(onnx_graph.integer(packaged))

    assert (counted["QAttention"], counted["DynamicQuantizeMatMul"]) == (6, 6 * 3)
    assert (counted["Attention"], counted["MatMul"]) == (0, 0)  # no float product left
    assert counted["DynamicQuantizeLinear"] == 6  # the hidden states before each attention


def test_the_integer_graphs_vectors_are_near_the_float_graphs_not_equal(packaged):
    exact = vectors(onnx_graph.fused(packaged), TEXTS)
    near = vectors(onnx_graph.integer(packaged), TEXTS)

    cosines = (exact * near).sum(axis=1)
    assert cosines.min() > 0.95
    assert np.abs(exact - near).max() > 1e-4  # a reader may use them only within a bound


def test_no_integer_graph_of_a_graph_it_was_not_written_for(packaged):
    assert onnx_graph.integer(onnx_graph.fused(packaged)) is None  # nothing left to fuse
    assert onnx_graph.integer(b"") is None


def test_the_product_embedders_quick_vectors_come_from_the_integer_graph(packaged):
    embedder = MiniLMEmbedder()

    quick = embedder.embed_quick(TEXTS)

    graph = onnx_graph.integer(packaged, unsigned=not exact_int8_products())
    same = vectors(graph, TEXTS, disabled_optimizers=MiniLMEmbedder.SLOWER_FUSIONS)
    np.testing.assert_array_equal(quick, same)
    assert embedder.embed_quick([]).shape == (0, 384)


def initializers(model: bytes) -> dict[str, np.ndarray]:
    proto = onnx_graph._messages()["ModelProto"]()
    proto.ParseFromString(model)
    kinds = {2: np.uint8, 3: np.int8}
    return {
        t.name: np.frombuffer(t.raw_data, dtype=kinds[t.data_type]).reshape(list(t.dims))
        for t in proto.graph.initializer
        if t.data_type in kinds
    }


def test_the_unsigned_integer_graph_keeps_each_weight_plus_128_with_128_as_its_zero_point(packaged):
    signed = initializers(onnx_graph.integer(packaged))
    unsigned = initializers(onnx_graph.integer(packaged, unsigned=True))

    weights = [name for name in signed if name.startswith("openline_int8_")]
    assert len(weights) == 6 * 4
    for name in weights:
        np.testing.assert_array_equal(unsigned[name].astype(np.int16) - 128, signed[name])
        assert unsigned[f"{name}_zero"] == 128


def test_the_unsigned_integer_graphs_vectors_are_near_the_float_graphs(packaged):
    exact = vectors(onnx_graph.fused(packaged), TEXTS)
    near = vectors(onnx_graph.integer(packaged, unsigned=True), TEXTS)

    assert (exact * near).sum(axis=1).min() > 0.95


@pytest.mark.skipif(not exact_int8_products(), reason="int8 products are exact only with VNNI")
def test_where_int8_products_are_exact_unsigned_weights_give_the_same_vectors(packaged):
    signed = vectors(onnx_graph.integer(packaged), TEXTS)
    unsigned = vectors(onnx_graph.integer(packaged, unsigned=True), TEXTS)

    np.testing.assert_allclose(unsigned, signed, rtol=0, atol=1e-6)
