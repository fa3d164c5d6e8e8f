"""Where a phrase occurs in the read guidance sets, and whether each draft is labelled: one line
per draft whose lower-cased text matches the pattern (id, the kinds it is labelled with or
CLEAN, the words matched). A hint or a concept is judged by where it occurs across writers
before it becomes a rule (session 21, register-v16).

    PYTHONPATH=src .venv/bin/python bench/register_phrases.py 'bevor (?:es|das) offiziell' ...

The check set (holdout21 writers b and c, de21) and the untouched set (holdout22, de22) are
never read; holdout21's writer a is read from /work/wt/h21a.jsonl when it exists.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "eval" / "guidance"
NEVER = ("holdout21", "de21", "holdout22", "de22")
WRITER_A = Path("/work/wt/h21a.jsonl")


def main() -> int:
    patterns = [re.compile(p) for p in sys.argv[1:]]
    if not patterns:
        print(__doc__)
        return 2
    files = [
        path
        for path in sorted(HERE.glob("drafts_*.jsonl"))
        if path.stem.removeprefix("drafts_") not in NEVER
    ]
    files += [WRITER_A] if WRITER_A.exists() else []
    for pattern in patterns:
        for path in files:
            for line in path.read_text().splitlines():
                draft = json.loads(line)
                if match := pattern.search(draft["text"].lower()):
                    kinds = ",".join(sorted({e["kind"] for e in draft["expected"]})) or "CLEAN"
                    print(f"{draft['id']:<14} {kinds:<32} {match.group()!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
