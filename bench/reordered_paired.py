"""The check of the 2 KB draft with the register's reordered variants read as another tree reads
them (BEFORE: an exported src, e.g. `git archive ac3c46e4 src | tar -x -C /tmp/before`) and as
this tree reads them, alternating in one process (issue 13, session 23 cold-v18): both see the
same load minute by minute.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/reordered_paired.py \\
        bench/eval/guidance/drafts_holdout10.jsonl /tmp/before [--runs 300] [--cold]

CPU is time.process_time; with --cold the sentence caches are cleared before every check. The
findings of both ways must be the same.
"""

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings
from embedder_session_paired import percentile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a drafts_*.jsonl file (its first company's 2 KB draft)")
    parser.add_argument("before", help="the root of the other tree (holding src/)")
    parser.add_argument("--runs", type=int, default=300, help="checks each way")
    parser.add_argument("--cold", action="store_true", help="no cached sentence scores")
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import internal
    from openline.language import sense, wording

    path = Path(options.before) / "src/openline/guidance/detectors/internal.py"
    spec = importlib.util.spec_from_file_location(
        "openline.guidance.detectors._internal_before", path
    )
    assert spec is not None and spec.loader is not None
    before = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(before)
    ways = {"before": before._reordered, "after": internal._reordered}
    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    companies = json.loads(Path(bench.COMPANIES).read_text())
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    cpu: dict[str, list[float]] = {name: [] for name in ways}
    findings: dict[str, list] = {}
    for round_number in range(options.runs + 5):
        for name in list(ways) if round_number % 2 == 0 else list(reversed(ways)):
            internal._reordered = ways[name]
            if options.cold:
                wording.clear_cache()
                sense.clear_cache()
            started = time.process_time()
            result = check_text(text)
            if round_number >= 5:  # five rounds to warm up
                cpu[name].append((time.process_time() - started) * 1000)
            findings[name] = [f.stored() for f in result.findings]
    for name, values in cpu.items():
        print(
            f"{name}: CPU p50 {statistics.median(values):.2f} ms  p95 "
            f"{percentile(values, 0.95):.2f} ms  mean {statistics.mean(values):.2f} ms  "
            f"({len(values)} {'cold' if options.cold else 'warm'} checks)"
        )
    print(f"findings the same both ways: {findings['before'] == findings['after']}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
