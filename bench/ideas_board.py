"""How long the ideas board takes with many ideas, votes and linked conversations.

    PYTHONPATH=src .venv/bin/python bench/ideas_board.py --keep /tmp/ideas-bench [--ideas N]

Seeds (once, into `--keep`) N ideas (default 5,000) in 8 spaces with 0 to 40 votes each from a
pool of 2,000 members, and 20,000 inbox conversations of 8,000 customers on three channels,
a third of them linked to a random idea; then times, median and p95 of 15 runs through
Django's test client (anonymous), the board sorted by votes, by demand, filtered by status and
by space, and `feedback.ideas.demand()` of the most linked idea.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup(data_dir: str) -> None:
    os.environ["OPENLINE_DATA_DIR"] = data_dir
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def seed(ideas: int, rng: random.Random) -> None:
    from django.db import transaction

    from openline.accounts.models import User
    from openline.community.models import IDEA_STATUSES, Space, Thread, Vote
    from openline.feedback.models import IdeaLink
    from openline.inbox.models import ChannelAccount, Conversation
    from openline.people.models import Person

    if Thread.objects.filter(kind="idea").exists():
        return
    with transaction.atomic():
        spaces = [Space.objects.create(slug=f"area-{n}", name=f"Area {n}") for n in range(8)]
        members = User.objects.bulk_create(
            User(username=f"member{n}", email=f"member{n}@example.com") for n in range(2000)
        )
        threads = Thread.objects.bulk_create(
            Thread(space=rng.choice(spaces), author=rng.choice(members), kind="idea",
                   title=f"Idea number {n} for the app", slug=f"idea-number-{n}",
                   body="Please.", body_html="<p>Please.</p>",
                   status=rng.choice(IDEA_STATUSES).value)
            for n in range(ideas)
        )  # fmt: skip
        votes = []
        for thread in threads:
            voters = rng.sample(members, rng.randint(0, 40))
            votes += [Vote(user=v, thread=thread) for v in voters if v.pk != thread.author_id]
            thread.upvote_count = sum(1 for v in voters if v.pk != thread.author_id)
        Vote.objects.bulk_create(votes, batch_size=5000)
        Thread.objects.bulk_update(threads, ["upvote_count"], batch_size=2000)
        people = Person.objects.bulk_create(Person(name=f"Customer {n}") for n in range(8000))
        accounts = [
            ChannelAccount.objects.create(kind=kind, name=f"Bench {kind}")
            for kind in ("email", "webhook", "mastodon")
        ]
        conversations = Conversation.objects.bulk_create(
            (Conversation(account=rng.choice(accounts), external_id=f"c{n}",
                          customer=rng.choice(people)) for n in range(20000)),
            batch_size=5000,
        )  # fmt: skip
        links = {}
        for conversation in conversations[::3]:
            idea = rng.choice(threads)
            links[(idea.pk, conversation.pk)] = IdeaLink(
                idea=idea, conversation=conversation, customer_id=conversation.customer_id,
                source=conversation.account.kind,
            )  # fmt: skip
        IdeaLink.objects.bulk_create(links.values(), batch_size=5000)


def timed(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", default="")
    parser.add_argument("--ideas", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    setup(args.keep or tempfile.mkdtemp(prefix="ideas-bench-"))
    rng = random.Random(14)
    start = time.perf_counter()
    seed(args.ideas, rng)
    print(f"seeded in {time.perf_counter() - start:.1f} s")

    from django.db.models import Count
    from django.test import Client

    from openline.community.models import Thread
    from openline.feedback import ideas

    client = Client(HTTP_HOST="127.0.0.1")
    for address in ["/ideas/", "/ideas/?sort=demand", "/ideas/?status=planned&sort=demand",
                    "/ideas/s/area-3/?sort=demand"]:  # fmt: skip

        def get(address: str = address) -> None:
            assert client.get(address).status_code == 200

        median, p95 = timed(get, args.runs)
        print(f"{address:42} median {median:7.1f} ms  p95 {p95:7.1f} ms")
    top = Thread.objects.annotate(n=Count("customer_links")).order_by("-n").first()
    assert top is not None
    median, p95 = timed(lambda: ideas.demand(top), args.runs)
    print(f"{'demand(idea), most linked':42} median {median:7.1f} ms  p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
