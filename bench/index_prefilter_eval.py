"""How much the vector index's sign-bit first pass keeps, and what it saves.

    PYTHONPATH=src .venv/bin/python bench/index_prefilter_eval.py [--cache /tmp/prefilter.npy]

1. Recall: every text of the evaluation sets in bench/eval/ and the wording corpus (3,422
   distinct texts about ~20 fictional companies) is embedded with the shipped MiniLM model;
   400 of them, drawn with a fixed seed, are queries. For each, the exact top 10 of the others
   is compared with the candidates the sign pass keeps, for several candidate counts
   (`language.index.candidates` keeps max(20 k, 1,000)).
2. Speed: exact product against sign pass + exact scoring of the candidates, top 50 of
   100,000 random unit vectors, in the same process, interleaved (so machine load hits both).
"""

import argparse
import glob
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    found = []
    for path in glob.glob(str(ROOT / "bench/eval/*.jsonl")):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text") or "\n".join(
                part for part in (row.get("title"), row.get("body")) if part
            )
            if text and text.strip():
                found.append(text)
    wording = ROOT / "src/openline/language/data/wording_train.jsonl"
    found += [json.loads(line)["text"] for line in wording.read_text(encoding="utf-8").splitlines()]
    return sorted(set(found))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", help="keep the embedded texts in this .npy file")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("OPENLINE_DATA_DIR", tempfile.mkdtemp(prefix="openline-prefilter-"))
    import django

    django.setup()
    from openline.language.embedders import DIMS, get_embedder
    from openline.language.index import signs

    if args.cache and Path(args.cache).exists():
        vectors = np.load(args.cache).astype(np.float32)
    else:
        started = time.perf_counter()
        vectors = get_embedder().embed(texts())
        print(f"embedded {len(vectors)} texts in {time.perf_counter() - started:.0f} s")
        if args.cache:
            np.save(args.cache, vectors)
    n = len(vectors)
    bits = signs(vectors)
    queries = np.random.default_rng(0).choice(n, 400, replace=False)
    print(f"recall of the exact top 10 among the sign pass's candidates ({n} texts, 400 queries)")
    for per_result in (3, 5, 10, 20):
        kept = per_result * 10
        hits = firsts = 0
        for q in queries:
            exact = vectors @ vectors[q]
            exact[q] = -9
            top = set(np.argpartition(-exact, 10)[:10].tolist())
            hamming = np.bitwise_count(bits ^ bits[q]).sum(axis=1).astype(np.int64)
            hamming[q] = 10**6
            chosen = set(np.argpartition(hamming, kept)[:kept].tolist())
            hits += len(top & chosen)
            firsts += int(np.argmax(exact)) in chosen
        print(
            f"  {per_result:2d} candidates per result ({kept}): recall@10 "
            f"{hits / (10 * len(queries)):.3f}, nearest kept {firsts / len(queries):.3f}"
        )

    rng = np.random.default_rng(1)
    big = rng.standard_normal((100_000, DIMS)).astype(np.float32)
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    big_bits = signs(big)
    exact_ms, prefilter_ms = [], []
    for _ in range(200):
        query = big[rng.integers(len(big))]
        started = time.perf_counter()
        scores = big @ query
        np.argpartition(-scores, 49)[:50]
        exact_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        hamming = np.bitwise_count(big_bits ^ signs(query[None])[0]).sum(axis=1, dtype=np.uint16)
        rows = np.argpartition(hamming, 999)[:1000]
        scores = big[rows] @ query
        np.argpartition(-scores, 49)[:50]
        prefilter_ms.append((time.perf_counter() - started) * 1000)

    def line(name: str, ms: list[float]) -> str:
        ms = sorted(ms)
        return f"  {name}: p50 {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * len(ms))]:.1f} ms"

    print("top 50 of 100,000 vectors, 200 queries, interleaved:")
    print(line("exact product", exact_ms))
    print(line("sign pass + 1,000 exact", prefilter_ms))
    print(f"  (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)


if __name__ == "__main__":
    main()
