"""What the quick (integer) stage costs against the float model on the cold 2 KB check's own
open sentences, in one process, in random order each round (issue 13, "p95 ≤ 20 ms for a 2 KB
draft"): whether the quick stage still saves CPU on this machine at this load.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_quick_vs_float.py [ROUNDS]

One cold check of the draft bench/guidance_eval_companies.py times records the texts the check
hands to `embed_quick` (the sentences the first stage left open) and to `embed` (those the quick
stage left open). Each round then times, with `time.thread_time`, (1) `embed_quick` of the
quick texts as the check runs it, (2) `embed` of the float texts as the check runs it, and (3)
`embed` of all the quick texts (the float model doing the quick stage's work, no quick stage).
The word pieces are cut before the first round and kept, so only the ONNX runs and pooling are
timed. Prints p50 / p95 in ms and the load average.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", type=int, nargs="?", default=60)
    parser.add_argument("--data", default=str(bench.HERE / "eval/guidance/drafts_holdout10.jsonl"))
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.language import embedders, wording

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    embedder = embedders.get_embedder()
    kind = type(embedder)
    handed: dict[str, list[str]] = {}
    real_quick, real_float = kind.embed_quick, kind.embed

    def quick(self: Any, texts: list[str]) -> Any:
        handed["quick"] = list(texts)
        return real_quick(self, texts)

    def float_(self: Any, texts: list[str]) -> Any:
        handed["float"] = list(texts)
        return real_float(self, texts)

    kind.embed_quick, kind.embed = quick, float_  # type: ignore[method-assign]
    wording.clear_cache()
    check_text(text)
    kind.embed_quick, kind.embed = real_quick, real_float  # type: ignore[method-assign]
    quick_texts, float_texts = handed.get("quick", []), handed.get("float", [])
    pieces = sum(len(embedders.word_pieces(t)) for t in quick_texts)
    print(f"quick stage: {len(quick_texts)} texts, {pieces} word pieces; "
          f"float model: {len(float_texts)} texts")  # fmt: skip
    variants: dict[str, Callable[[], Any]] = {
        "quick stage (as the check runs it)": lambda: embedder.embed_quick(quick_texts),
        "float model (as the check runs it)": lambda: embedder.embed(float_texts),
        "float model for the quick stage's texts": lambda: embedder.embed(quick_texts),
    }
    for run in variants.values():  # warm both sessions
        run()
    spent: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        order = list(variants)
        random.shuffle(order)
        for name in order:
            start = time.thread_time()
            variants[name]()
            spent[name].append((time.thread_time() - start) * 1000)
    for name, values in spent.items():
        values.sort()
        p95 = values[max(0, int(0.95 * len(values)) - 1)]
        print(f"{name:42s} p50 {statistics.median(values):7.2f}  p95 {p95:7.2f} ms CPU")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
