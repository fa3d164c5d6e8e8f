"""Search and the inbox list at a million posts and a million inbox messages.

    export OPENLINE_DATA_DIR=/tmp/ol-1m PYTHONPATH=src
    .venv/bin/openline seed --posts 1000000 --messages 1000000
    .venv/bin/python bench/scale_1m.py [--queries 200] [--runs 20] [--mix spread]
    # PostgreSQL: the same two commands with DATABASE_URL=postgres://…/ol_scale_1m

Reads the database the seed filled (`openline seed --posts/--messages`, see
openline/demo/scale.py), then times:

1. search, as the search page runs it: `search(reader, q, snippets=False, cached=True)` (ids
   of up to 200 threads, semantic provider included as configured), a page of 20 (`Paginator`), then
   `fill_snippets` for that page (its threads and snippets), for an anonymous reader, over 200
   generated queries drawn from the seed's own vocabulary and word frequencies: 1 to 6 words,
   a quarter with one letter dropped from the longest word (a typo), a quarter phrased as a
   question with a compound ("how do i … wi-fi"); each query is then asked again for page 2;
2. the inbox list (`/inbox/`) through Django's test client, signed in as an agent: each queue,
   a channel filter, an intent filter, the sorts, and page 2 of the solved queue.

Prints p50 / p95 / max wall time and the CPU time of this process (on PostgreSQL the server's
own CPU is not in it), and the load average, since the machine is shared. On PostgreSQL on the
same machine, search also prints the server's CPU time for each page (`srv p50` / `srv p95`:
the connection's backend process, from /proc/<pid>/schedstat), which a shared machine's load
does not inflate as it does wall time; and `both p95`, the 95th percentile of each page's
client and server CPU added up: what a page costs on a quiet machine, whose wall time is about
that sum."""

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup() -> None:
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()


def queries(n: int) -> list[tuple[str, str]]:
    from openline.demo.scale import COMPOUNDS, Text

    text = Text(seed=23)
    rng = random.Random(23)
    out = []
    for i in range(n):
        words = text.pick(rng.randint(1, 6))
        kind = "words"
        if i % 4 == 1:  # a typo in the longest word
            w = max(words, key=len)
            j = rng.randrange(1, len(w))
            words[words.index(w)] = w[:j] + w[j + 1 :]
            kind = "typo"
        elif i % 4 == 2:
            words = ["how", "do", "i", *words[:3], rng.choice(COMPOUNDS)]
            kind = "question"
        out.append((kind, " ".join(words)))
    return out


# Words of everyday English that the seed's vocabulary does not hold (a query finding nothing,
# or only what a spelling correction finds): checked against the vocabulary in `spread`.
ABSENT = [
    "invoice", "refund", "passport", "umbrella", "saxophone", "volcano", "kayak", "origami",
    "lasagne", "trombone", "glacier", "hammock", "tarantula", "quiche", "yodel", "jigsaw",
]  # fmt: skip


def spread(n: int) -> list[tuple[str, str]]:
    """A spread of query kinds, n / 10 of each, from the seed's vocabulary (its words ranked by
    frequency, Zipf): one common word (the 30 most frequent), two common words (the 100 most
    frequent), one rare word (rank 5,000-50,000: in ~40-400 entries of a 1 M seed), a rare
    and a common word, two words drawn by frequency, a hyphenated compound in one of its three
    spellings ("wi-fi", "wifi", "wi fi") with or without a word drawn by frequency, a word
    with a typo, a question with a compound ("how do i … set-up"), one word that is in no
    entry, and two such words."""
    from openline.demo.scale import COMPOUNDS, Text

    text = Text(seed=29)
    rng = random.Random(29)
    vocabulary = text.words
    absent = [w for w in ABSENT if w not in set(vocabulary)]

    def common(top: int) -> str:
        return vocabulary[rng.randrange(top)]

    def rare() -> str:
        return vocabulary[rng.randrange(5_000, len(vocabulary))]

    def compound() -> str:
        c = rng.choice(COMPOUNDS)
        return rng.choice([c, c.replace("-", ""), c.replace("-", " ")])

    makers: list[tuple[str, Callable[[], list[str]]]] = [
        ("common", lambda: [common(30)]),
        ("common x2", lambda: [common(100), common(100)]),
        ("rare", lambda: [rare()]),
        ("rare+common", lambda: rng.sample([rare(), common(100)], 2)),
        ("two words", lambda: text.pick(2)),
        ("compound", lambda: [compound(), *text.pick(rng.randint(0, 1))]),
        ("typo", lambda: text.pick(rng.randint(1, 3))),
        ("question", lambda: ["how", "do", "i", *text.pick(rng.randint(1, 2)), compound()]),
        ("no hit", lambda: [rng.choice(absent)]),
        ("no hit x2", lambda: rng.sample(absent, 2)),
    ]
    out = []
    for i in range(n):
        kind, make = makers[i % len(makers)]
        words = make()
        if kind == "typo":  # one letter dropped from the longest word
            w = max(words, key=len)
            j = rng.randrange(1, len(w))
            words[words.index(w)] = w[:j] + w[j + 1 :]
        out.append((kind, " ".join(words)))
    return out


def summary(
    name: str, wall: list[float], cpu: list[float], server: list[float] | None = None
) -> str:
    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    line = (
        f"{name:<28} {len(wall):>4} {statistics.median(wall) * 1000:>7.1f} {pct(wall, 0.95):>7.1f}"
        f" {max(wall) * 1000:>7.1f} {statistics.median(cpu) * 1000:>7.1f} {pct(cpu, 0.95):>7.1f}"
    )
    if server:
        both = [c + s for c, s in zip(cpu, server, strict=True)]
        line += f" {statistics.median(server) * 1000:>7.1f} {pct(server, 0.95):>7.1f}"
        line += f" {pct(both, 0.95):>8.1f}"
    return line


