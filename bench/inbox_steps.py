"""Where one inbox list request's time goes, signed in as an agent: each SQL statement's wall
time and (on PostgreSQL on this machine) the server's CPU for it, and the client's CPU split
by what spends it (cProfile, grouped), for the pages `bench/scale_1m.py` measures.

    DATABASE_URL=… PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/inbox_steps.py [--runs 8]

CPU times are what a shared machine's load inflates least; the load average is printed.
Statements are told apart by their first words and tables, summed per request and shown as
p50 over the runs.
"""

import argparse
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import scale_1m

# Where a client's CPU goes, by the file of the innermost frame that is ours or Django's.
GROUPS = (
    ("templates", ("django/template/", "templatetags/", "django/utils/html.py")),
    ("orm: compile", ("django/db/models/sql/compiler.py", "django/db/models/sql/query.py",
                      "django/db/models/sql/where.py", "django/db/models/expressions.py",
                      "django/db/models/lookups.py", "django/db/models/query_utils.py")),
    ("orm: rows → objects", ("django/db/models/base.py", "django/db/models/query.py",
                             "django/db/models/fields/")),
    ("database driver", ("psycopg/", "sqlite3", "django/db/backends/")),
    ("forms", ("django/forms/",)),
    ("sessions, auth", ("django/contrib/sessions/", "django/contrib/auth/", "accounts/")),
    ("translation", ("django/utils/translation/", "gettext")),
    ("middleware, handlers", ("django/core/handlers/", "django/middleware/", "middleware.py",
                              "django/test/")),
    ("inbox (ours)", ("openline/inbox/",)),
)  # fmt: skip


# Steps whose cumulative share is shown.
STEPS = (
    "views.py:index", "views.py:_list_context", "selectors.py:queue_counts",
    "selectors.py:list_page", "selectors.py:list_rows", "rows.py:rows_html",
    "shortcuts.py:render", "base.py:_get_session", "forms.py:filters",
    "selectors.py:channel_health", "selectors.py:next_due_at", "context_processors.py:site",
    "context_processors.py:notifications", "context_processors.py:guidance",
    "compiler.py:execute_sql", "query.py:_fetch_all", "loader_tags.py:render",
    "csrf.py:process_view", "live_tokens.py:issue", "views.py:live_token",
)  # fmt: skip


def group_of(filename: str) -> str:
    for name, parts in GROUPS:
        if any(part in filename for part in parts):
            return name
    return "other"


def statement_kind(sql: str) -> str:
    tables = sorted(set(re.findall(r'FROM "?(\w+)"?', sql)))[:3]
    head = " ".join(sql.split()[:2])[:24]
    return f"{head} … {','.join(tables)}"[:70]


@contextmanager
def timed_statements(
    served: Callable[[], float] | None, into: list[tuple[str, float, float]]
) -> Iterator[None]:
    from django.db import connection

    def wrapper(execute: Callable[..., Any], sql: str, params: Any, many: bool, ctx: Any) -> Any:
        srv = served() if served else 0.0
        wall = time.perf_counter()
        try:
            return execute(sql, params, many, ctx)
        finally:
            into.append(
                (
                    statement_kind(sql),
                    time.perf_counter() - wall,
                    (served() - srv) if served else 0.0,
                )
            )

    with connection.execute_wrapper(wrapper):
        yield


