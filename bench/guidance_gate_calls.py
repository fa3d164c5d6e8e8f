"""What the gates' own work costs in a warm check of the 2 KB draft (session 37, speed-warm-v32):
every gates.finditer / gates.search call of one check is recorded, then the calls that the gate
or the prefilter rules out (no scan) are replayed 100 times, best of 15, in thread CPU per check.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_gate_calls.py \
        bench/eval/guidance/drafts_holdout10.jsonl
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def main() -> None:
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import gates, prefilter

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    prefilter.wait()
    for _ in range(10):
        check_text(text)
    calls = []
    finditer, search = gates.finditer, gates.search

    def recorded_finditer(pattern, text, *rest):  # type: ignore[no-untyped-def]
        calls.append((finditer, pattern, text, rest))
        return finditer(pattern, text, *rest)

    def recorded_search(pattern, text, *rest):  # type: ignore[no-untyped-def]
        calls.append((search, pattern, text, rest))
        return search(pattern, text, *rest)

    gates.finditer, gates.search = recorded_finditer, recorded_search
    check_text(text)
    gates.finditer, gates.search = finditer, search
    ruled_out = [
        call
        for call in calls
        if not gates._passes(gates._gated(call[1])[1], call[2]) or gates._ruled_out(*call[1:3])
    ]
    best = float("inf")
    for _ in range(15):
        started = time.thread_time()
        for _ in range(100):
            for scan, pattern, text, rest in ruled_out:
                scan(pattern, text, *rest)
        best = min(best, (time.thread_time() - started) / 100 * 1000)
    print(f"{len(calls)} gate calls a check, {len(ruled_out)} ruled out: {best:.3f} ms a check")


if __name__ == "__main__":
    main()
