"""PostgreSQL: where the server's CPU goes for a search page, statement by statement, with the
statements of the costliest pages written out whole (SQL with its values) for EXPLAIN.

    export PYTHONPATH=src DATABASE_URL=postgres://…
    .venv/bin/python bench/search_server.py [--queries 200] [--mix spread] [--runs 3]
        [--top 15] [--write /tmp/slow.sql]

Runs page 1 of bench/scale_1m.py's queries as bench/scale_1m.py does (anonymous reader, no
cache: `search(…, snippets=False)`, then `fill_snippets` for the first 20), `--runs` times,
each statement's server CPU (the backend's /proc/<pid>/schedstat) taken as the least of the
runs (the load of a shared machine only adds to it). Prints the page's server CPU p50 / p95,
each statement shape's share, and the `--top` pages with the most server CPU with their
statements; `--write` writes those pages' statements, values in place, one per line, for
`EXPLAIN (ANALYZE, BUFFERS)` in psql."""

import argparse
import collections
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scale_1m import queries, server_cpu, setup, spread  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def shape_of(sql: str) -> str:
    """A statement's shape: its first words, values and placeholders left out."""
    flat = re.sub(r"\s+", " ", sql).strip()
    flat = re.sub(r"'(?:[^']|'')*'", "?", flat)
    flat = re.sub(r"\b\d+\b", "N", flat)
    return flat[:100]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--mix", choices=["generated", "spread"], default="generated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    setup()
    from django.db import connection

    from openline.community import search as s

    served = server_cpu()
    if served is None:
        sys.exit("PostgreSQL on this machine only (the server's CPU is read from /proc)")
    qs = spread(args.queries) if args.mix == "spread" else queries(args.queries)
    current: list[tuple[str, str, float]] = []  # (shape, sql with values, server seconds)

    def wrapper(execute, sql, params, many, context):
        before = served()
        try:
            return execute(sql, params, many, context)
        finally:
            took = served() - before
            with connection.cursor() as c:
                whole = c.mogrify(sql, params) if params else sql
            current.append((shape_of(sql), whole, took))

    for _, q in qs[:10]:  # warm up
        s.fill_snippets(s.search(None, q, snippets=False)[:20])
    # query: [(shape, sql, least server seconds)], and the page's least server seconds
    best: dict[str, list[tuple[str, str, float]]] = {}
    page: dict[str, float] = {}
    for _ in range(args.runs):
        for _, q in qs:
            current.clear()
            s.forget_counts()  # each run counts as the first (no counts kept in this process)
            start = served()
            with connection.execute_wrapper(wrapper):
                hits = s.search(None, q, snippets=False)
                s.fill_snippets(hits[:20])
            total = served() - start
            if q not in page or total < page[q]:
                page[q] = total
            seen = best.setdefault(q, list(current))
            if len(seen) == len(current):
                best[q] = [
                    (a[0], a[1], min(a[2], b[2])) for a, b in zip(seen, current, strict=True)
                ]
    totals = list(page.values())
    print(
        f"{len(totals)} queries ({args.mix}), page 1 server CPU (least of {args.runs}):"
        f" p50 {statistics.median(totals) * 1000:.2f} ms, p95 {pct(totals, 0.95):.2f} ms,"
        f" max {max(totals) * 1000:.2f} ms"
    )
    shapes: dict[str, list[float]] = collections.defaultdict(list)
    for stmts in best.values():
        for shape, _, took in stmts:
            shapes[shape].append(took)
    print("statement shapes by total server CPU: count, p50, p95, max, total ms")
    for shape, t in sorted(shapes.items(), key=lambda kv: -sum(kv[1]))[:14]:
        print(
            f"  {len(t):>5} {statistics.median(t) * 1000:6.2f} {pct(t, 0.95):6.2f}"
            f" {max(t) * 1000:6.2f} {sum(t) * 1000:8.1f}  {shape}"
        )
    top = sorted(page, key=lambda q: -page[q])[: args.top]
    print(f"the {len(top)} pages with the most server CPU:")
    out = []
    for q in top:
        print(f"  {page[q] * 1000:6.2f} ms  {q!r}")
        for shape, whole, took in sorted(best[q], key=lambda x: -x[2])[:3]:
            print(f"      {took * 1000:6.2f}  {shape[:90]}")
            out.append(f"-- {q!r} {took * 1000:.2f} ms\n{re.sub(r'\s+', ' ', whole)};")
    if args.write:
        args.write.write_text("\n".join(out) + "\n")
        print(f"statements written to {args.write}")


if __name__ == "__main__":
    main()
