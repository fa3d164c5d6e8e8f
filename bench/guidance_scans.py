"""CPU of each rule scan of the cold guidance check (issue 13, "p95 ≤ 20 ms for a 2 KB draft"):
which of the detectors' regular expressions cost what on the 2 KB draft
bench/guidance_eval_companies.py times, to judge what merging scans could save.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_scans.py [ROUNDS] [--top N]

Every scan the detectors ask of `gates.finditer` and `gates.search` (nearly all of them: the
few direct `pattern.search` calls are not seen) is timed with `time.thread_time`, its matches
consumed at once, and summed per call site (file:line) and pattern over ROUNDS cold checks (the
wording cache cleared before each). Prints the total, how many of the calls a gate answered
without a scan (no literal of a clause in the text), and the costliest call sites.
"""

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", type=int, nargs="?", default=30)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--data", default=str(bench.HERE / "eval/guidance/drafts_holdout10.jsonl"))
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import gates
    from openline.language import wording

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    spent: Counter = Counter()  # seconds per (call site, pattern)
    calls: Counter = Counter()
    matches: Counter = Counter()
    gated = Counter()  # calls a gate answered without a scan
    real_finditer, real_search = gates.finditer, gates.search

    def site(pattern: Any) -> tuple[str, str]:
        caller = sys._getframe(2)
        where = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno}"
        return where, pattern.pattern[:72]

    def finditer(pattern: Any, searched: str, *more: Any) -> Iterator[Any]:
        key = site(pattern)
        start = time.thread_time()
        found = list(real_finditer(pattern, searched, *more))
        spent[key] += time.thread_time() - start
        calls[key] += 1
        matches[key] += len(found)
        gated["all"] += 1
        gated["ruled out"] += not gates.may_match(pattern, searched)
        return iter(found)

    def search(pattern: Any, searched: str, *more: Any) -> Any:
        key = site(pattern)
        start = time.thread_time()
        found = real_search(pattern, searched, *more)
        spent[key] += time.thread_time() - start
        calls[key] += 1
        matches[key] += found is not None
        gated["all"] += 1
        gated["ruled out"] += not gates.may_match(pattern, searched)
        return found

    for _ in range(10):
        check_text(text)
    gates.finditer, gates.search = finditer, search  # type: ignore[assignment]
    for _ in range(args.rounds):
        wording.clear_cache()
        check_text(text)
    gates.finditer, gates.search = real_finditer, real_search
    rounds = args.rounds
    total = sum(spent.values()) / rounds * 1000
    print(f"scans through gates: {total:.2f} ms CPU a check, {gated['all'] / rounds:.0f} calls "
          f"({gated['ruled out'] / rounds:.0f} answered by a gate without a scan), "
          f"{len(spent)} call sites and patterns")  # fmt: skip
    for key, seconds in spent.most_common(args.top):
        print(f"{seconds / rounds * 1000:6.3f} ms  calls {calls[key] / rounds:4.1f}  "
              f"matches {matches[key] / rounds:4.1f}  {key[0]:24s} {key[1]!r}")  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
