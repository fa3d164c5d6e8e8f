"""Recomputing reputation, trust levels, segments and badges for a large community, as the
background task does it.

    .venv/bin/python bench/recompute_people.py [--members 100000] [--posts 1000000] [--keep DIR]

Builds a throwaway SQLite database (WAL, the embedded default) with bulk inserts: `--members`
accounts with a 1-9-90-like spread of activity over two years, `--posts` threads and replies
(a quarter threads), about as many upvotes, accepted answers on a third of the questions, and
signed-in reads and visits. Then it queues `recompute_people_task` and runs it the way
`openline worker` does (`db_worker --batch`), twice: the first run writes everything, the
second finds nothing changed. Target (issue 5): the first run within 2 minutes.
"""

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

NOW = datetime.now(UTC).replace(microsecond=0)
SPAN_DAYS = 730


def setup(data_dir: str) -> None:
    os.environ["OPENLINE_DATA_DIR"] = data_dir
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def inserter(model):
    """A fast INSERT for `model`: the fields given per row, every other field at its default,
    converted once the way Django would store it."""
    from django.db import connection

    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"  # noqa: S608

    def insert(names: tuple[str, ...], rows) -> int:
        index = {f.attname: i for i, f in enumerate(fields)}
        template = [f.get_db_prep_save(f.get_default(), connection) for f in fields]
        positions = [index[n] for n in names]
        converters = [fields[i].get_db_prep_save for i in positions]
        batch, count = [], 0
        with connection.cursor() as cursor:
            for row in rows:
                values = list(template)
                for position, convert, value in zip(positions, converters, row, strict=True):
                    values[position] = convert(value, connection)
                batch.append(values)
                if len(batch) == 20_000:
                    cursor.executemany(sql, batch)
                    count += len(batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)
                count += len(batch)
        return count

    return insert


