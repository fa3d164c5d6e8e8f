"""The results of bench/scale_1m.py's queries, written to a file, and two such files compared:
that a change to search keeps its results.

    export OPENLINE_DATA_DIR=/tmp/ol-1m PYTHONPATH=src     # or DATABASE_URL=postgres://…
    .venv/bin/python bench/search_results.py dump /tmp/before.json    # from a tree of main
    # (--mix spread: bench/scale_1m.py's spread of query kinds instead)
    .venv/bin/python bench/search_results.py dump /tmp/after.json     # from this tree
    .venv/bin/python bench/search_results.py compare /tmp/before.json /tmp/after.json

For each query (anonymous reader, `search(None, q, snippets=False)`, no cache): every result's
thread, best entry, coverage and fused score, in order; with `--snippets`, also the first page's
snippets (`fill_snippets` on the first 20); with `--rows`, also every entry the ranking statement
returned (`_rank_postgres` / `_rank_sqlite`: entry, thread, reply, its rank as the database gave
it, covered groups) — a change to how the rank is computed keeps these. `compare` prints the
queries whose results differ and how many do; the exit status is 1 when any does."""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from scale_1m import queries, setup, spread  # noqa: E402


def dump(path: Path, n: int, snippets: bool, mix: str = "generated", rows: bool = False) -> None:
    setup()
    from openline.community import search as s
    from openline.community.search import fill_snippets, search
    from openline.core.db import is_postgres

    out = {}
    for _, q in spread(n) if mix == "spread" else queries(n):
        hits = search(None, q, snippets=False)
        out[q] = [[h.thread_id, h.entry_id, h.coverage, h.rank] for h in hits]
        if snippets:
            fill_snippets(hits[:20])
            out[q] += [str(h.snippet) for h in hits[:20]]
        if rows:
            plan = s._plan(q, mode="any", trailing_space=q[-1:].isspace())
            if plan.groups:
                _, newest = s._state()
                rank = s._rank_postgres if is_postgres() else s._rank_sqlite
                found = rank(plan.groups, False, s._window(plan.groups), newest)
                out[q].append([list(row) for row in found])
    path.write_text(json.dumps(out, indent=0))
    print(f"{len(out)} queries, {sum(map(len, out.values()))} results written to {path}")


def compare(before: Path, after: Path) -> int:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    differ = [q for q in old if old[q] != new.get(q)]
    for q in differ:
        a, b = old[q], new.get(q) or []
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
        print(f"{q!r}: {len(a)} → {len(b)} results, first difference at {first}")
    print(f"{len(differ)} of {len(old)} queries differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("path", type=Path)
    d.add_argument("--queries", type=int, default=200)
    d.add_argument("--snippets", action="store_true", help="and the first page's snippets")
    d.add_argument("--mix", choices=["generated", "spread"], default="generated")
    d.add_argument("--rows", action="store_true", help="and every row the ranking statement gave")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.path, args.queries, args.snippets, args.mix, args.rows)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
