"""Which sentences of the guidance and language tests two wording heads flag differently (session
17, embed-head): every string literal of tests/guidance and tests/language with three words or
more, split as the detector splits a draft (detectors.wording.sentences, scored_text), embedded
once and scored by both heads at the detector's thresholds (a head without the third label never
flags it). A test's outcome can only change with the head where a sentence's flags change, so
this lists what to run and read when a retrained head is on the table (wording-v11 shipped a
head that read a clean test sentence as hostile). Run from the repository root:

    WORDING_LOWO_DIR=/tmp/embed-head/lowo PYTHONPATH=src SECRET_KEY=x .venv/bin/python \\
        bench/wording_test_sentences.py OLD_HEADS.npz NEW_HEADS.npz --old-thresholds 0.96,0.93
"""

import argparse
import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording_lowo  # noqa: E402 - sets the settings module and the path


def literals() -> list[tuple[str, str]]:
    """(file, string) for every string literal of three words or more in the tests."""
    out = []
    for folder in ("guidance", "language"):
        for path in sorted((HERE.parent / "tests" / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and len(text.split()) >= 3:
                    out.append((path.name, text))
    return out


def flags(
    heads: str, texts: list[str], store: "wording_lowo.Store", thresholds: dict[str, float]
) -> list[set[str]]:
    import numpy as np

    from openline.language.voice import Head
    from openline.language.wording import WordingHead

    data = np.load(heads, allow_pickle=False)
    vocabulary = [str(t) for t in data["vocabulary"]]
    weights = data["weights"]
    classes = tuple(str(c) for c in data["classes"])
    head = WordingHead(
        Head(weights, data["bias"], classes, data["mean"], data["scale"]),
        vocabulary,
        {t: i for i, t in enumerate(vocabulary)},
        np.ascontiguousarray(weights[:, weights.shape[1] - len(vocabulary) :].T),
    )
    p = head.probabilities(texts, store.get(texts))
    return [
        {
            label
            for label, threshold in thresholds.items()
            if label in classes and row[classes.index(label)] >= threshold
        }
        for row in p
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument(
        "--old-thresholds", default="", help="legal,tone[,insider] of the old head (default: now)"
    )
    options = parser.parse_args()
    import django

    django.setup()
    from openline.guidance.detectors import wording as detector

    where: dict[str, set[str]] = {}
    for name, text in literals():
        for start, end in detector.sentences(text):
            where.setdefault(detector.scored_text(text[start:end]), set()).add(name)
    texts = list(where)
    store = wording_lowo.Store()
    then = dict(detector.THRESHOLDS)
    if options.old_thresholds:
        then.update(zip(then, map(float, options.old_thresholds.split(",")), strict=False))
    old = flags(options.old, texts, store, then)
    new = flags(options.new, texts, store, detector.THRESHOLDS)
    changed = [(t, a, b) for t, a, b in zip(texts, old, new, strict=True) if a != b]
    print(f"{len(texts)} test sentences; flags differ on {len(changed)}:")
    for text, a, b in changed:
        print(f"  {sorted(a)} -> {sorted(b)}  {text!r}  [{', '.join(sorted(where[text]))}]")


if __name__ == "__main__":
    main()
