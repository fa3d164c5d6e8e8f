"""Session 36 (tone-finetune-v31): what a fine-tuned sixth layer would cost the product, run in
numpy after an ONNX graph that stops at layer 5 (bench/tone_finetune_states.py's `layer6`, the
form bench/tone_finetune_train.py trains). Paired, in one process, round by round: a cold check
of the 2 KB draft (as bench/guidance_cold_cost.py: caches cleared, wording both), then the numpy
layer + pooling + a 3-class head over (a) every sentence the wording head reads in that draft
and (b) only the texts the cold check gave the embedding model, in the embedder's own length
batches (embedders.length_batches), then the product's model run (embed) over the same texts
(b). CPU time (time.process_time) per step; the states are random (a layer's cost does not
depend on their values), the weights the dequantised layer 6 of OUT/layer6.npz.

    PYTHONPATH=src SECRET_KEY=x nice -n 5 /work/main/.venv/bin/python bench/tone_finetune_cost.py \
        bench/eval/guidance/drafts_holdout10.jsonl /tmp/tone-ft/layer6.npz [--runs 60]
"""

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings
import numpy as np
from guidance_cold_cost import clear_caches, percentile
from tone_finetune_states import layer6, pooled


def numpy_head(w: dict, pieces: list[list[int]], head: np.ndarray, rng) -> np.ndarray:
    from openline.language.embedders import length_batches

    out = np.zeros((len(pieces), head.shape[0]), np.float32)
    for batch in length_batches([len(p) for p in pieces], 32):
        n = max(len(pieces[i]) for i in batch)
        h = rng.standard_normal((len(batch), n, 384)).astype(np.float32)
        mask = np.zeros((len(batch), n), np.int64)
        for r, i in enumerate(batch):
            mask[r, : len(pieces[i])] = 1
        out[batch] = pooled(layer6(w, h, mask), mask) @ head.T
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("layer", type=Path)
    parser.add_argument("--runs", type=int, default=60)
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording
    from openline.language.embedders import get_embedder, word_pieces

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(5):
        check_text(text)
    with contextlib.suppress(ImportError):
        from openline.guidance.detectors import prefilter

        prefilter.wait()
    embedder = get_embedder()
    embedded: list[str] = []
    original = embedder.embed

    def recording(texts: list[str]):
        embedded.extend(texts)
        return original(texts)

    embedder.embed = recording
    clear_caches()
    check_text(text)
    embedder.embed = original
    every = [wording.scored_text(text[s:e]) for s, e in wording.sentences(text)]
    w = dict(np.load(options.layer))
    head = np.random.default_rng(0).standard_normal((3, 384)).astype(np.float32)
    rng = np.random.default_rng(1)
    all_pieces = [word_pieces(t) for t in every]
    run_pieces = [word_pieces(t) for t in embedded]
    steps: dict[str, list[float]] = {"cold check": [], "numpy layer, every sentence": [],
                                      "numpy layer, texts embedded": [],
                                      "embed() of those texts": []}  # fmt: skip
    for _ in range(options.runs):
        clear_caches()
        t = time.process_time()
        check_text(text)
        steps["cold check"].append(time.process_time() - t)
        t = time.process_time()
        numpy_head(w, all_pieces, head, rng)
        steps["numpy layer, every sentence"].append(time.process_time() - t)
        t = time.process_time()
        if run_pieces:
            numpy_head(w, run_pieces, head, rng)
        steps["numpy layer, texts embedded"].append(time.process_time() - t)
        t = time.process_time()
        if embedded:
            original(list(embedded))
        steps["embed() of those texts"].append(time.process_time() - t)
    print(
        f"the {len(text)}-character draft: {len(every)} sentences read "
        f"({sum(map(len, all_pieces))} word pieces), {len(embedded)} texts embedded by a cold "
        f"check ({sum(map(len, run_pieces))} word pieces); {options.runs} paired rounds, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for name, values in steps.items():
        ms = [v * 1000 for v in values]
        print(
            f"  {name:30s} CPU p50 {statistics.median(ms):7.2f} ms"
            f"  p95 {percentile(ms, 0.95):7.2f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
