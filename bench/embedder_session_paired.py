"""The cold check of the 2 KB draft with two embedder sessions, alternating in one process
(issue 13, session 20 cold-v15): "before" runs the package's graph as it is, with ONNX
Runtime's default fusions (the session Openline ran until session 20); "after" is the configured
MiniLMEmbedder (the graph with its attention and GELU fused, SkipLayerNormFusion off). Both see
the same load minute by minute, so their CPU times compare even on a busy machine.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/embedder_session_paired.py \
        bench/eval/guidance/drafts_holdout10.jsonl [--runs 100]

Each round clears the sentence caches and checks the draft once with each session, in
alternating order; CPU is time.process_time (the model's threads included).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[max(0, int(q * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a drafts_*.jsonl file (its first company's 2 KB draft)")
    parser.add_argument("--runs", type=int, default=100, help="cold checks with each session")
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    import onnxruntime

    from openline.guidance.checks import check_text
    from openline.language import embedders, sense, wording

    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    companies = json.loads(Path(bench.COMPANIES).read_text())
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    after = embedders.get_embedder()
    before = embedders.MiniLMEmbedder()
    before._load()  # the tokenizer; its session is replaced by the package's graph as it is
    session_options = onnxruntime.SessionOptions()
    session_options.intra_op_num_threads = 1
    session_options.inter_op_num_threads = 1
    before._session = onnxruntime.InferenceSession(
        str(before.packaged_model_path()), session_options, providers=["CPUExecutionProvider"]
    )
    sessions = {"before": before, "after": after}
    cpu: dict[str, list[float]] = {name: [] for name in sessions}
    for round_number in range(options.runs + 3):
        names = list(sessions) if round_number % 2 == 0 else list(reversed(sessions))
        for name in names:
            embedders._embedder = lambda path, chosen=sessions[name]: chosen
            wording.clear_cache()
            sense.clear_cache()
            started = time.process_time()
            check_text(text)
            if round_number >= 3:  # three rounds to warm up
                cpu[name].append((time.process_time() - started) * 1000)
    for name, values in cpu.items():
        print(
            f"{name}: CPU p50 {statistics.median(values):.1f} ms  p95 "
            f"{percentile(values, 0.95):.1f} ms  ({len(values)} cold checks of the "
            f"{len(text)}-character draft)"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
