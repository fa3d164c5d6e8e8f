"""How often the duplicate flag is right, on an evaluation set of threads.

    PYTHONPATH=src python bench/duplicate_flag_eval.py PATH/duplicates_dev.jsonl [--json]

Threads arrive in file order, per company. Each new thread is compared, the way the product
does it (knowledge.duplicates: its embedding against the earlier threads'), with the threads
that came before it; it is flagged when the best score reaches the threshold. A flag is right
when the best match is in the same cluster. Reported per threshold: flags, precision (right
flags / flags) and recall (right flags / new threads that have an earlier cluster-mate).
The product's threshold is OPENLINE["DUPLICATE_MIN_SCORE"].
"""

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

THRESHOLDS = (0.6, 0.65, 0.7, 0.72, 0.75, 0.78, 0.8, 0.85)


def evaluate(rows: list[dict], vectors: np.ndarray) -> dict[float, dict[str, float]]:
    by_company: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_company[row["company"]].append(i)
    best: list[tuple[float, bool, bool]] = []  # (score, right, has an earlier mate)
    for members in by_company.values():
        for position, q in enumerate(members[1:], start=1):
            earlier = members[:position]
            sims = vectors[earlier] @ vectors[q]
            top = int(np.argmax(sims))
            cluster = rows[q]["cluster"]
            right = bool(cluster) and rows[earlier[top]]["cluster"] == cluster
            has_mate = bool(cluster) and any(rows[e]["cluster"] == cluster for e in earlier)
            best.append((float(sims[top]), right, has_mate))
    mates = sum(m for _, _, m in best)
    results = {}
    for t in THRESHOLDS:
        flags = [(s, r) for s, r, _ in best if s >= t]
        right = sum(r for _, r in flags)
        results[t] = {
            "flags": len(flags),
            "precision": right / len(flags) if flags else 0.0,
            "recall": right / mates if mates else 0.0,
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a duplicates_*.jsonl file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from openline.knowledge import embeddings
    from openline.language.embedders import get_embedder

    rows = [json.loads(line) for line in args.path.read_text().splitlines() if line.strip()]
    vectors = get_embedder().embed(
        [embeddings.thread_text(r["title"], r.get("body") or "") for r in rows]
    )
    results = evaluate(rows, vectors)
    product = settings.OPENLINE["DUPLICATE_MIN_SCORE"]
    if args.json:
        print(json.dumps({"threshold": product, "results": results}, indent=2))
        return
    print(f"{args.path.name}: {len(rows)} threads; the product flags at {product}")
    print(f"{'threshold':>9}{'flags':>7}{'precision':>11}{'recall':>8}")
    for t, r in results.items():
        mark = "  <- product" if t == product else ""
        print(f"{t:>9}{r['flags']:>7}{r['precision']:>11.1%}{r['recall']:>8.1%}{mark}")


if __name__ == "__main__":
    main()
