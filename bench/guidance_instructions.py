"""Instructions per guidance check of a 2 KB draft, counted by callgrind (issue 13): a cost that
other processes on a shared machine do not move, where CPU time is too noisy to compare two
trees (session 15 saw the same tree's CPU p50 range from 20 to 33 ms at load 1 on one draft).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_instructions.py \
        bench/eval/guidance/drafts_holdout7.jsonl bench/eval/guidance/drafts_holdout8.jsonl
    OPENLINE_SRC=/tmp/before/src …   # another tree's engine on the same drafts

Each drafts file runs in its own process under `valgrind --tool=callgrind --instr-atstart=no`:
the 2 KB draft is built as bench/guidance_eval_companies.py builds it (the file's first company,
configured as an operator would, wording both), checked 20 times uninstrumented (imports,
tables, gates, the wording head), then instrumentation is switched on (`callgrind_control -i
on`) and `--runs` checks are counted. Prints millions of instructions per check. About a minute
per file.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(data: str, runs: int, ready: Path, go: Path) -> None:
    sys.path.insert(0, str(HERE))
    import guidance_eval_companies as bench  # puts this tree's src first on the path

    source = os.environ.get("OPENLINE_SRC")
    if source:  # before anything of openline or config is imported
        sys.path.insert(0, source)
    assert "openline" not in sys.modules

    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(20):
        check_text(text)
    ready.touch()
    while not go.exists():
        time.sleep(0.05)
    for _ in range(runs):
        check_text(text)


def count(data: str, runs: int) -> float:
    from signed_in_instructions import counted  # the same callgrind harness, for pages

    return counted(__file__, [data], runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="drafts_*.jsonl files")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ready", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--go", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.data[0], args.runs, args.ready, args.go)
        return
    for data in args.data:
        per_check = count(data, args.runs)
        print(f"{Path(data).name:32} {per_check / 1e6:8.2f} M instructions per check", flush=True)


if __name__ == "__main__":
    main()