def server_cpu() -> Callable[[], float] | None:
    """The CPU seconds the database server has spent for this connection so far, on PostgreSQL
    on this machine (the backend's /proc/<pid>/schedstat, nanoseconds); None otherwise."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    path = Path(f"/proc/{pid}/schedstat")
    if not path.exists():
        return None
    return lambda: int(path.read_text().split()[0]) / 1e9


HEADER = (
    f"{'':<28} {'n':>4} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'cpu p50':>7} {'cpu p95':>7}"
)
SERVER_HEADER = f" {'srv p50':>7} {'srv p95':>7} {'both p95':>8}"


def bench_search(n: int, mix: str = "generated") -> None:
    from django.core.paginator import Paginator

    from openline.community.search import fill_snippets, search

    qs = spread(n) if mix == "spread" else queries(n)
    for _, q in qs[:10]:  # warm the caches (and the embedding model, when configured)
        fill_snippets(search(None, q, snippets=False)[:20])
    timings: dict[str, tuple[list[float], list[float], list[float]]] = {}
    slowest = []
    served = server_cpu() or (lambda: 0.0)
    for page_number in (1, 2):
        for kind, q in qs:
            wall, cpu, srv = time.perf_counter(), time.process_time(), served()
            hits = search(None, q, snippets=False, cached=True)
            page = Paginator(hits, 20).get_page(page_number)
            fill_snippets(list(page.object_list))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            srv = served() - srv
            label = f"page {page_number}" if page_number == 2 else kind
            for key in (label, "all (page 1)" if page_number == 1 else "all (page 2)"):
                w, c, s = timings.setdefault(key, ([], [], []))
                w.append(wall)
                c.append(cpu)
                s.append(srv)
            slowest.append((wall, len(hits), page_number, q))
    print(HEADER + (SERVER_HEADER if server_cpu() else ""))
    for key, (w, c, s) in timings.items():
        print(summary(key, w, c, s if server_cpu() else None))
    for wall, found, page_number, q in sorted(slowest, reverse=True)[:6]:
        print(f"  {wall * 1000:7.1f} ms  {found:>3} hits  page {page_number}  {q!r}")


def bench_inbox(runs: int, changed: bool = False) -> None:
    """`changed`: the inbox changes before each request (its generation bumped, as every
    change does, outside the timed part), so each page is the first view after a change."""
    from django.test import Client, override_settings

    from openline.core import counters
    from openline.inbox.ingestion import INBOX_COUNTER

    # The test client's host, and static files named without a collected manifest.
    override_settings(
        ALLOWED_HOSTS=["*"],
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ).enable()

    from openline.accounts.models import User

    client = Client()
    agent = User.objects.filter(role="agent", is_active=True).order_by("pk").first()
    assert agent is not None, "seed first: openline seed --messages N"
    client.force_login(agent)
    pages = [
        f"/inbox/?queue={q}"
        for q in ("unassigned", "mine", "waiting", "breaching", "champions", "all", "solved")
    ] + [
        "/inbox/?queue=all&channel=email",
        "/inbox/?queue=solved&intent=complaint",
        "/inbox/?queue=all&sort=waiting",
        "/inbox/?queue=solved&sort=negative",
        "/inbox/?queue=solved&page=2",
    ]
    for url in pages:
        assert client.get(url).status_code == 200, url
    served = server_cpu()
    print(HEADER + (SERVER_HEADER if served else ""))
    every: tuple[list[float], list[float], list[float]] = ([], [], [])
    for url in pages:
        wall_all, cpu_all, srv_all = [], [], []
        # Repeated views: the list rendered just before, not in the warm-up above (a list is
        # shared for SHARE_SECONDS at most, and at load 20 the warm-up of the last pages was
        # older than that by their turn: one run in eight measured a render).
        assert client.get(url).status_code == 200
        for _ in range(runs):
            if changed:
                counters.bump(INBOX_COUNTER)
            srv = served() if served else 0.0
            wall, cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            wall_all.append(time.perf_counter() - wall)
            cpu_all.append(time.process_time() - cpu)
            srv_all.append(served() - srv if served else 0.0)
            assert response.status_code == 200
        every[0].extend(wall_all)
        every[1].extend(cpu_all)
        every[2].extend(srv_all)
        print(summary(url.removeprefix("/inbox/"), wall_all, cpu_all, srv_all if served else None))
    print(summary("every list page", every[0], every[1], every[2] if served else None))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20, help="runs of each inbox page")
    parser.add_argument("--only", choices=["search", "inbox"])
    parser.add_argument(
        "--mix",
        choices=["generated", "spread"],
        default="generated",
        help="search: the generated queries (as in earlier figures) or `spread` (kinds apart)",
    )
    parser.add_argument(
        "--changed",
        action="store_true",
        help="inbox: a change before each request (no list rendered for an earlier one is reused)",
    )
    args = parser.parse_args()
    setup()
    from django.db import connection

    from openline.community.models import SearchEntry
    from openline.inbox.models import Message

    posts, messages = SearchEntry.objects.count(), Message.objects.count()
    print(f"{connection.vendor}: {posts:,} search entries, {messages:,} inbox messages")
    print(f"load average before: {os.getloadavg()}")
    if args.only != "inbox":
        bench_search(args.queries, args.mix)
        print(f"load average: {os.getloadavg()}")
    if args.only != "search":
        bench_inbox(args.runs, args.changed)
        print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
