"""What german_clauses.families marks in every German read draft (de … de28, valid5_de), written
as JSON to compare two trees (session 35, german-tone-v30):

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_families_diff.py /tmp/after.json
    (cd /tmp/base && PYTHONPATH=src … python /path/to/bench/german_families_diff.py /tmp/base.json)

then compare the two files' entries. de29 and later are never read here.
"""

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")
SETS = ("de", *(f"de{i}" for i in range(3, 29)), "valid5_de")


def main() -> int:
    import django

    django.setup()
    from openline.guidance.detectors import german, german_clauses

    out = {}
    for name in SETS:
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            draft = json.loads(line)
            text = draft["text"]
            if german.looks_german(text):
                found = german_clauses.families(text, german._quoted_spans(text))
                out[f"{draft['id']}@{name}"] = [list(x) for x in found]
    Path(sys.argv[1]).write_text(json.dumps(out, sort_keys=True))
    print(len(out), "drafts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
