"""Out-of-sample scores of the German reader on the clean sentences written for it (session 20,
german-v15): the corpus's "none" sentences are split into FOLDS groups of whole templates (a
template's variants are consecutive and share their first words), and each group is scored by a
reader trained on everything else (the rest of the corpus and every read writer's sentences).

These are clean look-alikes by design (twins of hostile and legal openings, particles used
kindly, refusals, payments a policy grants), which the read writers' clean drafts seldom are:
bench/german_reader_lowo.py --hard uses their scores as a second budget when it chooses the
thresholds, so that a pair is not chosen below what unseen clean look-alikes score.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_hard_clean.py /tmp/hard.json
"""

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

FOLDS = 3
KINDS = ("legal_risk", "hostile_tone")


def template_groups(rows: list[dict]) -> list[int]:
    """A group number per row: consecutive rows whose first three words agree are one template."""
    groups, key, n = [], None, -1
    for row in rows:
        k = " ".join(re.findall(r"\w+", row["text"].lower())[:3])
        if k != key:
            n, key = n + 1, k
        groups.append(n)
    return groups


def main() -> int:
    from openline.language import training
    from openline.language.german_wording import GermanHead

    corpus = [json.loads(x) for x in (HERE / "german_reader_corpus.jsonl").read_text().splitlines()]
    read = [json.loads(x) for x in (HERE / "german_reader_drafts.jsonl").read_text().splitlines()]
    groups = template_groups(corpus)
    scores: dict[str, list[float]] = {}
    for fold in range(FOLDS):
        held = [r for r, g in zip(corpus, groups, strict=True)
                if r["label"] == "none" and g % FOLDS == fold]  # fmt: skip
        held_texts = {r["text"] for r in held}
        train = [r for r in corpus if r["text"] not in held_texts] + read
        arrays = training.train_german_wording(train)
        vocab = [str(v) for v in arrays["vocabulary"]]
        h = GermanHead({f: i for i, f in enumerate(vocab)}, arrays["weights"], arrays["bias"],
                       tuple(str(c) for c in arrays["classes"]))  # fmt: skip
        texts = sorted(held_texts)
        cols = [h.classes.index(k) for k in KINDS]
        for t, row in zip(texts, h.probabilities(texts), strict=True):
            scores[t] = [float(row[c]) for c in cols]
    Path(sys.argv[1]).write_text(json.dumps(scores, ensure_ascii=False))
    print(f"{len(scores)} clean corpus sentences scored out of sample in {FOLDS} folds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
