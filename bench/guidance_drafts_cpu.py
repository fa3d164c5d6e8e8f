"""CPU of the cold check per draft of a set, as drafts come (not the 2 KB joined draft of
guidance_stages.py): the calling thread's CPU (`time.thread_time`) of the whole check and of its
precise detectors (`detectors._precise`), p50 / p95 / mean over the drafts, for all of them and
for those with and without a digit.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_drafts_cpu.py [SET] \
        [--limit N] [--rounds R]

SET is a drafts file's set name (holdout20: bench/eval/guidance/drafts_holdout20.jsonl; read
sets only). Each draft is checked R times with the wording cache cleared before each (its best
round is kept: another process's load only adds). To compare two trees, run each from its own
root, alternating.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", default="holdout20")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance import detectors
    from openline.guidance.checks import check_text
    from openline.language import wording

    path = bench.HERE / "eval" / "guidance" / f"drafts_{args.set}.jsonl"
    drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    company = drafts[0]["company"]
    drafts = [d for d in drafts if d["company"] == company][: args.limit]
    bench.configure(json.loads(Path(bench.COMPANIES).read_text())[company])
    precise_spent = [0.0]
    real = detectors._precise

    def timed(*a: object, **k: object) -> object:
        start = time.thread_time()
        try:
            return real(*a, **k)  # type: ignore[arg-type]
        finally:
            precise_spent[0] += time.thread_time() - start

    detectors._precise = timed  # type: ignore[assignment]
    for draft in drafts[:20]:
        check_text(draft["text"], channel=draft["channel"])
    rows: dict[str, list[tuple[float, float]]] = {"all": [], "with a digit": [], "no digit": []}
    for draft in drafts:
        best = (float("inf"), float("inf"))
        for _ in range(args.rounds):
            wording.clear_cache()
            precise_spent[0] = 0.0
            start = time.thread_time()
            check_text(draft["text"], channel=draft["channel"])
            whole = (time.thread_time() - start) * 1000
            best = min(best, (whole, precise_spent[0] * 1000))
        digit = any(c.isdigit() for c in draft["text"])
        rows["all"].append(best)
        rows["with a digit" if digit else "no digit"].append(best)
    for name, values in rows.items():
        if not values:
            continue
        for at, what in ((0, "whole check"), (1, "precise detectors")):
            xs = sorted(v[at] for v in values)
            p95 = xs[max(0, int(0.95 * len(xs)) - 1)]
            print(f"{name:13s} {what:18s} drafts {len(xs):4d}  p50 {statistics.median(xs):6.2f}"
                  f"  p95 {p95:6.2f}  mean {statistics.fmean(xs):6.2f} ms")  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
