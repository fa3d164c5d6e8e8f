"""How well FAQ candidates group the same question, on an evaluation set of threads.

    PYTHONPATH=src python bench/faq_cluster_eval.py PATH/duplicates_dev.jsonl

The threads of each company are grouped the way the product groups recent questions
(knowledge.faq.cluster, threshold CLUSTER_MIN_SCORE, groups of MIN_SIZE or more). Reported per
threshold: groups proposed; purity (share of a group's threads in its largest true cluster,
averaged over groups: how often a proposed FAQ is one question); coverage (share of true
clusters of MIN_SIZE or more threads whose majority lands in one proposed group).
"""

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    import django

    django.setup()
    from openline.knowledge import embeddings, faq
    from openline.language.embedders import get_embedder

    rows = [json.loads(line) for line in args.path.read_text().splitlines() if line.strip()]
    vectors = get_embedder().embed(
        [embeddings.thread_text(r["title"], r.get("body") or "") for r in rows]
    )
    by_company: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_company[row["company"]].append(i)
    print(f"{args.path.name}: {len(rows)} threads; the product groups at {faq.CLUSTER_MIN_SCORE}")
    print(f"{'threshold':>9}{'groups':>8}{'purity':>8}{'coverage':>10}")
    for t in THRESHOLDS:
        groups, purities, covered, clusters = 0, [], 0, 0
        for members in by_company.values():
            found = faq.cluster(vectors[members], t, faq.MIN_SIZE)
            labels = [rows[m]["cluster"] for m in members]
            for g in found:
                groups += 1
                counts = Counter(labels[i] for i in g if labels[i])
                purities.append((counts.most_common(1)[0][1] if counts else 0) / len(g))
            true = Counter(x for x in labels if x)
            for name, size in true.items():
                if size < faq.MIN_SIZE:
                    continue
                clusters += 1
                idx = {i for i, x in enumerate(labels) if x == name}
                if any(len(idx.intersection(g)) * 2 > size for g in found):
                    covered += 1
        purity = sum(purities) / len(purities) if purities else 0.0
        mark = "  <- product" if t == faq.CLUSTER_MIN_SCORE else ""
        print(f"{t:>9}{groups:>8}{purity:>8.1%}{covered / max(clusters, 1):>10.1%}{mark}")


if __name__ == "__main__":
    main()
