"""The English register check alone (internal_reference) per writer, for session 28: a DEV group
whose misses and alarms may be read, and a TRANSFER group of writers register-v23 never read
(numbers only, always). A writer is a set of draft-id prefixes (one prefix per company).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_writers28.py            # both
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_writers28.py --group dev -v

Roles in session 28: holdout22's writers b and c and de22 are the check, holdout23 / de23 the
untouched sets; none is opened here. TRANSFER is holdout20's writers b and c and holdout21's
three writers (read sets this session, but never read by register-v23).
"""

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import json  # noqa: E402

DATA = HERE / "eval" / "guidance"
DEV = [
    (name, DATA / f"drafts_{name}.jsonl", None)
    for name in (
        "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
        "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
        "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "valid5",
    )
] + [
    ("h20a", DATA / "drafts_holdout20.jsonl", ("re", "rf", "rg")),
    ("h22a", Path("/work/wt/h22a.jsonl"), None),
]  # fmt: skip
TRANSFER = (
    ("h20b", DATA / "drafts_holdout20.jsonl", ("rh", "ri")),
    ("h20c", DATA / "drafts_holdout20.jsonl", ("rj", "rk")),
    ("h21a", DATA / "drafts_holdout21.jsonl", ("rl", "rm", "rn")),
    ("h21b", DATA / "drafts_holdout21.jsonl", ("ro", "rp")),
    ("h21c", DATA / "drafts_holdout21.jsonl", ("rq", "rr")),
)
NEVER = ("holdout22", "de22", "holdout23", "de23", "h22bc")


def read(path: Path, prefixes: tuple[str, ...] | None) -> list[dict]:
    assert not any(path.stem.endswith(n) for n in NEVER), path
    drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
    if prefixes is None:
        return drafts
    return [d for d in drafts if d["id"].split("-")[0] in prefixes]


def main() -> int:
    import django

    django.setup()
    from register_groups import _registers, _row, _score

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=("dev", "transfer", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="DEV misses and alarms")
    options = parser.parse_args()
    registers = _registers()
    for group, writers in (("DEV", DEV), ("TRANSFER", TRANSFER)):
        if options.group not in (group.lower(), "both"):
            continue
        sums = [0, 0, 0, 0]
        for label, path, prefixes in writers:
            verbose = options.verbose and group == "DEV"
            lines: list[str] | None = [] if verbose else None
            numbers = _score(read(path, prefixes), registers, lines)
            sums = [a + b for a, b in zip(sums, numbers, strict=True)]
            print(_row(label, numbers), flush=True)
            if lines:
                print("\n".join(lines), flush=True)
        print(_row(f"{group} en", tuple(sums)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
