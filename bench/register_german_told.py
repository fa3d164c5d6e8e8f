"""The German register path of session 27 (`internal._german_disclosed`: an item told in its
note's words beside a word of secrecy) measured against the rules without it, on the German read
writers: DEV (de … de17, valid5_de; new items and alarms listed with -v), TRANSFER (de18 to de20
writers b and c; numbers only) and the blind German register lines (bench/register_blind26_de.jsonl
by default; --blind for another file, e.g. register_blind27_de.jsonl, session 27's unseen writer).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_german_told.py [-v]
    … bench/register_german_told.py --blind bench/register_blind27_de.jsonl
    GERMAN_TOLD_WORDS=1 … bench/register_german_told.py   # the operating point's neighbours

"Before" is the register check with `_german_disclosed` switched off (patched to find nothing),
"after" the check as shipped; a draft's item is found when a finding overlaps its match, a
clean draft with a finding is an alarm, and drafts labelled with other kinds only are counted
apart. The check sets (de21) and the untouched sets (de22) are never opened.
"""

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

DATA = HERE / "eval" / "guidance"
KIND = "internal_reference"
DEV = ("de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
       "de14", "de15", "de16", "de17", "valid5_de")  # fmt: skip
TRANSFER = (
    ("de18b", "de18", ("qt", "qu")), ("de18c", "de18", ("qv", "qw")),
    ("de19b", "de19", ("ra", "rb")), ("de19c", "de19", ("rc", "rd")),
    ("de20b", "de20", ("rh", "ri")), ("de20c", "de20", ("rj", "rk")),
)  # fmt: skip
NEVER = ("de21", "de22")


def main() -> int:
    import django

    django.setup()
    from guidance_eval_companies import _category

    from openline.guidance.detectors import internal

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--blind", default=str(HERE / "register_blind26_de.jsonl"))
    parser.add_argument("-v", "--verbose", action="store_true", help="DEV and blind changes")
    options = parser.parse_args()
    if "GERMAN_TOLD_WORDS" in os.environ:
        internal.GERMAN_TOLD_WORDS = int(os.environ["GERMAN_TOLD_WORDS"])
    shipped = internal._german_disclosed

    def hits(text: str, register, on: bool) -> list[tuple[int, int]]:
        internal._german_disclosed = shipped if on else (lambda text, register: [])
        try:
            return [(h.start, h.end) for h in internal.detect(text, register)]
        finally:
            internal._german_disclosed = shipped

    def build(entries, public):
        return internal.RegisterIndex.build(
            [(e["term"], _category(e), e.get("note", ""), e.get("variants", [])) for e in entries],
            public,
        )

    companies = json.loads((DATA / "companies.json").read_text("utf-8"))
    registers: dict = {}

    def register_of(name: str):
        if name not in registers:
            company = companies[name]
            registers[name] = build(company["register"], [company["name"], *company["products"]])
        return registers[name]

    def read(name: str, prefixes: tuple[str, ...] | None = None) -> list[dict]:
        assert name not in NEVER
        path = DATA / f"drafts_{name}.jsonl"
        drafts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        return [d for d in drafts if prefixes is None or d["id"].split("-")[0] in prefixes]

    def score(drafts: list[dict], lines: list[str] | None) -> Counter:
        out: Counter = Counter()
        for draft in drafts:
            text, register = draft["text"], register_of(draft["company"])
            before, after = hits(text, register, False), hits(text, register, True)
            items = [e["match"] for e in draft["expected"] if e["kind"] == KIND]
            for match in items:
                spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
                was, now = (
                    any(a < hb and ha < b for a, b in spans for ha, hb in found)
                    for found in (before, after)
                )
                out["items"] += 1
                out["found before"] += was
                out["found after"] += now
                if lines is not None and now != was:
                    lines.append(f"  {'+' if now else '-'}ITEM {draft['id']}: {match!r}")
            key = "clean" if not draft["expected"] else "other" if not items else None
            if key:
                out[key] += 1
                out[f"{key} before"] += bool(before)
                out[f"{key} after"] += bool(after)
                if lines is not None and bool(after) != bool(before):
                    words = [text[a:b] for a, b in after]
                    lines.append(f"  {'+' if after else '-'}{key.upper()} {draft['id']}: {words!r}")
        return out

    def row(label: str, o: Counter) -> str:
        return (
            f"{label:<10} register {o['found before']:>4} -> {o['found after']:<4}/{o['items']:<4}"
            f" clean flagged {o['clean before']:>3} -> {o['clean after']:<3}/{o['clean']:<5}"
            f" other kinds flagged {o['other before']:>3} -> {o['other after']:<3}/{o['other']}"
        )

    total: Counter = Counter()
    for name in DEV:
        lines: list[str] | None = [] if options.verbose else None
        numbers = score(read(name), lines)
        total.update(numbers)
        if lines:
            print(row(name, numbers))
            print("\n".join(lines))
    print(row("DEV", total))
    total = Counter()
    for label, name, prefixes in TRANSFER:
        numbers = score(read(name, prefixes), None)
        total.update(numbers)
        print(row(label, numbers))
    print(row("TRANSFER", total))

    blind = [
        json.loads(line) for line in Path(options.blind).read_text("utf-8").splitlines() if line
    ]
    entries: dict[str, dict[str, dict]] = {}
    for line in blind:
        entries.setdefault(line["company"], {})[line["term"]] = line
    built = {company: build(list(e.values()), [company]) for company, e in entries.items()}
    counts: Counter = Counter()
    for line in blind:
        text, register = line["text"], built[line["company"]]
        was, now = bool(hits(text, register, False)), bool(hits(text, register, True))
        key = (line["label"], line["how"])
        counts[(*key, "n")] += 1
        counts[(*key, "before")] += was
        counts[(*key, "after")] += now
        if options.verbose and was != now:
            print(f"  {'+' if now else '-'}{line['label'].upper()} {line['how']}: {text!r}")
    print(Path(options.blind).name)
    for label, how in sorted({k[:2] for k in counts}):
        n, before, after = (counts[(label, how, x)] for x in ("n", "before", "after"))
        print(f"  {label:<6}{how:<10} flagged {before:>3} -> {after:<3}/ {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
