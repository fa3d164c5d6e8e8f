"""Dump every finding of the guidance check over the read sets, to prove a speed-up changed none.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_findings_dump.py OUT.jsonl \
        [MORE.jsonl ...]

One line per finding (`Finding.stored()`: kind, start, end, severity, message and suggestion
phrases) and one per draft with the check's action; each company configured as
guidance_eval_companies.py does, wording both. Run before and after a change and `cmp` the files.
The sets are those read in session 31 (every set up to holdout24 / de24, valid5); later sets
(holdout25 on, de25 on) hold check and untouched drafts and are never dumped. Further drafts
files given after OUT (a read half such as /work/wt/h25a.jsonl) are dumped too, named by their
path.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

import guidance_eval_companies as bench

SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21",
    "holdout22", "holdout23", "holdout24",
    "valid5", "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
    "de14", "de15", "de16", "de17", "de18", "de19", "de20", "de21", "de22", "de23", "de24",
    "valid5_de",
)  # fmt: skip


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__)  # no options: a first argument like --help is not a file to write
        return 0 if sys.argv[1:2] in (["-h"], ["--help"]) else 2
    out = Path(sys.argv[1])
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    with out.open("w") as dump:
        here = Path(__file__).parent / "eval" / "guidance"
        paths = [(name, here / f"drafts_{name}.jsonl") for name in SETS]
        paths += [(extra, Path(extra)) for extra in sys.argv[2:]]
        for name, path in paths:
            drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            by_company: dict[str, list[tuple[int, dict]]] = defaultdict(list)
            for number, draft in enumerate(drafts):
                by_company[draft["company"]].append((number, draft))
            for company, numbered in by_company.items():
                bench.configure(companies[company])
                for number, draft in numbered:
                    result = check_text(draft["text"], channel=draft["channel"])
                    for finding in result.findings:
                        row = [name, number, finding.stored()]
                        dump.write(json.dumps(row, sort_keys=True, default=str) + "\n")
                    row = [name, number, "severity", result.action, list(result.pending)]
                    dump.write(json.dumps(row, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
