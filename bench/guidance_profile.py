"""Where the guidance check's time goes: cProfile of 100 checks of a 2 KB draft built as
bench/guidance_eval_companies.py builds it (the file's first company, configured as an operator
would), after 30 warm-ups. The number of Python calls is exact whatever the load; the times are
not.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_profile.py \
        bench/eval/guidance/drafts_holdout6.jsonl
"""

import argparse
import contextlib
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
    # The prefilter's database is built in a thread after the first checks (~2-4 s): without
    # this wait the profile holds that build's work (cProfile on Python 3.12+ counts every
    # thread's calls; session 37 saw prefilter._item, _sequence and _translation in the list)
    # and the checks run with no database. A server's steady state, as guidance_cold_cost.py.
    with contextlib.suppress(ImportError):
        from openline.guidance.detectors import prefilter

        prefilter.wait()
        for _ in range(5):
            check_text(text)  # the first check with the new database reads it
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.checks):
        check_text(text)
    profile.disable()
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
