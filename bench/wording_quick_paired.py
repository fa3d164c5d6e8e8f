"""The cold check of the 2 KB draft with and without the wording head's quick stage, alternating
in one process (issue 13, session 22 cold-v17): "before" settles sentences by their cue terms
and word pieces only (wording.reachable) and embeds the rest with the float model; "after" first
reads those with the quick vectors (wording.narrowed, the int8 products computed in integers)
and embeds only what they leave open. Both see the same load minute by minute.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_quick_paired.py \\
        bench/eval/guidance/drafts_holdout10.jsonl [--runs 100]

Each round clears the sentence caches and checks the draft once each way, in alternating order;
CPU is time.process_time (the model's threads included). The texts read, float and quick, are
counted (they do not depend on the load), and the findings of both ways must be the same.
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
from embedder_session_paired import percentile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a drafts_*.jsonl file (its first company's 2 KB draft)")
    parser.add_argument("--runs", type=int, default=100, help="cold checks each way")
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.language import embedders, sense, wording

    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    companies = json.loads(Path(bench.COMPANIES).read_text())
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    embedder = embedders.get_embedder()
    counted = {"float": 0, "quick": 0}
    embed, embed_quick = embedder.embed, embedder.embed_quick

    def counting(kind, real):
        def call(texts):
            counted[kind] += len(texts)
            return real(texts)

        return call

    embedder.embed = counting("float", embed)
    embedder.embed_quick = counting("quick", embed_quick)
    ways = {"before": "", "after": wording.QUICK_HEAD}
    cpu: dict[str, list[float]] = {name: [] for name in ways}
    read: dict[str, dict[str, int]] = {}
    findings: dict[str, list] = {}
    for round_number in range(options.runs + 3):
        names = list(ways) if round_number % 2 == 0 else list(reversed(ways))
        for name in names:
            wording.QUICK_HEAD = ways[name]
            wording.clear_cache()
            sense.clear_cache()
            counted.update(float=0, quick=0)
            started = time.process_time()
            result = check_text(text)
            if round_number >= 3:  # three rounds to warm up
                cpu[name].append((time.process_time() - started) * 1000)
            read[name] = dict(counted)
            findings[name] = [f.stored() for f in result.findings]
    for name, values in cpu.items():
        print(
            f"{name}: CPU p50 {statistics.median(values):.1f} ms  p95 "
            f"{percentile(values, 0.95):.1f} ms  ({len(values)} cold checks of the "
            f"{len(text)}-character draft; texts read: {read[name]['float']} float, "
            f"{read[name]['quick']} quick)"
        )
    print(f"findings the same both ways: {findings['before'] == findings['after']}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
