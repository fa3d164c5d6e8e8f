"""CPU per stage of the cold guidance check (issue 13, "p95 ≤ 20 ms for a 2 KB draft"): the
2 KB draft bench/guidance_eval_companies.py times, checked ROUNDS times with the wording cache
cleared before each, every stage wrapped in `time.thread_time` (the calling thread's CPU, so
another process's load inflates it less than wall time; work on other threads is not counted).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_stages.py [ROUNDS] [--data F]

Prints p50 / p95 in ms and the calls per check of each stage: the precise detectors, the first
stage (`wording._reach`, once per sentence read), the quick stage (`embed_quick`) and the float
model (`embed`), their ONNX runs and word pieces (real and padded). To compare two trees, run
each from its own root (`git archive <commit> src bench` for the old one, copying this file in):
guidance_eval_companies.py puts its own tree's `src` first on the path.
"""

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings

spent: Counter = Counter()  # ms per stage, this check
calls: Counter = Counter()


def timed(owner: Any, name: str, stage: str) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[stage] += (time.thread_time() - start) * 1000
            calls[stage] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", type=int, nargs="?", default=60)
    parser.add_argument("--data", default=str(bench.HERE / "eval/guidance/drafts_holdout10.jsonl"))
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance import detectors
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording as detector
    from openline.language import embedders, wording

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    for name, stage in [
        ("detect_money", "money"), ("detect_secrets", "secrets"),
        ("detect_personal", "personal"), ("detect_internal", "register"),
        ("detect_language", "phrases and families"), ("detect_told", "register meaning"),
        ("model_hits", "model (all its stages)"),
    ]:  # fmt: skip
        timed(detectors, name, stage)
    timed(wording, "_reach", "first stage (per sentence)")
    timed(detector, "cued", "tone cues")
    embedder = type(embedders.get_embedder())
    timed(embedder, "embed_quick", "quick stage")
    timed(embedder, "embed", "float model")
    run = embedder._pooled  # a staticmethod: (session, word pieces or Encodings per text)

    def counted(session: Any, texts: list[Any]) -> Any:
        lengths = [len(getattr(t, "ids", t)) for t in texts]
        calls["word pieces"] += sum(lengths)
        calls["word pieces, padded"] += len(lengths) * max(lengths)
        start = time.thread_time()
        try:
            return run(session, texts)
        finally:
            spent["ONNX runs"] += (time.thread_time() - start) * 1000
            calls["ONNX runs"] += 1

    embedder._pooled = staticmethod(counted)  # type: ignore[method-assign]
    rows: dict[str, list[float]] = defaultdict(list)
    counts: Counter = Counter()
    for _ in range(args.rounds):
        wording.clear_cache()
        spent.clear()
        calls.clear()
        start = time.thread_time()
        check_text(text)
        rows["whole check"].append((time.thread_time() - start) * 1000)
        for stage, ms in spent.items():
            rows[stage].append(ms)
        counts = Counter(calls)
    for stage, values in rows.items():
        values.sort()
        p95 = values[max(0, int(0.95 * len(values)) - 1)]
        print(f"{stage:28s} p50 {statistics.median(values):7.2f}  p95 {p95:7.2f}  "
              f"calls {counts.get(stage, 1)}")  # fmt: skip
    print(f"word pieces {counts['word pieces']}, padded {counts['word pieces, padded']}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
