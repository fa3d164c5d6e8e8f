"""Where a search page's time goes, step by step and statement by statement.

    export OPENLINE_DATA_DIR=/tmp/ol-1m PYTHONPATH=src     # or DATABASE_URL=postgres://…
    .venv/bin/python bench/search_steps.py [--queries 200] [--kind typo] [--slowest 10]
        [--mix spread]

Runs page 1 of bench/scale_1m.py's queries (the same generated set, anonymous reader, no
cache) with each step of openline.community.search timed — wall and CPU of this process — and
every SQL statement timed by a connection wrapper; prints p50 / p95 per step, per statement
shape, and the slowest queries with their breakdown. A step's time includes its statements.
On PostgreSQL on the same machine, each statement shape also shows the server's CPU time for it
(`srv`, from the backend's /proc/<pid>/schedstat), and each step the server's CPU in it."""

import argparse
import collections
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scale_1m import queries, server_cpu, setup, spread  # noqa: E402

STEPS = (
    "_plan",
    "_counts",
    "_add_corrections",
    "_rank_sqlite",
    "_rank_postgres",
    "_visible_ids",
    "_by_thread",
    "_semantic",
    "_snippets_sqlite",
    "_snippets_postgres",
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--kind", help="only queries of this kind (words, typo, question)")
    parser.add_argument("--slowest", type=int, default=8)
    parser.add_argument("--mix", choices=["generated", "spread"], default="generated")
    args = parser.parse_args()
    setup()
    from django.core.paginator import Paginator
    from django.db import connection

    from openline.community import search as s

    current: dict[str, list[float]] = {}  # step: [wall, cpu] of this query

    def timed(name, fn):
        def wrapper(*a, **kw):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                w = current.setdefault(name, [0.0, 0.0])
                w[0] += time.perf_counter() - wall
                w[1] += time.process_time() - cpu

        return wrapper

    for name in STEPS:
        setattr(s, name, timed(name, getattr(s, name)))
    statements: dict[str, list[float]] = collections.defaultdict(list)
    served_by: dict[str, list[float]] = collections.defaultdict(list)
    per_query_sql: list[tuple[float, str]] = []
    served = server_cpu()

    def wrapper(execute, sql, params, many, context):
        wall, srv = time.perf_counter(), served() if served else 0.0
        try:
            return execute(sql, params, many, context)
        finally:
            took = time.perf_counter() - wall
            shape = re.sub(r"\s+", " ", sql).strip()[:90]
            statements[shape].append(took)
            served_by[shape].append(served() - srv if served else 0.0)
            per_query_sql.append((took, shape))

    asked = spread(args.queries) if args.mix == "spread" else queries(args.queries)
    qs = [(k, q) for k, q in asked if not args.kind or k == args.kind]
    for _, q in qs[:10]:  # warm up
        s.fill_snippets(s.search(None, q, snippets=False)[:20])
    steps: dict[str, tuple[list[float], list[float]]] = collections.defaultdict(lambda: ([], []))
    rows = []
    with connection.execute_wrapper(wrapper):
        for kind, q in qs:
            current.clear()
            per_query_sql.clear()
            wall, cpu = time.perf_counter(), time.process_time()
            hits = s.search(None, q, snippets=False)
            page = Paginator(hits, 20).get_page(1)
            current["(rank: search())"] = [time.perf_counter() - wall, time.process_time() - cpu]
            w2, c2 = time.perf_counter(), time.process_time()
            s.fill_snippets(list(page.object_list))
            current["(page: fill_snippets)"] = [time.perf_counter() - w2, time.process_time() - c2]
            current["(total)"] = [time.perf_counter() - wall, time.process_time() - cpu]
            for name, (w, c) in current.items():
                steps[name][0].append(w)
                steps[name][1].append(c)
            rows.append((current["(total)"][0], kind, q, dict(current), sorted(per_query_sql)[-3:]))
    n = len(qs)
    print(f"{connection.vendor}, {n} queries; step: calls, wall p50/p95/sum-per-query, cpu p50/p95")
    for name, (w, c) in sorted(steps.items(), key=lambda kv: -sum(kv[1][0])):
        wall = f"{statistics.median(w) * 1000:6.1f} {pct(w, 0.95):7.1f} {sum(w) / n * 1000:7.1f}"
        cpu = f"{statistics.median(c) * 1000:6.1f} {pct(c, 0.95):6.1f}"
        print(f"  {name:<24} {len(w):>4}  wall {wall}   cpu {cpu}")
    heading = "statements (by total time): count, p50, p95, max ms"
    print(heading + (", srv p50, p95" if served else ""))
    for shape, t in sorted(statements.items(), key=lambda kv: -sum(kv[1]))[:12]:
        srv = served_by[shape]
        cpu = f" {statistics.median(srv) * 1000:6.1f} {pct(srv, 0.95):6.1f}" if served else ""
        print(
            f"  {len(t):>5} {statistics.median(t) * 1000:7.1f} {pct(t, 0.95):7.1f}"
            f" {max(t) * 1000:7.1f}{cpu}  {shape}"
        )
    print("slowest queries:")
    for total, kind, q, parts, sqls in sorted(rows, key=lambda r: r[0], reverse=True)[
        : args.slowest
    ]:
        detail = ", ".join(
            f"{k} {v[0] * 1000:.0f}/{v[1] * 1000:.0f}"
            for k, v in sorted(parts.items(), key=lambda kv: -kv[1][0])
            if not k.startswith("(") and v[0] > 0.002
        )
        print(f"  {total * 1000:7.1f} ms {kind:<8} {q!r}: {detail}")
        for took, shape in reversed(sqls):
            print(f"        sql {took * 1000:7.1f} ms {shape}")


if __name__ == "__main__":
    main()
