"""The service dashboards at a million messages.

    .venv/bin/python bench/insights_speed.py [--messages 1000000] [--runs 40] [--keep DIR]
                                             [--pages-only]

Builds a throwaway SQLite database (WAL, the embedded default), or fills the PostgreSQL
database of DATABASE_URL once (seeded when it has no messages), with plain-SQL inserts
(core.db.insert_many): six channel accounts, three spaces, twelve agents in three teams, one
SLA policy with weekday hours in Europe/Berlin, `--messages` inbox messages in conversations of
four (customer, answer, customer, answer) spread over a year, most answered and solved, a few
reopened, a few open; and 20,000 community questions with 40,000 replies. Then:

1. the worker's first rollup (every day) and a second run that finds nothing changed, then a
   run after 200 new conversations today (the company days of one UTC day recomputed);
2. p50 / p95 of the pages through Django's test client, signed in as an admin: the dashboard
   over 30, 90 and 365 days, with a channel filter, team and agent filters (90 and 365 days:
   the per-assignee day and week rollups), a CSV table, the JSON API,
   and the promise page rendered afresh (its anonymous cache bypassed). Wall time, and the
   CPU time of this process: on a machine other work shares, the CPU time is what the page
   itself costs.

Target (issue 16): every dashboard p95 ≤ 300 ms at 1,000,000 messages.
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
SPAN_DAYS = 365
KINDS = ["email", "email", "webhook", "community", "mastodon", "x"]


def setup(data_dir: str) -> None:
    os.environ["OPENLINE_DATA_DIR"] = data_dir
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def seed(messages: int) -> None:
    from django.db import transaction

    from openline.accounts.models import User
    from openline.community.models import Reply, Space, Thread
    from openline.core import db
    from openline.inbox.models import ChannelAccount, Conversation, Message, SlaPolicy

    rng = random.Random(16)
    policy = SlaPolicy.objects.create(
        name="Berlin office", first_response_minutes=240, is_default=True,
        time_zone="Europe/Berlin",
        business_hours={d: "08:00-18:00" for d in ("mon", "tue", "wed", "thu", "fri")},
    )  # fmt: skip
    accounts = [ChannelAccount.objects.create(kind=k, name=f"{k} {n}") for n, k in enumerate(KINDS)]
    spaces = [Space.objects.create(slug=f"s{n}", name=f"Space {n}") for n in range(3)]
    agents = [User.objects.create(username=f"agent{n}", role="agent", team=f"Team {n % 3}")
              for n in range(12)]  # fmt: skip
    User.objects.create(username="boss", role="admin", team="Team 0")
    members = [User.objects.create(username=f"m{n}") for n in range(200)]

    # Community: questions and replies (the community account's conversations point at them).
    threads = []
    for n in range(20_000):
        created = NOW - timedelta(minutes=rng.randrange(SPAN_DAYS * 1440))
        threads.append(Thread(space=spaces[n % 3], author=members[n % 200], kind="question",
                              title=f"Question {n}", slug=f"question-{n}", body="Body",
                              body_html="<p>Body</p>", created_at=created, reply_count=2,
                              last_activity_at=created))  # fmt: skip
    with transaction.atomic():
        db.insert_many(threads, size=500)
    replies = []
    for thread in threads:
        for k in range(2):
            staff = k == 0 and thread.pk % 4 == 0
            who = agents[thread.pk % 12] if staff else members[(thread.pk + k + 1) % 200]
            when = thread.created_at + timedelta(minutes=rng.randrange(5, 3000))
            replies.append(Reply(thread=thread, author=who, body="Try this.",
                                 body_html="<p>Try this.</p>", created_at=when))  # fmt: skip
    with transaction.atomic():
        db.insert_many(replies, size=500)

    conversations = messages // 4
    community_threads = [t.pk for t in threads]
    batch = 10_000
    made = written = 0
    while made < conversations:
        size = min(batch, conversations - made)
        part = []
        for n in range(made, made + size):
            account = accounts[n % len(accounts)]
            created = NOW - timedelta(minutes=rng.randrange(SPAN_DAYS * 1440))
            answered = created + timedelta(minutes=rng.randrange(2, 2880))
            roll = rng.random()
            status = "solved" if roll < 0.93 else "pending" if roll < 0.97 else "open"
            solved = answered + timedelta(minutes=rng.randrange(10, 4000))
            linked = account.kind == "community" and community_threads
            part.append(Conversation(
                account=account, external_id=f"c{n}", subject=f"Subject {n}", status=status,
                assignee=agents[n % 12], sla_policy=policy, first_response_at=answered,
                solved_at=solved if status == "solved" else None,
                reopen_count=1 if roll < 0.05 else 0, created_at=created,
                last_message_at=answered, thread_id=community_threads.pop() if linked else None,
            ))  # fmt: skip
        rows = []
        with transaction.atomic():
            db.insert_many(part, size=500)
            for c in part:
                assert c.first_response_at is not None
                steps = [("inbound", c.created_at), ("reply", c.first_response_at),
                         ("inbound", c.first_response_at + timedelta(minutes=30)),
                         ("reply", c.first_response_at + timedelta(minutes=90))]  # fmt: skip
                for k, (kind, when) in enumerate(steps):
                    rows.append(Message(
                        conversation=c, kind=kind, account=c.account,
                        author=c.assignee if kind == "reply" else None,
                        external_id=f"m{c.pk}-{k}" if kind == "inbound" else None,
                        body="Text of the message.", created_at=when,
                    ))  # fmt: skip
            db.insert_many(rows, size=500)
        made += size
        written += len(rows)
        print(f"   {made:,} conversations, {written:,} messages", end="\r", flush=True)
    print()
    db.refresh_statistics()


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    p50, p95, top = pick(0.5) * 1e3, pick(0.95) * 1e3, ordered[-1] * 1e3
    return f"p50 {p50:,.0f} ms, p95 {p95:,.0f} ms, max {top:,.0f} ms"


def since(started: float) -> float:
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--keep", help="a data directory to keep (seeded once, reused)")
    parser.add_argument("--pages-only", action="store_true", help="skip the rollup runs")
    args = parser.parse_args()
    data_dir = args.keep or tempfile.mkdtemp(prefix="openline-bench-insights-")
    setup(data_dir)  # SQLite in data_dir, or the database of DATABASE_URL (seeded once too)
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from openline.accounts.models import User
    from openline.inbox.models import ChannelAccount, Conversation, Message
    from openline.insights import rollups
    from openline.insights.actions import save_promise
    from openline.insights.models import PublishedFigure

    print(f"database: {connection.vendor}; load average {os.getloadavg()[0]:.1f}")
    if not Message.objects.exists():
        started = time.perf_counter()
        seed(args.messages)
        took = since(started)
        count = f"{Message.objects.count():,} messages in {Conversation.objects.count():,}"
        print(f"seeded {count} conversations: {took:.0f} s")

    if not args.pages_only:
        started = time.perf_counter()
        days = rollups.rebuild()
        print(f"1. first rollup, every day ({days} days of each source): {since(started):.1f} s")
        started = time.perf_counter()
        days = rollups.refresh()
        print(f"   next run, nothing changed ({days} days): {since(started):.2f} s")
        email = ChannelAccount.objects.filter(kind="email").first()
        Conversation.objects.bulk_create(
            Conversation(
                account=email, external_id=f"new-{NOW.timestamp()}-{n}", created_at=timezone.now()
            )
            for n in range(200)
        )
        started = time.perf_counter()
        days = rollups.refresh()
        print(f"   run after 200 new conversations today ({days} day): {since(started):.2f} s")

    boss = User.objects.get(username="boss")
    save_promise(boss, text="We answer every question.", notes="",
                 published=list(PublishedFigure.values))  # fmt: skip
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(boss)
    today = timezone.localdate()
    ago = lambda n: (today - timedelta(days=n - 1)).isoformat()  # noqa: E731
    pages = {
        "dashboard, 30 days": f"/staff/service/?from={ago(30)}",
        "dashboard, 90 days": f"/staff/service/?from={ago(90)}",
        "dashboard, 365 days": f"/staff/service/?from={ago(365)}",
        "dashboard, 90 days, e-mail only": f"/staff/service/?from={ago(90)}&channel=email",
        "dashboard, 90 days, one team": f"/staff/service/?from={ago(90)}&team=Team+1",
        "dashboard, 365 days, one team": f"/staff/service/?from={ago(365)}&team=Team+1",
        "dashboard, 365 days, one agent": f"/staff/service/?from={ago(365)}&agent=agent1",
        "CSV by channel, 365 days": f"/staff/service/channels.csv?from={ago(365)}",
        "API, 90 days": f"/api/v1/insights/service?from={ago(90)}",
        "promise page (signed in: never cached)": "/promise/",
    }
    print(f"2. pages, {args.runs} runs each after one warm-up, signed in as an admin:")
    for label, url in pages.items():
        assert client.get(url).status_code == 200, url
        samples, cpu = [], []
        for _ in range(args.runs):
            started, used = time.perf_counter(), time.process_time()
            status = client.get(url).status_code
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
            assert status == 200, (url, status)
        print(f"   {label}: wall {percentiles(samples)}; CPU {percentiles(cpu)}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
