"""Legal risk and hostile tone on every read English guidance set in one process (branch
wording-v8, issue 13): the figures `guidance_eval_companies.py drafts_<set>.jsonl --runs 0
--wording <mode>` prints per set (the same `evaluate`, the same configuration per company), as
one compact table with the false alarms on clean drafts. Run from the repository root:

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_sets.py --wording both
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_sets.py --wording model

The untouched holdouts are never among the default sets; naming one with --sets would read it.
"""

import argparse
import contextlib
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import guidance_eval_companies as gec  # noqa: E402 - sets the settings module and the path

SETS = (
    "dev,holdout,holdout2,holdout3,holdout4,holdout5,valid5,holdout6,holdout7,holdout8,holdout9,"
    "holdout10,holdout11,holdout12"
)
_ROW = re.compile(r"^(legal_risk|hostile_tone)\s+(\d+)\s+([\d.]+)%\s+(\d+)\s+([\d.]+)%")
_ALARMS = re.compile(r"false alarms on clean drafts: (\d+)/(\d+)")
_BY_KIND = re.compile(r"clean drafts flagged, by kind: (.*)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wording", choices=["both", "patterns", "model"], default="both")
    parser.add_argument("--sets", default=SETS)
    options = parser.parse_args()
    companies = json.loads(gec.COMPANIES.read_text())
    gec.setup_database()
    gec.wording_mode(options.wording)
    print(f"--wording {options.wording}: recall (found/expected), precision; false alarms")
    for name in options.sets.split(","):
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            gec.evaluate(drafts, companies, verbose=False)
        text = out.getvalue()
        cells = []
        for line in text.splitlines():
            if m := _ROW.match(line):
                kind, expected, recall, _, precision = m.groups()
                found = round(float(recall) * int(expected) / 100)
                cells.append(f"{kind[:5]} {recall}% ({found}/{expected}) p {precision}%")
        alarms = _ALARMS.search(text)
        by_kind = _BY_KIND.search(text)
        print(
            f"{name:9s} "
            + "  ".join(cells)
            + (f"  FA {alarms.group(1)}/{alarms.group(2)}" if alarms else "")
            + (f" ({by_kind.group(1)})" if by_kind else ""),
            flush=True,
        )


if __name__ == "__main__":
    main()
