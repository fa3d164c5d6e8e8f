"""Thread CPU time per warm guidance check of holdout10's 2 KB draft, for alternating runs of
two trees (the machine's speed drifts from minute to minute, so only runs side by side compare):

    for d in /work/main /tmp/before /work/main /tmp/before; do
        (cd $d && PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python \
            /work/main/bench/guidance_check_cpu.py)
    done

Configures the draft's company as guidance_eval_companies.py does (wording both), warms with 30
checks, then prints the mean thread CPU of `--checks` checks (default 50). Run from the tree
being measured: its `bench` helpers and `src` are the ones imported."""

import argparse
import json
import sys
import time
from pathlib import Path

# The measured tree's bench helpers (they put that tree's src first on the path).
sys.path.insert(0, str(Path.cwd() / "bench"))
import guidance_eval_companies as bench  # sets the settings module and the path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checks", type=int, default=50)
    options = parser.parse_args()
    data = Path("bench/eval/guidance")
    drafts = [json.loads(line) for line in (data / "drafts_holdout10.jsonl").open() if line]
    companies = json.loads((data / "companies.json").read_text())
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text

    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    started = time.thread_time()
    for _ in range(options.checks):
        check_text(text)
    elapsed = (time.thread_time() - started) / options.checks * 1000
    print(f"{Path.cwd()}: {elapsed:.1f} ms thread CPU per check ({options.checks} checks)")


if __name__ == "__main__":
    main()
