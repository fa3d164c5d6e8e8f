"""What the register check's general mechanisms of register-v7 find alone, per read set: a note
told in other words or in German (concepts), an insider's remark, and an internal thing
described by its note. A label counts when one of them overlaps it; a clean draft with any of
them is a false alarm. The other mechanisms (terms, variants, ids, hints) are left out, so a set
tuned by earlier sessions shows what these find without them.

    PYTHONPATH=src .venv/bin/python bench/register_transfer.py bench/eval/guidance/drafts_dev.jsonl
"""

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


def main() -> int:
    import django

    django.setup()
    from guidance_eval_companies import _category

    from openline.guidance.detectors import internal
    from openline.guidance.detectors.register_words import concepts

    def general_hits(text: str, register: internal.RegisterIndex) -> list[tuple[int, int]]:
        found = []
        notes = {e.term: e for e in register.entries if e.context}
        insider = internal.INSIDER.search(text) is not None
        for sentence in internal.SENTENCE.finditer(text):
            said = concepts(sentence.group())
            for entry in notes.values():
                meant = internal.note_concepts(entry.note) - register.public
                told = len(meant & said)
                if told >= internal.PARAPHRASE_WORDS and told >= 0.5 * len(meant):
                    found.append(sentence.span())
                    break
            needed = internal._words_needed(sentence.group(), 3)
            if insider and internal._hinted(
                sentence.group(), notes, needed, register.said, register.public
            ):
                found.append(sentence.span())
        return found + [(a, b) for a, b, _ in internal._internal_described(text, register)]

    companies = json.loads(COMPANIES.read_text())
    registers = {
        name: internal.RegisterIndex.build(
            [
                (e["term"], _category(e), e.get("note", ""), e.get("variants", []))
                for e in company["register"]
            ],
            [company["name"], *company["products"]],
        )
        for name, company in companies.items()
    }
    for path in sys.argv[1:]:
        total = found = clean = alarms = 0
        for line in Path(path).read_text().splitlines():
            if not line:
                continue
            draft = json.loads(line)
            text = draft["text"]
            hits = general_hits(text, registers[draft["company"]])
            for label in draft["expected"]:
                if label["kind"] != "internal_reference":
                    continue
                total += 1
                at = text.find(label["match"])
                end = at + len(label["match"])
                found += any(a < end and at < b for a, b in hits)
            if not draft["expected"]:
                clean += 1
                alarms += bool(hits)
        print(f"{Path(path).stem:<22} found {found:>3}/{total:<3}   clean flagged {alarms}/{clean}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
