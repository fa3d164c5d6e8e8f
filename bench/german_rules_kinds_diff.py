"""Session 34 (german-v29): the phrase rules' legal-risk, hostile-tone and profanity findings
(`language.detect(text, model=False)`: every rule, no sentence model) over every German READ set
(drafts_de*.jsonl up to de27, valid5_de), before and after a change: per labelled item found or
not (its words overlapped by a finding of its kind), per clean draft flagged or not by these
kinds. Reads only the read sets (de28 / de29 are skipped by name).

    PYTHONPATH=<tree>/src SECRET_KEY=x python bench/german_rules_kinds_diff.py save /tmp/b
    ... (change the rules) ...
    PYTHONPATH=<tree>/src SECRET_KEY=x python bench/german_rules_kinds_diff.py diff /tmp/b
"""

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")
KINDS = ("legal_risk", "profanity", "hostile_tone")
UNREAD = re.compile(r"de2[89]|de[3-9]\d")


def files() -> list[Path]:
    folder = HERE / "eval" / "guidance"
    found = [*sorted(folder.glob("drafts_de*.jsonl")), folder / "drafts_valid5_de.jsonl"]
    return [f for f in found if not UNREAD.search(f.name)]


def outcomes() -> dict[str, list]:
    import django

    django.setup()
    from openline.guidance.detectors import language

    out: dict[str, list] = {}
    for path in files():
        for line in path.read_text("utf-8").splitlines():
            draft = json.loads(line)
            text = draft["text"]
            hits = [h for h in language.detect(text, model=False) if h.kind in KINDS]
            expected = [e for e in draft["expected"] if e["kind"] in KINDS]
            for n, item in enumerate(expected):
                start = text.find(item["match"])
                end = start + len(item["match"])
                found = start >= 0 and any(
                    h.kind == item["kind"] and h.start < end and start < h.end for h in hits
                )
                out[f"{draft['id']}#{n}#{item['kind']}"] = [found, item["match"][:150]]
            if not draft["expected"]:
                out[f"{draft['id']}#clean"] = [sorted({h.kind for h in hits}), []]
    return out


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    now = outcomes()
    if mode == "save":
        path.write_text(json.dumps(now, ensure_ascii=False), "utf-8")
        return
    before = json.loads(path.read_text("utf-8"))
    tally: Counter[str] = Counter()
    for key, (value, words) in now.items():
        old = before[key][0]
        if key.endswith("#clean"):
            tally["clean flagged before"] += bool(old)
            tally["clean flagged after"] += bool(value)
            if old != value:
                print("CLEAN", key, old, "->", value)
        else:
            kind = key.split("#")[2]
            tally[f"{kind} items"] += 1
            tally[f"{kind} before"] += bool(old)
            tally[f"{kind} after"] += bool(value)
            if old != value:
                print("ITEM", key, old, "->", value, words)
    print(dict(tally))


if __name__ == "__main__":
    main()
