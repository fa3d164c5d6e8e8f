"""Session 34 (german-v29): every rule finding (`language.detect(text, model=False)`, all kinds)
on every English READ draft (every drafts_*.jsonl without "_de", up to holdout27, dev, valid5),
one line per draft, to compare two trees with `cmp`:

    PYTHONPATH=<tree>/src SECRET_KEY=x .venv/bin/python bench/english_rules_same.py /tmp/a.txt
"""

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")
UNREAD = re.compile(r"holdout(?:2[89]|[3-9]\d)")


def main() -> None:
    import django

    django.setup()
    from openline.guidance.detectors import language

    folder = HERE / "eval" / "guidance"
    paths = [
        p
        for p in sorted(folder.glob("drafts_*.jsonl"))
        if "_de" not in p.name and not UNREAD.search(p.name)
    ]
    count = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in paths:
            for line in path.read_text("utf-8").splitlines():
                draft = json.loads(line)
                hits = sorted(
                    (h.kind, h.start, h.end) for h in language.detect(draft["text"], model=False)
                )
                out.write(f"{draft['id']} {json.dumps(hits)}\n")
                count += 1
    print(count)


if __name__ == "__main__":
    main()