def generate(members: int, posts: int, seed: int = 5) -> dict[str, int]:
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    from openline.accounts.models import Role, User
    from openline.community.models import Reply, Space, Tag, Thread, Vote
    from openline.people.models import ThreadRead, Visit

    rng = random.Random(seed)
    counts: dict[str, int] = {}

    def when(max_days: int = SPAN_DAYS) -> datetime:
        return NOW - timedelta(seconds=rng.randint(0, max_days * 86_400))

    with transaction.atomic():
        spaces = [Space.objects.create(slug=f"space-{n}", name=f"Space {n}", position=n)
                  for n in range(6)]  # fmt: skip
        spaces.append(Space.objects.create(slug="vip", name="VIP", is_private=True, position=9))
        tags = [Tag.objects.create(slug=f"area-{n}", name=f"Area {n}") for n in range(25)]
        password = make_password("bench-only")
        staff = max(1, members // 1000)
        counts["members"] = inserter(User)(
            ("username", "password", "email", "role", "date_joined", "is_active"),
            ((f"member{n}", password, f"member{n}@bench.invalid",
              Role.AGENT if n < staff else Role.CUSTOMER, when(), True)
             for n in range(members)),
        )  # fmt: skip
        ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
        # Who does what: 2 % create most, 10 % respond, the others mostly read.
        creators = ids[: max(1, members // 50)]
        responders = ids[len(creators) : len(creators) + members // 10]

        def author(pool_weights=(0.7, 0.3)) -> int:
            """A few people post a lot, most of the pool a little."""
            pool = creators if rng.random() < pool_weights[0] else responders
            return pool[int(len(pool) * rng.random() ** 2.5)]

        thread_count = posts // 4
        kinds = ["question"] * 6 + ["problem"] * 2 + ["idea", "discussion"]
        counts["threads"] = inserter(Thread)(
            ("space_id", "author_id", "kind", "title", "slug", "body", "body_html",
             "created_at", "last_activity_at"),
            ((spaces[rng.randrange(6)].pk, author((0.5, 0.5)), rng.choice(kinds),
              f"Question number {n}", f"question-{n}", "Body.", "<p>Body.</p>", t, t)
             for n in range(thread_count) for t in [when()]),
        )  # fmt: skip
        threads = list(Thread.objects.values_list("pk", "author_id", "created_at", "kind"))
        cursor = connection.cursor()
        cursor.executemany(
            "INSERT INTO community_thread_tags (thread_id, tag_id) VALUES (%s, %s)",
            [(pk, tags[rng.randrange(25)].pk) for pk, *_ in threads],
        )
        reply_rows = []
        for _ in range(posts - thread_count):
            pk, asker, created, _ = threads[rng.randrange(len(threads))]
            at = min(NOW, created + timedelta(hours=rng.expovariate(1 / 30)))
            reply_rows.append((pk, author(), "Try this.", "<p>Try this.</p>", at))
        counts["replies"] = inserter(Reply)(
            ("thread_id", "author_id", "body", "body_html", "created_at"), reply_rows
        )
        replies = list(Reply.objects.values_list("pk", "thread_id", "author_id", "created_at"))
        by_thread: dict[int, list[tuple[int, int]]] = {}
        for pk, thread_id, author_id, _ in replies:
            by_thread.setdefault(thread_id, []).append((pk, author_id))
        accepted = []
        for pk, asker, _, kind in threads:
            answers = [r for r in by_thread.get(pk, []) if r[1] != asker]
            if kind in ("question", "problem") and answers and rng.random() < 0.33:
                accepted.append((answers[0][0], pk))
        cursor.executemany(
            "UPDATE community_thread SET accepted_reply_id = %s, status = 'solved' WHERE id = %s",
            accepted,
        )
        counts["accepted"] = len(accepted)
        voters = creators + responders
        seen: set[tuple[int, int, int]] = set()
        vote_rows = []
        for _ in range(posts):
            voter = voters[rng.randrange(len(voters))]
            if rng.random() < 0.8:
                reply_id, thread_id, target, created = replies[rng.randrange(len(replies))]
            else:
                thread_id, target, created, _ = threads[rng.randrange(len(threads))]
                reply_id = None
            key = (voter, thread_id, reply_id or 0)
            if voter == target or key in seen:
                continue
            seen.add(key)
            at = min(NOW, created + timedelta(hours=rng.expovariate(1 / 48)))
            vote_rows.append((voter, thread_id, reply_id, at))
        counts["votes"] = inserter(Vote)(
            ("user_id", "thread_id", "reply_id", "created_at"), vote_rows
        )
        today = NOW.date()
        read_keys: set[tuple[int, int, int]] = set()
        visit_keys: set[tuple[int, int]] = set()
        for person in rng.sample(ids, int(len(ids) * 0.7)):
            for _ in range(rng.randint(1, 12)):
                days_ago = rng.randint(0, 365)
                visit_keys.add((person, days_ago))
                for _ in range(rng.randint(1, 3)):
                    read_keys.add((person, threads[rng.randrange(len(threads))][0], days_ago))
        counts["reads"] = inserter(ThreadRead)(
            ("user_id", "thread_id", "day"),
            ((u, t, today - timedelta(days=d)) for u, t, d in read_keys),
        )
        counts["visits"] = inserter(Visit)(
            ("user_id", "day"), ((u, today - timedelta(days=d)) for u, d in visit_keys)
        )
        cursor.close()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return counts


def forget_figures() -> None:
    from openline.participation.models import ParticipationSnapshot
    from openline.people.models import (
        BadgeAward,
        Participation,
        Reputation,
        ReputationEvent,
        TrustLevel,
    )

    for model in (ReputationEvent, Reputation, TrustLevel, Participation, BadgeAward,
                  ParticipationSnapshot):  # fmt: skip
        model.objects.all()._raw_delete("default")


def run_task() -> tuple[float, dict]:
    from django.core.management import call_command

    from openline.participation.tasks import recompute_people_task

    result = recompute_people_task.enqueue()
    started = time.perf_counter()
    call_command("db_worker", batch=True, interval=0.1, verbosity=0)
    seconds = time.perf_counter() - started
    return seconds, recompute_people_task.get_result(result.id).return_value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--keep", help="data directory to build in and keep")
    parser.add_argument(
        "--reuse", action="store_true",
        help="the --keep directory already holds the data: forget the computed figures only",
    )  # fmt: skip
    args = parser.parse_args()
    data_dir = args.keep or tempfile.mkdtemp(prefix="openline-bench-people-")
    setup(data_dir)
    if args.reuse:
        forget_figures()
    else:
        started = time.perf_counter()
        counts = generate(args.members, args.posts)
        print(f"generated in {time.perf_counter() - started:.0f} s: {counts}")
    for label in ("first run (writes everything)", "second run (nothing changed)"):
        seconds, result = run_task()
        print(f"\n{label}: {seconds:.1f} s as a background task")
        for part, figures in result.items():
            print(f"  {part:<11} {figures}")
    print(f"\ndatabase: {data_dir}/openline.sqlite3")


if __name__ == "__main__":
    main()
