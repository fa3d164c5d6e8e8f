"""Whether ONNX Runtime's integer products are exact on this CPU (issue 13, session 25 cold-v20):
the quick stage (wording.narrowed) reads vectors computed with the model's int8 weights in
integers, and its bound QUICK_REACH holds only for the integers it was measured on.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/int8_products_exact.py

One `DynamicQuantizeMatMul` (the operator the quick graph runs for three of each layer's four
products; `QAttention` uses the same MLAS kernels) on random and on adversarial inputs
(activations all near the top of uint8, weights ±127), with the weights stored as int8 and as
uint8 (int8 + 128, zero point 128: onnx_graph.integer(unsigned=True)), each against the exact
integer products computed in NumPy. Prints the largest deviation of each in units of
(1e-5 relative + 1e-5): below 1 is exact up to the float scaling; far above, the kernel
saturated (ONNX Runtime's AVX2 uint8 x int8 kernel adds products in pairs in 16 bits).
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

TRIALS = 20
ROWS, DEPTH, COLUMNS = 24, 384, 64


def model(a: np.ndarray, b: np.ndarray, scale: np.ndarray, zero: np.ndarray | None) -> bytes:
    from openline.language.onnx_graph import _messages

    m = _messages()
    kinds = {np.dtype(np.float32): 1, np.dtype(np.uint8): 2, np.dtype(np.int8): 3}
    named = [("A", a), ("B", b), ("s", scale)] + ([("z", zero)] if zero is not None else [])
    tensors = [
        m["TensorProto"](name=n, data_type=kinds[x.dtype], dims=list(x.shape), raw_data=x.tobytes())
        for n, x in named
    ]
    node = m["NodeProto"](
        op_type="DynamicQuantizeMatMul",
        domain="com.microsoft",
        name="product",
        input=[n for n, _ in named],
        output=["Y"],
    )
    graph = m["GraphProto"](
        node=[node], initializer=tensors, output=[m["ValueInfoProto"](name="Y")]
    )
    opsets = [
        m["OperatorSetIdProto"](domain="", version=17),
        m["OperatorSetIdProto"](domain="com.microsoft", version=1),
    ]
    return b"\x08\x08" + m["ModelProto"](graph=graph, opset_import=opsets).SerializeToString()


def run(a: np.ndarray, b: np.ndarray, scale: np.ndarray, zero: np.ndarray | None) -> np.ndarray:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = onnxruntime.InferenceSession(
        model(a, b, scale, zero), options, providers=["CPUExecutionProvider"]
    )
    (out,) = session.run(["Y"], {})
    return np.asarray(out)


def exact(a: np.ndarray, q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """DynamicQuantizeLinear of a, then the integer products with q, summed in 64 bits."""
    low, high = min(0.0, float(a.min())), max(0.0, float(a.max()))
    step = np.float32((high - low) / 255)
    zero = int(np.clip(np.rint(-low / step), 0, 255))
    qa = np.clip(np.rint(a / step) + zero, 0, 255).astype(np.int64)
    summed = (qa - zero) @ q.astype(np.int64)
    out: np.ndarray = summed * (step * scale).astype(np.float64)
    return out


def main() -> int:
    rng = np.random.default_rng(0)
    worst = {"int8": 0.0, "uint8": 0.0}
    for trial in range(TRIALS):
        a = rng.normal(size=(ROWS, DEPTH)).astype(np.float32)
        if trial % 2:
            a = np.abs(a) * 3  # every activation high in uint8
        q = rng.integers(-128, 128, size=(DEPTH, COLUMNS)).astype(np.int8)
        if trial % 4 >= 2:
            q = np.where(rng.random((DEPTH, COLUMNS)) < 0.5, 127, -128).astype(np.int8)
        scale = (rng.random(COLUMNS) * 0.01 + 0.001).astype(np.float32)
        reference = exact(a, q, scale)
        tolerance = np.abs(reference) * 1e-5 + 1e-5
        signed = run(a, q, scale, None)
        unsigned = run(a, (q.astype(np.int16) + 128).astype(np.uint8), scale, np.uint8(128))
        worst["int8"] = max(worst["int8"], float((np.abs(signed - reference) / tolerance).max()))
        worst["uint8"] = max(
            worst["uint8"], float((np.abs(unsigned - reference) / tolerance).max())
        )
    print(f"largest deviation from the exact products, in units of 1e-5 relative + 1e-5: {worst}")
    for kind, value in worst.items():
        print(f"  {kind} weights: {'exact' if value < 1 else 'NOT exact (saturated)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
