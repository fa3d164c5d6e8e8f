"""How long the expert finder and the "Who knows this" ranking take on seeded data.

    OPENLINE_DATA_DIR=/tmp/ol-experts .venv/bin/openline seed --threads 20000   # once
    OPENLINE_DATA_DIR=/tmp/ol-experts .venv/bin/python bench/experts_speed.py [--conversations N]

Adds (once) an e-mail account with `--conversations` conversations, each a customer's mail
answered by one to three staff replies from 15 agents, and as many staff answers on random
community threads; then times, median of 7 runs: the staff experts page's finder (all time,
a tag, a topic, everyone), the ranking for one conversation (uncached), and prints the query
plan of the channel-answers query. Works on SQLite and, with DATABASE_URL, PostgreSQL.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup() -> None:
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()


def seed_inbox(conversations: int, rng: random.Random) -> None:
    from django.db import transaction
    from django.utils import timezone

    from openline.accounts.models import Role, User
    from openline.community.models import Reply, Thread
    from openline.inbox.models import ChannelAccount, Conversation, Message

    if ChannelAccount.objects.filter(name="Bench mail").exists():
        return
    staff = [
        User.objects.get_or_create(
            username=f"bench_agent_{n}",
            defaults={"role": Role.AGENT, "email": f"bench_agent_{n}@example.com"},
        )[0]
        for n in range(15)
    ]
    now = timezone.now()
    subjects = [t.title for t in Thread.objects.order_by("?")[:500]] or ["Help"]
    with transaction.atomic():
        account = ChannelAccount.objects.create(kind="email", name="Bench mail")
        made = 0
        while made < conversations:
            size = min(2000, conversations - made)
            rows = [
                Conversation(
                    account=account,
                    external_id=f"bench-{made + i}",
                    subject=rng.choice(subjects),
                    status="solved",
                    created_at=now - timedelta(minutes=rng.randint(0, 60 * 24 * 700)),
                )
                for i in range(size)
            ]
            Conversation.objects.bulk_create(rows)
            messages = []
            for c in rows:
                messages.append(
                    Message(
                        conversation=c,
                        kind="inbound",
                        account=account,
                        external_id=f"{c.external_id}-in",
                        body=c.subject,
                        created_at=c.created_at,
                    )
                )
                for k in range(rng.randint(1, 3)):
                    messages.append(
                        Message(
                            conversation=c,
                            kind="reply",
                            author=rng.choice(staff),
                            account=account,
                            body="Answered.",
                            created_at=c.created_at + timedelta(hours=k + 1),
                        )
                    )
            Message.objects.bulk_create(messages)
            made += size
        threads = list(Thread.objects.values_list("pk", flat=True))
        Reply.objects.bulk_create(
            Reply(
                thread_id=rng.choice(threads),
                author=rng.choice(staff),
                body="Try this.",
                body_html="<p>Try this.</p>",
                upvote_count=rng.randint(0, 3),
            )
            for _ in range(conversations)
        )


def timed(label: str, work, runs: int = 7) -> None:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    print(f"{label:<48} median {statistics.median(samples) * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=20000)
    args = parser.parse_args()
    setup()
    from django.db import connection

    from openline.accounts.models import User
    from openline.community.models import Reply, Tag
    from openline.inbox import expert_finder
    from openline.inbox.models import Conversation, Message

    seed_inbox(args.conversations, random.Random(5))
    viewer = User.objects.filter(role="admin").first() or User.objects.get(username="bench_agent_0")
    tag = Tag.objects.order_by("slug").values_list("slug", flat=True).first()
    print(
        f"{connection.vendor}: {Reply.objects.count():,} replies, "
        f"{Conversation.objects.count():,} conversations, {Message.objects.count():,} messages"
    )
    timed("find_experts (staff, all time)", lambda: expert_finder.find_experts(viewer, limit=20))
    timed(
        "find_experts (everyone)", lambda: expert_finder.find_experts(viewer, who="all", limit=20)
    )
    timed(
        f"find_experts (tag {tag})", lambda: expert_finder.find_experts(viewer, tag=tag, limit=20)
    )
    timed(
        "find_experts (topic 'firmware update')",
        lambda: expert_finder.find_experts(viewer, query="firmware update", limit=20),
    )
    timed("find_experts (staff, 90 days)", lambda: expert_finder.find_experts(viewer, days=90))
    conversation = (
        Conversation.objects.filter(account__name="Bench mail")
        .select_related("account", "thread")
        .first()
    )
    timed(
        "rank one e-mail conversation (uncached)", lambda: expert_finder._rank(viewer, conversation)
    )
    community = (
        Conversation.objects.filter(thread__isnull=False)
        .select_related("account", "thread")
        .first()
    )
    if community is not None:
        timed(
            "rank one community conversation (uncached)",
            lambda: expert_finder._rank(viewer, community),
        )
    messages = expert_finder.channel_answers(viewer)
    print("\nchannel answers plan:")
    print(expert_finder._per_author(messages) and messages.values("author_id").explain())


if __name__ == "__main__":
    main()
