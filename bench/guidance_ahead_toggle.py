"""The wording head's model run ahead (session 33, speed-cold-v28), paired in one process: the
2 KB draft of drafts_holdout10.jsonl checked with OPENLINE["GUIDANCE_MODEL_AHEAD"] on and off,
in a random order each round, cold (scores cleared before each check) or with --warm.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_ahead_toggle.py ROUNDS [--warm]

Printed: wall and CPU (time.process_time: the thread's CPU included) p50 / p95 per arm, and the
paired CPU difference's p50.
"""

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_cold_cost as cold
import guidance_eval_companies as bench


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(0.95 * len(ordered)) - 1)]


def main() -> int:
    rounds, warm = int(sys.argv[1]), "--warm" in sys.argv
    bench.setup_database()
    bench.wording_mode("both")
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import prefilter

    companies = json.loads(Path(bench.COMPANIES).read_text())
    data = Path(__file__).parent / "eval" / "guidance" / "drafts_holdout10.jsonl"
    drafts = [json.loads(line) for line in data.read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(5):
        check_text(text)
    prefilter.wait()
    results: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    differences = []
    for _ in range(rounds):
        got = {}
        for on in random.sample([True, False], 2):
            settings.OPENLINE["GUIDANCE_MODEL_AHEAD"] = on
            if not warm:
                cold.clear_caches()
            started, started_cpu = time.perf_counter(), time.process_time()
            check_text(text)
            got[on] = (
                (time.process_time() - started_cpu) * 1000,
                (time.perf_counter() - started) * 1000,
            )
            results[on].append(got[on])
        differences.append(got[True][0] - got[False][0])
    print(f"{'warm' if warm else 'cold'}, {rounds} rounds")
    for on in (False, True):
        cpu, wall = [r[0] for r in results[on]], [r[1] for r in results[on]]
        print(
            f"ahead {'on ' if on else 'off'}: wall p50 {statistics.median(wall):.2f} "
            f"p95 {p95(wall):.2f}  CPU p50 {statistics.median(cpu):.2f} p95 {p95(cpu):.2f}"
        )
    print(f"paired CPU (on - off) p50 {statistics.median(differences):+.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
