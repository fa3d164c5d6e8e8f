"""The product-feedback page, its quotes and its exports at many labelled items.

    .venv/bin/python bench/product_feedback_speed.py [--items 100000] [--runs 20] [--keep DIR]

Builds a throwaway SQLite database: 20 tags, `--items` inbound e-mail messages over a year,
each with its label (intent, sentiment, product area, date written) as the background task
leaves them, and 500 ideas. Then p50 / p95 through Django's test client, signed in as an
agent: the page over 30, 90 and 365 days, one area over 365 days, a quotes page, and the time
to stream the whole year's items as CSV. Before measuring it runs what `openline serve` and
the worker do: SQLite's ANALYZE and one rollup run. Wall time on a shared machine: noisy.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NOW = datetime.now(UTC).replace(microsecond=0)
WORDS = "invoice charge refund app crash login battery delivery parcel late screen sync"
WORDS_LIST = WORDS.split(" ")
INTENTS = ["question", "problem", "complaint", "praise", "idea", "other"]
SENTIMENTS = ["negative", "neutral", "positive"]


def setup(data_dir: str) -> None:
    os.environ["OPENLINE_DATA_DIR"] = data_dir
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def seed(items: int) -> None:
    from django.db import transaction

    from openline.accounts.models import Role, User
    from openline.community.models import Space, Tag, Thread
    from openline.core.db import insert_many
    from openline.inbox.models import ChannelAccount, Conversation, Message
    from openline.language.models import TextLabel

    rng = random.Random(14)
    with transaction.atomic():
        User.objects.create_user("pm", password="x", role=Role.AGENT)  # noqa: S106
        author = User.objects.create_user("member", password="x")  # noqa: S106
        tags = [Tag.objects.create(slug=f"area-{i}", name=f"Area {i}") for i in range(20)]
        space = Space.objects.create(slug="ideas", name="Ideas")
        insert_many([
            Thread(space=space, author=author, kind="idea", title=f"Idea {i}", slug=f"idea-{i}",
                   body="x", body_html="x", upvote_count=rng.randint(0, 50))
            for i in range(500)
        ])  # fmt: skip
        account = ChannelAccount.objects.create(kind="email", name="Mail")
        for start in range(0, items, 5000):
            n = min(5000, items - start)
            conversations = [Conversation(account=account, external_id=f"c{start + i}")
                             for i in range(n)]  # fmt: skip
            insert_many(conversations)
            whens = [NOW - timedelta(minutes=rng.randint(0, 365 * 24 * 60)) for _ in range(n)]
            messages = [
                Message(conversation=c, kind="inbound", account=account, external_id=f"m{c.pk}",
                        body=" ".join(rng.choices(WORDS_LIST, k=12)), created_at=w)
                for c, w in zip(conversations, whens, strict=True)
            ]  # fmt: skip
            insert_many(messages)
            insert_many([
                TextLabel(kind="message", object_id=m.pk, intent=rng.choice(INTENTS),
                          intent_confidence=0.8, sentiment=rng.choice(SENTIMENTS),
                          sentiment_score=rng.uniform(-1, 1), language="en", model_id="b",
                          text_hash="b", product_area=rng.choice(tags).slug if rng.random() > 0.1
                          else "", product_area_source="meaning", channel="email", written_at=w)
                for m, w in zip(messages, whens, strict=True)
            ])  # fmt: skip


def measure(runs: int, *, export: bool = True) -> None:
    from django.test import Client

    from openline.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(username="pm"))
    today = NOW.date()
    cases = {
        f"page, {days} days": ("/staff/product-feedback/", {"from": str(today - timedelta(days))})
        for days in (30, 90, 364)
    }
    cases["page, one area, 364 days"] = (
        "/staff/product-feedback/",
        {"from": str(today - timedelta(364)), "area": "area-3"},
    )
    cases["quotes, one area"] = ("/staff/product-feedback/quotes/", {"area": "area-3"})
    for name, (url, params) in cases.items():
        timed(client, name, url, params, runs)
    # An agent corrects an item of 100 days ago: until the worker's next run the page reads
    # that day from the labels themselves.
    from openline.language import labels
    from openline.language.models import TextLabel

    item = TextLabel.objects.filter(written_at__lt=NOW - timedelta(days=100)).latest("written_at")
    labels.correct(User.objects.get(username="pm"), item, intent="praise")
    timed(client, "page, 364 days, a day corrected since the worker's run",
          "/staff/product-feedback/", {"from": str(today - timedelta(364))}, runs)  # fmt: skip
    labels.correct(User.objects.get(username="pm"), item, intent=item.intent)
    if not export:
        return
    started = time.perf_counter()
    answer = client.get("/staff/product-feedback/items.csv", {"from": str(today - timedelta(364))})
    size = sum(len(chunk) for chunk in answer.streaming_content)
    print(f"items.csv, 364 days: {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")


def timed(client: Any, name: str, url: str, params: dict[str, str], runs: int) -> None:
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        assert client.get(url, params).status_code == 200
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"{name}: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms "
          f"(CPU p50 {statistics.median(cpu):.0f} ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", help="a data directory kept between runs (seeded once)")
    parser.add_argument("--pages-only", action="store_true", help="no CSV export")
    args = parser.parse_args()
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        fresh = not (Path(args.keep) / "openline.sqlite3").exists()
        run(args.keep, args.items if fresh else 0, args.runs, not args.pages_only)
        return
    with tempfile.TemporaryDirectory() as data_dir:
        run(data_dir, args.items, args.runs, not args.pages_only)


def run(data_dir: str, items: int, runs: int, export: bool) -> None:
    setup(data_dir)
    if items:
        started = time.perf_counter()
        seed(items)
        print(f"seeded {items} labelled items in {time.perf_counter() - started:.0f} s")
    from openline.core.db import refresh_statistics

    refresh_statistics()  # as `openline serve` does at start
    from openline.insights import rollups

    started, cpu = time.perf_counter(), time.process_time()
    written = rollups.refresh()  # the worker's run (nothing to do when the rollups are current)
    print(f"worker's rollup run: {written} days in {time.perf_counter() - started:.1f} s "
          f"({time.process_time() - cpu:.1f} s CPU)")  # fmt: skip
    measure(runs, export=export)


if __name__ == "__main__":
    main()
