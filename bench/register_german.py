"""German register words, occurrence by occurrence (register-v14, issue 13): every literal
occurrence of a one-word register surface (register_sense.candidate's shape) in the read German
sets, labelled item (it overlaps an expected internal_reference) or ordinary, with whether the
whole register check flags it and the shipped sense head's probability of ordinary use. Sorted
by label and decision, so that the ordinary words still flagged and the items missed come first
and can be grouped by the grammar around them (article, contraction, adjective, preposition,
greeting, list, compound) and by writer.

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_german.py
    … bench/register_german.py --summary      # counts per writer only
    … bench/register_german.py --cpu          # CPU of the register check per German draft

For a before/after CPU figure, run --cpu alternately here and in an extracted copy of the
earlier commit (`git archive <commit> src bench | tar -x -C /tmp/base`, then the same command
from /tmp/base): each copy's bench imports its own src.

The check set (de22) and the untouched set (de23) are never read (de21 read from session 28).
"""

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

SETS = ("de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
        "de14", "de15", "de16", "de17", "de18", "de19", "de20", "de21", "valid5_de")  # fmt: skip
NEVER = ("de22", "de23")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--summary", action="store_true", help="counts per writer only")
    parser.add_argument("--cpu", action="store_true", help="register check CPU per draft")
    options = parser.parse_args()

    import django

    django.setup()
    import register_sense

    from openline.guidance.detectors import internal
    from openline.language import sense

    assert not set(SETS) & set(NEVER)
    writers = {
        name: [
            json.loads(line)
            for line in (register_sense.GUIDANCE / f"drafts_{name}.jsonl")
            .read_text("utf-8")
            .splitlines()
            if line
        ]
        for name in SETS
    }
    companies = json.loads((register_sense.GUIDANCE / "companies.json").read_text("utf-8"))
    built = register_sense.registers(companies)
    if options.cpu:
        return cpu(writers, built)
    rows = register_sense.occurrences(writers, built)
    counts: Counter[tuple[str, str, bool]] = Counter()
    lines = []
    for row in rows:
        register, _ = built[row["company"]]
        text, start, end = row["text"], row["start"], row["end"]
        hits = internal.detect(text, register)
        flagged = any(h.start < end and start < h.end for h in hits)
        counts[(row["writer"], row["label"], flagged)] += 1
        word = text[start:end]
        p = (
            sense.ordinary_probability(text, start, end, row["note"])
            if re.fullmatch(r"[^\W\d_]+", word) and sense.available()
            else float("nan")
        )
        around = text[max(0, start - 70) : end + 60].replace("\n", " ")
        lines.append(
            (row["label"], flagged, f"{p:.3f} {row['writer']:<10}{row['id']:<11}{word!r:<16}"
             f"{around!r}")
        )  # fmt: skip
    if not options.summary:
        for label, flagged, line in sorted(lines, key=lambda x: (x[0], x[1] == (x[0] == "item"))):
            print(f"{label:<9}{'FLAGGED' if flagged else 'clear  '} {line}")
    print(f"\n{'writer':<11}{'items found':>13}{'ordinary flagged':>18}")
    for writer in SETS:
        items = counts[(writer, "item", True)], counts[(writer, "item", False)]
        ordinary = counts[(writer, "ordinary", True)], counts[(writer, "ordinary", False)]
        print(f"{writer:<11}{items[0]:>7} of {sum(items):<4}{ordinary[0]:>9} of {sum(ordinary):<4}")
    return 0


def cpu(writers: dict[str, list[dict]], built: dict) -> int:
    """Thread CPU of the register check (internal.detect, the sense head's cache warm) per
    German draft, over three passes after a warm-up pass."""
    import time

    from openline.guidance.detectors import internal

    drafts = [(d["text"], built[d["company"]][0]) for ds in writers.values() for d in ds]
    for text, register in drafts:
        internal.detect(text, register)
    begin = time.thread_time()
    for _ in range(3):
        for text, register in drafts:
            internal.detect(text, register)
    per = (time.thread_time() - begin) * 1000 / (3 * len(drafts))
    print(f"{per:.3f} ms CPU per draft ({len(drafts)} drafts, load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
