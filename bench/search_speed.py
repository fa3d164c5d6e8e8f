"""Search latency (p50/p95) on a large generated corpus, SQLite or PostgreSQL.

    OPENLINE_DATA_DIR=/tmp/ol-search PYTHONPATH=src .venv/bin/python bench/search_speed.py \
        --posts 100000 [--queries 300] [--mode any|strict]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ol_search PYTHONPATH=src \
        .venv/bin/python bench/search_speed.py --posts 100000

Migrates the database it is given (use a throwaway data dir or database) and, once, adds
`--posts` posts: threads of one question and nine replies in one public space, their words
drawn from a Zipf distribution (s = 1.1) over 50,000 words — 2,000 English-like words of
support questions first, then made-up ones — with hyphenated compounds ("wi-fi", "e-mail")
sprinkled in, indexed as the product indexes them (`search.add_entries`). Rerunning with the
same `--posts` reuses the corpus; a larger `--posts` adds the difference.

Then times search as the search page does it (200 results for an anonymous reader, snippets
for the first page of 20)
for generated queries: 1 to 6 words mixing frequent and rare words, a quarter with one word
misspelt by one edit, some with question words and compounds. Prints p50, p95 and max per
query kind, and the slowest queries."""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STOP = [
    "how",
    "do",
    "i",
    "the",
    "a",
    "to",
    "my",
    "is",
    "it",
    "not",
    "can",
    "t",
    "wont",
    "cant",
    "why",
    "what",
    "when",
    "does",
]


def setup() -> None:
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class Text:
    def __init__(self, rng: random.Random) -> None:
        # The support words, compounds and made-up vocabulary of `openline seed --posts`.
        from openline.demo.scale import vocabulary

        self.rng = rng
        self.words = vocabulary(rng, 50_000)
        weights = [1 / (rank**1.1) for rank in range(1, len(self.words) + 1)]
        total = sum(weights)
        self.cum = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cum.append(acc)

    def sentence(self, n: int) -> str:
        from openline.demo.scale import COMPOUNDS

        picks = self.rng.choices(self.words, cum_weights=self.cum, k=n)
        out = []
        for w in picks:
            r = self.rng.random()
            out.append(w)
            if r < 0.25:
                out.append(self.rng.choice(STOP))
            elif r < 0.27:
                out.append(self.rng.choice(COMPOUNDS))
        return " ".join(out)


def seed(posts: int, text: Text) -> None:
    from django.db import connection, transaction
    from django.db.models import Count

    from openline.accounts.models import Role, User
    from openline.community import search
    from openline.community.models import Reply, SearchEntry, Space, Thread
    from openline.core.db import refresh_statistics

    space, _ = Space.objects.get_or_create(slug="search-bench", defaults={"name": "Bench"})
    author, _ = User.objects.get_or_create(
        username="search_bench", defaults={"role": Role.CUSTOMER, "email": "sb@example.com"}
    )
    have = SearchEntry.objects.filter(thread__space=space).aggregate(n=Count("id"))["n"]
    if have >= posts:
        return
    started = time.perf_counter()
    rng = text.rng
    made = have
    while made < posts:
        with transaction.atomic():
            threads = Thread.objects.bulk_create(
                [
                    Thread(
                        space=space,
                        author=author,
                        title=text.sentence(rng.randint(4, 9)).capitalize(),
                        slug="q",
                        body=text.sentence(rng.randint(20, 60)),
                        body_html="",
                        reply_count=9,
                    )
                    for _ in range(min(200, (posts - made + 9) // 10))
                ]
            )
            replies = Reply.objects.bulk_create(
                [
                    Reply(
                        thread=t,
                        author=author,
                        body=text.sentence(rng.randint(10, 50)),
                        body_html="",
                    )
                    for t in threads
                    for _ in range(9)
                ]
            )
            by_id = {t.pk: t for t in threads}
            search.add_entries(
                [search.entry(t) for t in threads]
                + [search.entry(by_id[r.thread_id], r) for r in replies]
            )
        made += len(threads) * 10
        if made % 20_000 < 2000:
            print(f"  {made:,} posts, {time.perf_counter() - started:.0f} s", flush=True)
    refresh_statistics()
    if connection.vendor == "postgresql":  # what autovacuum would do: merge GIN's pending list
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE community_searchentry")
    print(f"seeded {made - have:,} posts in {time.perf_counter() - started:.0f} s")


def queries(text: Text, n: int) -> list[tuple[str, str]]:
    from openline.demo.scale import COMPOUNDS

    rng = text.rng
    out = []
    for i in range(n):
        k = rng.randint(1, 6)
        words = rng.choices(text.words, cum_weights=text.cum, k=k)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--mode", choices=["any", "strict"], default="any")
    args = parser.parse_args()
    setup()
    from django.db import connection, reset_queries

    from openline.community.search import fill_snippets, search

    text = Text(random.Random(7))
    seed(args.posts, text)
    qs = queries(Text(random.Random(11)), args.queries)
    for _, q in qs[:10]:  # warm the caches
        search(None, q, mode=args.mode)
    timings: dict[str, list[float]] = {}
    slowest = []
    for kind, q in qs:
        reset_queries()
        started = time.perf_counter()
        hits = search(None, q, mode=args.mode, snippets=False)
        fill_snippets(hits[:20])
        elapsed = (time.perf_counter() - started) * 1000
        timings.setdefault(kind, []).append(elapsed)
        timings.setdefault("all", []).append(elapsed)
        slowest.append((elapsed, len(hits), q))
    print(f"{connection.vendor}, {args.posts:,} posts, mode {args.mode}, {len(qs)} queries")
    print(f"{'kind':<9} {'n':>4} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
    for kind, values in timings.items():
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(
            f"{kind:<9} {len(values):>4} {statistics.median(values):>7.1f} {p95:>7.1f}"
            f" {values[-1]:>7.1f}"
        )
    for elapsed, found, q in sorted(slowest, reverse=True)[:5]:
        print(f"  {elapsed:7.1f} ms  {found:>3} hits  {q!r}")


if __name__ == "__main__":
    main()
