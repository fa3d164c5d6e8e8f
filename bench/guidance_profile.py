"""Where the guidance check's time goes: cProfile of 100 checks of a 2 KB draft built as
bench/guidance_eval_companies.py builds it (the file's first company, configured as an operator
would), after 30 warm-ups. The number of Python calls is exact whatever the load; the times are
not.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_profile.py \
        bench/eval/guidance/drafts_holdout6.jsonl
"""

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", help="a drafts_*.jsonl file")
    parser.add_argument("--checks", type=int, default=100)
    parser.add_argument("--top", type=int, default=25, help="functions listed, by own time")
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.checks):
        check_text(text)
    profile.disable()
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