def cpu_steps(
    client: Any, url: str, runs: int, change: Callable[[], None]
) -> dict[str, list[float]]:
    """The client's CPU seconds in each step of `runs` requests of `url` (steps nest: a
    step's time includes the steps it calls)."""
    import django.shortcuts
    from django.db import connection

    from openline.inbox import rows, selectors, views

    targets = [
        (views, "_list_context", "view: list context (filters, counts, rows)"),
        (selectors, "queue_counts", "  queue counts (build SQL + run)"),
        (selectors, "list_page", "  page ids + rows"),
        (selectors, "_ordered_ids", "    ids in order (build + run)"),
        (selectors, "list_rows", "    rows by id (build + run + objects)"),
        (rows, "rows_html", "  rows' markup (rows.rows_html)"),
        (selectors, "next_due_at", "  next SLA due"),
        (views, "live_token", "  live token"),
        (selectors, "channel_health", "view: channel health"),
        (views, "_shared_list", "  shared list (context + render + Mine counts)"),
        (selectors, "mine_counts", "    Mine counts"),
        (views, "render_to_string", "    render the list fragment"),
        (views, "render", "view: render index.html"),
    ]
    spent: dict[str, list[float]] = {"request": []}
    current: dict[str, float] = defaultdict(float)
    originals = []
    for module, attr, label in targets:
        original = getattr(module, attr)
        originals.append((module, attr, original))

        def timed(*a: Any, _f: Any = original, _label: str = label, **k: Any) -> Any:
            start = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                current[_label] += time.process_time() - start

        setattr(module, attr, timed)

    def sql(execute: Callable[..., Any], sql: str, params: Any, many: bool, ctx: Any) -> Any:
        start = time.process_time()
        try:
            return execute(sql, params, many, ctx)
        finally:
            current["in cursor.execute (driver, every statement)"] += time.process_time() - start

    try:
        with connection.execute_wrapper(sql):
            for _ in range(runs):
                change()
                current.clear()
                start = time.process_time()
                client.get(url)
                spent["request"].append(time.process_time() - start)
                for _m, _a, label in targets:
                    spent.setdefault(label, []).append(current[label])
                label = "in cursor.execute (driver, every statement)"
                spent.setdefault(label, []).append(current[label])
    finally:
        for module, attr, original in originals:
            setattr(module, attr, original)
    assert django.shortcuts
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument(
        "--changed", action="store_true", help="a change before each request (first views)"
    )
    parser.add_argument("urls", nargs="*")
    args = parser.parse_args()
    sys.argv = sys.argv[:1]
    scale_1m.setup()
    from django.test import Client, override_settings

    from openline.accounts.models import User
    from openline.core import counters
    from openline.inbox.ingestion import INBOX_COUNTER

    override_settings(
        ALLOWED_HOSTS=["*"],
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ).enable()
    client = Client()
    agent = User.objects.filter(role="agent", is_active=True).order_by("pk").first()
    assert agent is not None, "seed first: openline seed --messages N"
    client.force_login(agent)
    urls = args.urls or ["/inbox/?queue=all", "/inbox/?queue=solved", "/inbox/?queue=unassigned"]
    served = scale_1m.server_cpu()

    def change() -> None:
        if args.changed:
            counters.bump(INBOX_COUNTER)

    print(f"load average before: {os.getloadavg()}")
    for url in urls:
        for _ in range(3):
            assert client.get(url).status_code == 200
        per_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
        counts = []
        cpu_all, wall_all = [], []
        for _ in range(args.runs):
            change()
            statements: list[tuple[str, float, float]] = []
            with timed_statements(served, statements):
                wall, cpu = time.perf_counter(), time.process_time()
                client.get(url)
                cpu_all.append(time.process_time() - cpu)
                wall_all.append(time.perf_counter() - wall)
            counts.append(len(statements))
            summed: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
            for kind, w, s in statements:
                summed[kind][0] += w
                summed[kind][1] += s
            for kind, (w, s) in summed.items():
                per_kind[kind].append((w, s))
        print(f"\n{url}: {statistics.median(counts):.0f} statements; request wall p50 "
              f"{statistics.median(wall_all) * 1000:.1f} ms, client CPU p50 "
              f"{statistics.median(cpu_all) * 1000:.1f} ms")  # fmt: skip
        print(f"  {'statement':<70} {'wall p50':>8} {'srv p50':>8}")
        rows = sorted(per_kind.items(), key=lambda kv: -statistics.median(w for w, _ in kv[1]))
        for kind, values in rows:
            w = statistics.median(v[0] for v in values) * 1000
            s = statistics.median(v[1] for v in values) * 1000
            print(f"  {kind:<70} {w:>8.2f} {s:>8.2f}")
        spent = cpu_steps(client, url, args.runs, change)
        print(f"  client CPU per request, p50 by step (process_time, {args.runs} runs):")
        for name, values in spent.items():
            print(f"    {name:<44} {statistics.median(values) * 1000:6.2f} ms")
    print(f"\nload average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
