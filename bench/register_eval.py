"""Recall and false alarms of the register check alone (internal_reference) on the
multi-company drafts, without a database: each company's register from companies.json is built
into a RegisterIndex as the admin would store it, and only the register detector runs.

    PYTHONPATH=src .venv/bin/python bench/register_eval.py bench/eval/guidance/drafts_dev.jsonl ...
    PYTHONPATH=src .venv/bin/python bench/register_eval.py FILE -v   # every miss and alarm

A clean draft with a register finding is a false alarm; other kinds' findings are not counted
here (guidance_eval_companies.py gives the whole picture).
"""

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

COMPANIES = HERE / "eval" / "guidance" / "companies.json"
KIND = "internal_reference"


def main() -> int:
    import django

    django.setup()
    from guidance_eval_companies import _category

    from openline.guidance.detectors.internal import RegisterIndex, detect

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args()
    companies = json.loads(COMPANIES.read_text())
    registers = {
        name: RegisterIndex.build(
            [
                (e["term"], _category(e), e.get("note", ""), e.get("variants", []))
                for e in company["register"]
            ],
            [company["name"], *company["products"]],
        )
        for name, company in companies.items()
    }
    for path in options.data:
        drafts = [json.loads(line) for line in Path(path).read_text().splitlines() if line]
        total = found = clean = alarms = 0
        lines = []
        for draft in drafts:
            text = draft["text"]
            hits = [(h.start, h.end) for h in detect(text, registers[draft["company"]])]
            wanted = [e["match"] for e in draft["expected"] if e["kind"] == KIND]
            for match in wanted:
                total += 1
                spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
                if any(a < hb and ha < b for a, b in spans for ha, hb in hits):
                    found += 1
                else:
                    lines.append(f"  MISS {draft['id']}: {match!r}\n       {text!r}")
            if not draft["expected"]:
                clean += 1
                if hits:
                    alarms += 1
                    words = [text[a:b] for a, b in hits]
                    lines.append(f"  ALARM {draft['id']}: {words!r}\n       {text!r}")
        recall = found / total if total else 1.0
        print(
            f"{Path(path).stem:<22} register {found:>3}/{total:<3} {recall:6.1%}   "
            f"false alarms {alarms:>2}/{clean:<3} {alarms / max(clean, 1):5.1%}"
        )
        if options.verbose:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
