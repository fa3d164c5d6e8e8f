"""Duplicate retrieval of similar questions, on an evaluation set of threads.

    PYTHONPATH=src python bench/similar_eval.py PATH/duplicates_dev.jsonl [--embedder DOTTED]
        [--body-chars N] [--json]

Each line is a thread {"company", "id", "title", "body", "cluster"}. Every thread with a
cluster is a query, embedded the way the product embeds a thread (knowledge.embeddings:
title + the start of the body) and ranked against all *other* threads of its company by the
product's exact cosine search; a hit is a thread of the same cluster. Reported, per company
and overall:

- top-1 / top-3: share of queries with a cluster-mate first / among the first three;
- MRR of the first cluster-mate, recall@3 (share of the cluster-mates in the top three);
- "shown": the same top-1 / top-3 counting only results at or above the score the ask page
  needs to show a suggestion (OPENLINE["SIMILAR_MIN_SCORE"]), i.e. what a customer sees.

The set is read as given: the script has no knowledge of any company or cluster.
"""

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def evaluate(rows: list[dict], vectors: np.ndarray, floor: float) -> dict:
    by_company: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_company[row["company"]].append(i)
    results: dict[str, dict] = {}
    totals: dict[str, list[float]] = defaultdict(list)
    for company, members in sorted(by_company.items()):
        stats: dict[str, list[float]] = defaultdict(list)
        m = np.array(members)
        sims = vectors[m] @ vectors[m].T
        np.fill_diagonal(sims, -np.inf)  # the query itself is not a candidate
        for qi, q in enumerate(members):
            cluster = rows[q]["cluster"]
            if not cluster:
                continue
            order = np.argsort(-sims[qi], kind="stable")
            same = np.array([rows[members[j]]["cluster"] == cluster for j in order])
            mates = int(same.sum())
            first = int(np.argmax(same)) if mates else len(order)
            shown = sims[qi][order] >= floor
            stats["top1"].append(float(same[:1].any()))
            stats["top3"].append(float(same[:3].any()))
            stats["mrr"].append(1.0 / (first + 1) if mates else 0.0)
            stats["recall3"].append(float(same[:3].sum()) / max(mates, 1))
            stats["shown_top1"].append(float((same & shown)[:1].any()))
            stats["shown_top3"].append(float((same & shown)[:3].any()))
            stats["any_shown"].append(float(shown[:1].any()))
            for t in THRESHOLDS:
                listed = sims[qi][order][:5] >= t
                stats[f"t{t}_shown"].append(float(listed.sum()))
                stats[f"t{t}_right"].append(float((listed & same[:5]).sum()))
                stats[f"t{t}_hit3"].append(float((listed & same[:5])[:3].any()))
        results[company] = {k: float(np.mean(v)) for k, v in stats.items()}
        results[company]["queries"] = len(stats["top1"])
        results[company]["threads"] = len(members)
        for k, v in stats.items():
            totals[k].extend(v)
    results["all"] = {k: float(np.mean(v)) for k, v in totals.items()}
    results["all"]["queries"] = len(totals["top1"])
    results["all"]["threads"] = len(rows)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="a duplicates_*.jsonl file")
    parser.add_argument("--embedder", help="dotted path of another embedder class to compare")
    parser.add_argument("--body-chars", type=int, help="override knowledge.embeddings.BODY_CHARS")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.utils.module_loading import import_string

    from openline.knowledge import embeddings
    from openline.language.embedders import get_embedder

    if args.body_chars is not None:
        embeddings.BODY_CHARS = args.body_chars
    embedder = import_string(args.embedder)() if args.embedder else get_embedder()
    rows = [json.loads(line) for line in args.path.read_text().splitlines() if line.strip()]
    texts = [embeddings.thread_text(r["title"], r.get("body") or "") for r in rows]
    started = time.perf_counter()
    vectors = embedder.embed(texts)
    seconds = time.perf_counter() - started
    floor = settings.OPENLINE["SIMILAR_MIN_SCORE"]
    results = evaluate(rows, vectors, floor)
    if args.json:
        print(json.dumps({"model": embedder.model_id, "body_chars": embeddings.BODY_CHARS,
                          "min_score": floor, "results": results}, indent=2))  # fmt: skip
        return
    print(f"{args.path.name}: {len(rows)} threads, model {embedder.model_id}, "
          f"body chars {embeddings.BODY_CHARS}, embedded in {seconds:.1f} s")  # fmt: skip
    print(f"{'company':<12}{'queries':>8}{'top-1':>8}{'top-3':>8}{'MRR':>8}{'rec@3':>8}"
          f"{'shown@1':>9}{'shown@3':>9}")  # fmt: skip
    for company, r in results.items():
        print(f"{company:<12}{r['queries']:>8}{r['top1']:>8.1%}{r['top3']:>8.1%}{r['mrr']:>8.3f}"
              f"{r['recall3']:>8.1%}{r['shown_top1']:>9.1%}{r['shown_top3']:>9.1%}")  # fmt: skip
    print(f"(shown: counting only results scoring >= {floor}, the ask page's threshold)")
    print("\nthreshold  shown per query (of 5)  share of shown that are duplicates  top-3 shown")
    a = results["all"]
    for t in THRESHOLDS:
        shown, right = a[f"t{t}_shown"], a[f"t{t}_right"]
        precision = right / max(shown, 1e-9)
        print(f"{t:>9}  {shown:>22.2f}  {precision:>34.1%}  {a[f't{t}_hit3']:>11.1%}")


if __name__ == "__main__":
    main()
