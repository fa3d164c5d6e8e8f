"""Search relevance on a judged query set: nDCG@10, recall@10 and MRR, before and after.

    PYTHONPATH=src .venv/bin/python bench/search_eval.py CORPUS.jsonl QUERIES.jsonl
        [--mode strict|any|both] [--provider dotted.path | --hybrid] [--verbose]
    # e.g. bench/eval/duplicates_dev.jsonl bench/eval/search_dev.jsonl (format: bench/eval/README)

Loads the corpus (one thread per line: {"company", "id", "title", "body", "cluster"}) into a
throwaway database (an in-memory SQLite one, or a fresh `search_eval_<pid>` database beside
DATABASE_URL's on PostgreSQL) as threads, one public space per company, indexed as the product
indexes them. Each query ({"company", "query", "judgements": {"<id>": 0-3}}) runs through the
real `community.search.search()`, as an anonymous reader restricted to its company's space.

- `strict`: the former behaviour (every word must match, the last also as a prefix);
- `any`: the current one (any word, ranked by coverage; variants; typo corrections);
- `--hybrid`: fuses the nearest threads by the shipped sentence-embedding model
  (`openline.language`, the loaded threads embedded first) into `any`;
- `--provider`: a semantic provider (`Callable[[user, query, k], [(thread id, similarity)]]`)
  fused into `any`, to measure hybrid search once one exists; its thread ids are the loaded
  threads' ids (`EXTERNAL_IDS` maps them back to the corpus ids).

nDCG@10 uses the grades as gains (log2 discount) against the ideal order of all judged
threads; recall@10 counts threads graded ≥ 2; MRR is of the first grade-3 thread (0 if none
is in the top 10)."""

import argparse
import json
import math
import os
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

K = 10
EXTERNAL_IDS: dict[int, str] = {}  # thread pk → corpus id, for providers under evaluation


def setup_database():
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django
    from django.conf import settings

    # SEARCH_EVAL_DB names the throwaway PostgreSQL database (a helper's own prefix).
    name = os.environ.get("SEARCH_EVAL_DB") or f"search_eval_{os.getpid()}"
    settings.DATABASES["default"]["TEST"] = {"NAME": name}
    # Words only unless --hybrid or --provider says otherwise (the setting would embed queries
    # against an empty index).
    settings.OPENLINE = {**settings.OPENLINE, "SEARCH_SEMANTIC": None}
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        settings.DATABASES["default"]["TEST"] = {}  # in memory
    django.setup()
    from django.db import connection

    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return lambda: connection.creation.destroy_test_db(old_name, verbosity=0)


def load(corpus: Path) -> dict[str, int]:
    """Threads from the corpus; returns the space id of each company."""
    from django.db import transaction
    from django.utils.text import slugify

    from openline.accounts.models import Role, User
    from openline.community import search
    from openline.community.models import Space, Thread

    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    author = User.objects.create(username="eval", role=Role.CUSTOMER, email="eval@example.com")
    spaces: dict[str, int] = {}
    with transaction.atomic():
        for company in sorted({r["company"] for r in rows}):
            spaces[company] = Space.objects.create(name=company, slug=slugify(company)).pk
        threads = Thread.objects.bulk_create(
            [
                Thread(
                    space_id=spaces[r["company"]],
                    author=author,
                    title=r["title"][:200],
                    slug=slugify(r["title"])[:80] or "thread",
                    body=r["body"],
                    body_html="",
                )
                for r in rows
            ]
        )
        search.add_entries([search.entry(t) for t in threads])
    for r, t in zip(rows, threads, strict=True):
        EXTERNAL_IDS[t.pk] = r["id"]
    return spaces


def meaning_provider(threads: list[int]):
    """Hybrid search as the product runs it: the loaded threads embedded with the shipped model
    (`openline.language`), then search's semantic provider (`knowledge.similar`)."""
    from openline.knowledge.embeddings import THREAD
    from openline.language.actions import embed_objects

    embed_objects(THREAD, threads)

    from openline.knowledge.similar import search_candidates

    return search_candidates  # the product's own provider, with its settings


def dcg(gains: list[int]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def evaluate(queries: list[dict], spaces: dict[str, int], mode: str, provider, verbose: bool):
    from openline.community.search import search

    per_company: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for q in queries:
        hits = search(
            None,
            q["query"],
            limit=K,
            spaces=[spaces[q["company"]]],
            mode=mode,
            semantic=provider,
        )
        ranked = [EXTERNAL_IDS[h.thread.pk] for h in hits][:K]
        grades = q["judgements"]
        gains = [grades.get(i, 0) for i in ranked]
        ideal = dcg(sorted(grades.values(), reverse=True)[:K])
        ndcg = dcg(gains) / ideal if ideal else 0.0
        relevant = {i for i, g in grades.items() if g >= 2}
        recall = len(relevant & set(ranked)) / len(relevant) if relevant else 0.0
        first = next((n for n, i in enumerate(ranked, 1) if grades.get(i, 0) == 3), None)
        rr = 1 / first if first else 0.0
        per_company[q["company"]].append((ndcg, recall, rr))
        if verbose:
            print(f"  {ndcg:.2f} {recall:.2f} {q['query']!r}: {len(hits)} hits, {gains}")
    return per_company


def report(name: str, per_company: dict[str, list[tuple[float, float, float]]]) -> None:
    every = [row for rows in per_company.values() for row in rows]
    print(f"{name:<8} {'queries':>7} {'nDCG@10':>8} {'recall@10':>9} {'MRR':>6}")
    for company, rows in [*sorted(per_company.items()), ("all", every)]:
        ndcg, recall, rr = (statistics.fmean(col) for col in zip(*rows, strict=True))
        print(f"  {company:<6} {len(rows):>7} {ndcg:>8.3f} {recall:>9.3f} {rr:>6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("queries", type=Path)
    parser.add_argument("--mode", choices=["strict", "any", "both"], default="both")
    parser.add_argument("--provider", help="dotted path of a semantic provider to fuse")
    parser.add_argument(
        "--hybrid", action="store_true", help="fuse the shipped model's nearest threads"
    )
    parser.add_argument("--verbose", action="store_true", help="one line per query")
    args = parser.parse_args()
    queries = [json.loads(line) for line in args.queries.read_text("utf-8").splitlines() if line]
    teardown = setup_database()
    try:
        from django.db import connection
        from django.utils.module_loading import import_string

        spaces = load(args.corpus)
        provider = import_string(args.provider) if args.provider else None
        if args.hybrid:
            provider = meaning_provider(list(EXTERNAL_IDS))
        print(f"{len(EXTERNAL_IDS)} threads, {len(queries)} queries, {connection.vendor}")
        modes = ["strict", "any"] if args.mode == "both" else [args.mode]
        for mode in modes:
            fused = provider if mode == "any" else None
            name = mode + ("+sem" if fused else "")
            report(name, evaluate(queries, spaces, mode, fused, args.verbose))
    finally:
        teardown()


if __name__ == "__main__":
    main()
