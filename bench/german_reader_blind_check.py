"""The German reader on a writer it never saw, sentence by sentence:
bench/german_reader_blind24.jsonl (918 sentences written blind in session 24; docs/decisions.md,
"Session 24, german-v19") scored by a reader trained WITHOUT them, on the written corpus and the
read sets' sentences (as bench/german_reader_lowo.py's options choose), with the rules beside it
(detectors.german.wording). Per label: how many of its sentences the rules, the reader and both
flag with that kind at each pair given; for the clean sentences how many any of them flags. The
blind sentences are training text, read freely: a measure beside leave-one-writer-out, no check.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_blind_check.py \\
        --read /tmp/read.jsonl --concept-weight 0.5 --pair 0.92/0.93 --pair 0.89/0.97
    ... --blind bench/german_reader_blind25a.jsonl --corpus /tmp/corpus.jsonl   # another batch
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

KINDS = ("legal_risk", "hostile_tone")


def main() -> int:
    from german_reader_lowo import CORPUS

    from openline.guidance.detectors import german
    from openline.guidance.detectors.wording import german_legal_declined
    from openline.language import german_wording, training
    from openline.language.german_wording import GermanHead

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--read", default=str(HERE / "german_reader_drafts.jsonl"))
    p.add_argument("--corpus", default=str(CORPUS))
    p.add_argument("--concept-weight", type=float, default=None)
    p.add_argument("--skeleton-weight", type=float, default=None)
    p.add_argument("--pair", action="append", default=[])
    p.add_argument(
        "--blind",
        default=str(HERE / "german_reader_blind24.jsonl"),
        help="the blind sentences scored (session 25: german_reader_blind25a.jsonl, …)",
    )
    o = p.parse_args()
    if o.concept_weight is not None:
        german_wording.CONCEPT_WEIGHT = o.concept_weight
    if o.skeleton_weight is not None:
        german_wording.SKELETON_WEIGHT = o.skeleton_weight
    blind = [json.loads(x) for x in Path(o.blind).read_text().splitlines() if x.strip()]
    for row in blind:  # session 25's writers say "clean" for the reader's "none"
        row["label"] = "none" if row["label"] == "clean" else row["label"]
    texts = {r["text"] for r in blind}
    train = [
        json.loads(x)
        for path in (o.corpus, o.read)
        for x in Path(path).read_text().splitlines()
        if x.strip()
    ]
    train = [r for r in train if r["text"] not in texts]
    fitted = training.train_german_wording(train, concept_classes=("legal_risk", "hostile_tone"))
    arrays = training.concepts_only_for(fitted, training.GERMAN_CONCEPT_CLASSES)
    vocab = [str(v) for v in arrays["vocabulary"]]
    head = GermanHead(
        {f: i for i, f in enumerate(vocab)},
        arrays["weights"],
        arrays["bias"],
        tuple(str(c) for c in arrays["classes"]),
    )
    rows = [r["text"] for r in blind]
    prob = head.probabilities(rows)
    cols = [head.classes.index(k) for k in KINDS]
    rules = [{m.kind for m in german.wording(t)} & set(KINDS) for t in rows]
    print(f"trained on {len(train)} sentences, concept weight {german_wording.CONCEPT_WEIGHT}, "
          f"skeleton weight {german_wording.SKELETON_WEIGHT}")  # fmt: skip
    for pair in o.pair or ["0.92/0.93"]:
        t = [float(x) for x in pair.split("/")]
        reader = [
            {
                k
                for k, c, th in zip(KINDS, cols, t, strict=True)
                if (0.0 if k == "legal_risk" and german_legal_declined(s) else float(row[c])) >= th
            }
            for s, row in zip(rows, prob, strict=True)
        ]
        line = [f"pair {pair}:"]
        for label in (*KINDS, "none"):
            mine = [i for i, r in enumerate(blind) if r["label"] == label]
            if label == "none":
                counts = [sum(bool(x[i]) for i in mine) for x in (rules, reader)]
                both = sum(bool(rules[i] | reader[i]) for i in mine)
                line.append(f"clean flagged rules {counts[0]}, reader {counts[1]}, both {both}")
            else:
                counts = [sum(label in x[i] for i in mine) for x in (rules, reader)]
                both = sum(label in (rules[i] | reader[i]) for i in mine)
                line.append(
                    f"{label} rules {counts[0]}, reader {counts[1]}, both {both} of {len(mine)};"
                )
        print(" ".join(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
