"""Seeds the demo company from the hand-written content, and bulk data for benchmarks.

Rows are written in bulk with their derived state (rendered HTML, counts, statuses, search
entries) computed the same way the actions compute it, so the result is indistinguishable
from a community that grew through the product, but seeds in seconds."""

import importlib
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from openline.accounts.models import Role, User
from openline.community import search
from openline.community.models import (
    LISTS_COUNTER,
    Reply,
    Space,
    SpaceMembership,
    Tag,
    Thread,
    ThreadStatus,
    Vote,
    status_for,
)
from openline.core import counters
from openline.core.db import refresh_statistics
from openline.core.markdown import render_markdown
from openline.participation.actions import recompute_people
from openline.people.actions import award_badge
from openline.people.models import InvitationStatus, SuperUserInvitation, ThreadRead, Visit

from .champion_queue import seed_champions
from .guidance import seed_guidance
from .inbox import DEMO_CALENDAR, seed_inbox, working_hours_before
from .personas import PERSONAS, SPACES, TAGS
from .promise_and_articles import seed_promise_and_articles

DEMO_PASSWORD = "openline-demo"  # noqa: S105 - demo data only, printed on purpose
CONTENT_MODULES = [
    "content_getting_started",
    "content_thermostats",
    "content_app",
    "content_orders",
    "content_ideas",
    "content_lounge",
    "content_champions",
]
READER_COUNT = 1500
# Most readers only read: the voters among them are a tenth, as in a real community (1-9-90).
VOTING_READERS = 150
FIRST = [
    "Alex",
    "Jamie",
    "Robin",
    "Sam",
    "Charlie",
    "Kim",
    "Lou",
    "Noah",
    "Liam",
    "Olivia",
    "Ava",
    "Lukas",
    "Sofie",
    "Daan",
    "Finn",
    "Ella",
    "Jonas",
    "Lea",
    "Aoife",
    "Sean",
    "Niamh",
    "Cian",
    "Fatima",
    "Omar",
    "Priya",
    "Arjun",
    "Mei",
    "Wei",
    "Tomasz",
    "Ines",
]
LAST = [
    "Smith",
    "Jones",
    "Murphy",
    "Kelly",
    "de Vries",
    "Bakker",
    "Müller",
    "Schmidt",
    "Brown",
    "Wilson",
    "Taylor",
    "Visser",
    "Meyer",
    "Byrne",
    "Ryan",
    "Evans",
    "Wagner",
    "Peters",
    "Hughes",
    "Novak",
    "Ali",
    "Chen",
    "Singh",
    "Rossi",
    "Costa",
    "Berg",
    "Lindgren",
]


def demo_threads() -> Iterator[dict]:
    for name in CONTENT_MODULES:
        try:
            module = importlib.import_module(f"openline.demo.{name}")
        except ModuleNotFoundError:
            continue
        yield from module.THREADS


def _people(password_hash: str) -> dict[str, User]:
    people: dict[str, User] = {}
    for p in PERSONAS:
        user, _ = User.objects.get_or_create(
            username=p["key"],
            defaults={
                "display_name": p["name"],
                "role": p["role"],
                "team": p["team"],
                "bio": p["bio"],
                "email": f"{p['key']}@demo.halden.invalid",
                "email_verified": True,
                "password": password_hash,
                "is_staff": p["role"] == Role.ADMIN,
                "is_superuser": p["role"] == Role.ADMIN,
            },
        )
        people[p["key"]] = user
    return people


def _readers(password_hash: str, rng: random.Random) -> list[User]:
    existing = list(User.objects.filter(username__startswith="reader_"))
    if existing:
        return existing
    rows = []
    for i in range(READER_COUNT):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rows.append(
            User(
                username=f"reader_{i:03d}",
                display_name=name,
                role=Role.CUSTOMER,
                email=f"reader_{i:03d}@demo.halden.invalid",
                email_verified=True,
                password=password_hash,
            )
        )
    return User.objects.bulk_create(rows)


def _spaces_and_tags(people: dict[str, User]) -> tuple[dict[str, Space], dict[str, Tag]]:
    spaces: dict[str, Space] = {}
    for position, s in enumerate(SPACES):
        space, _ = Space.objects.get_or_create(
            slug=s["slug"],
            defaults={
                "name": s["name"],
                "description": s["description"],
                "is_private": s["private"],
                "position": position,
            },
        )
        spaces[s["slug"]] = space
        if space.is_private:
            for user in people.values():
                if user.role == Role.SUPERUSER:
                    SpaceMembership.objects.get_or_create(space=space, user=user)
    tags = {}
    for slug in TAGS:
        name = TAG_NAMES.get(slug) or slug.replace("-", " ").title()
        tags[slug], _ = Tag.objects.get_or_create(slug=slug, defaults={"name": name})
    return spaces, tags


# Names that title case gets wrong ("App Ios", "Opentherm").
TAG_NAMES = {"api": "API", "app-ios": "App iOS", "opentherm": "OpenTherm", "wifi": "Wi-Fi"}


def _html(author: User, body: str) -> str:
    return render_markdown(body, trusted=author.is_trusted_author)


@transaction.atomic
def seed_demo(*, seed: int = 7) -> dict[str, int]:
    """Creates the demo company. Safe to run again: existing content is left alone."""
    rng = random.Random(seed)
    password_hash = make_password(DEMO_PASSWORD)
    people = _people(password_hash)
    readers = _readers(password_hash, rng)
    spaces, tags = _spaces_and_tags(people)
    if Thread.objects.exists():
        return {"threads": 0, "replies": 0}
    now = timezone.now()
    created_threads = created_replies = 0
    for item in demo_threads():
        thread, replies = _build_thread(item, people, spaces, now)
        thread.save()
        thread.tags.set([tags[t] for t in item.get("tags", []) if t in tags])
        for reply in replies:
            reply.thread = thread
        Reply.objects.bulk_create(replies)
        accepted = next(
            (
                r
                for r, spec in zip(replies, item.get("replies", []), strict=True)
                if spec.get("accepted")
            ),
            None,
        )
        if accepted is not None:
            thread.accepted_reply = accepted
            thread.save(update_fields=["accepted_reply"])
        _votes(thread, replies, item, readers, people, rng)
        search.add_entries([search.entry(thread)] + [search.entry(thread, r) for r in replies])
        created_threads += 1
        created_replies += len(replies)
    _reads_and_visits(people, readers, rng, now)
    seed_inbox(now)
    seed_champions(now)
    seed_guidance()
    seed_promise_and_articles(people["admin"], people["agent"])
    counters.bump(LISTS_COUNTER)
    recompute_people()  # reputation, trust levels, segments and badges from what was seeded
    refresh_statistics()
    return {"threads": created_threads, "replies": created_replies}


def _reads_and_visits(
    people: dict[str, User], readers: list[User], rng: random.Random, now
) -> None:
    """Signed-in reads and visits, so trust levels and the 1-9-90 segments have something to
    measure: people who post also read and visit on the days they post and on others; most
    readers come by now and then and read a few threads; some have not been back for months."""
    threads = list(Thread.objects.values_list("pk", "space__is_private", "created_at"))
    public = [(pk, created) for pk, private, created in threads if not private]
    everything = [(pk, created) for pk, _, created in threads]
    reads: set[tuple[int, int, date]] = set()
    visits: set[tuple[int, date]] = set()

    def spend(user: User, days_ago: int, how_many: int, pool: list) -> None:
        day = (now - timedelta(days=days_ago)).date()
        visits.add((user.pk, day))
        seen = [pk for pk, created in pool if created.date() <= day]
        for pk in rng.sample(seen, min(how_many, len(seen))):
            reads.add((user.pk, pk, day))

    posted: dict[int, set[int]] = {}
    for author_id, created in [
        *Thread.objects.values_list("author_id", "created_at"),
        *Reply.objects.values_list("author_id", "created_at"),
    ]:
        posted.setdefault(author_id, set()).add((now - created).days)
    for user in people.values():
        pool = everything if user.role != Role.CUSTOMER else public
        active = posted.get(user.pk, set())
        regular = user.role == Role.SUPERUSER or len(active) >= 8
        extra = rng.sample(range(100), 70 if regular else 12)
        for days_ago in active | set(extra):
            spend(user, days_ago, rng.randint(2, 6) if regular else rng.randint(1, 3), pool)
    for reader in readers:  # each comes by now and then between their first and last visit
        first = rng.randint(0, 300)
        last = max(0, first - int(rng.expovariate(1 / 300)))
        span = range(last, first + 1)
        for days_ago in rng.sample(span, min(len(span), rng.randint(1, 12))):
            spend(reader, days_ago, rng.randint(1, 3), public)
    ThreadRead.objects.bulk_create(
        [ThreadRead(user_id=u, thread_id=t, day=d) for u, t, d in reads], batch_size=2000
    )
    Visit.objects.bulk_create([Visit(user_id=u, day=d) for u, d in visits], batch_size=2000)
    # Everyone joined a while before they first came by, not on the day of the seeding.
    first_visit: dict[int, date] = {}
    for user_id, day in visits:
        first_visit[user_id] = min(first_visit.get(user_id, day), day)
    members = [*people.values(), *readers]
    for user in members:
        day = first_visit.get(user.pk, (now - timedelta(days=rng.randint(30, 400))).date())
        joined = now - timedelta(days=(now.date() - day).days + rng.randint(1, 60))
        user.date_joined = joined.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
    User.objects.bulk_update(members, ["date_joined"], batch_size=2000)
    _programme(people, rng, now)


def _programme(people: dict[str, User], rng: random.Random, now) -> None:
    """The demo super-users joined the programme on an invitation from the community manager."""
    champions = [p for p in people.values() if p.role == Role.SUPERUSER]
    spaces = list(Space.objects.filter(is_private=True).values_list("pk", flat=True))
    for user in champions:
        joined = now - timedelta(days=rng.randint(120, 300))
        SuperUserInvitation.objects.get_or_create(
            user=user,
            defaults={"invited_by": people.get("moderator"), "space_ids": spaces,
                      "status": InvitationStatus.ACCEPTED, "created_at": joined,
                      "responded_at": joined + timedelta(days=1)},
        )  # fmt: skip
        award_badge(user, "super-user")


TODAY_WORKING_HOURS = 8  # within the demo policy's 9-hour promise


def _build_thread(
    item: dict, people: dict[str, User], spaces: dict[str, Space], now
) -> tuple[Thread, list[Reply]]:
    author = people[item["author"]]
    hours = (len(item["title"]) * 7) % 24
    if item.get("days_ago", 0):
        created = now - timedelta(days=item["days_ago"], hours=hours)
    else:
        # The day's questions are asked within the last working day, whenever the demo is
        # seeded (0 to TODAY_WORKING_HOURS of office hours ago): seeded on a weekday evening,
        # those dated by the clock before 08:30 had had a whole working day and the inbox
        # showed them breaching the promise, 8 of 12 open conversations late.
        created = working_hours_before(DEMO_CALENDAR, now, hours * TODAY_WORKING_HOURS / 24)
    replies = []
    for spec in item.get("replies", []):
        who = people[spec["author"]]
        when = min(created + timedelta(hours=spec.get("hours_later", 1)), now)
        replies.append(
            Reply(
                author=who, body=spec["body"], body_html=_html(who, spec["body"]), created_at=when
            )
        )
    status = status_for(item["kind"], item.get("status", ThreadStatus.OPEN))
    thread = Thread(
        space=spaces[item["space"]],
        author=author,
        kind=item["kind"],
        title=item["title"],
        slug=slugify(item["title"])[:80].strip("-") or "thread",
        body=item["body"],
        body_html=_html(author, item["body"]),
        status=status,
        created_at=created,
        last_activity_at=max([created, *(r.created_at for r in replies)]),
        reply_count=len(replies),
        view_count=item.get("views", 0),
    )
    if item.get("status_reason"):
        thread.status_reason = item["status_reason"]
        thread.status_changed_by = people.get(item.get("status_by", ""))
        thread.status_changed_at = thread.last_activity_at
    return thread, replies


def _vote_time(thread: Thread, rng: random.Random):
    """Most votes come in the first days after a thread is asked, some much later."""
    later = timedelta(hours=rng.expovariate(1 / 72))
    return min(thread.created_at + later, thread.last_activity_at + later, timezone.now())


def _can_see(user: User, space: Space) -> bool:
    return not space.is_private or user.role != Role.CUSTOMER


def _votes(
    thread: Thread,
    replies: list[Reply],
    item: dict,
    readers: list[User],
    people: dict[str, User],
    rng: random.Random,
) -> None:
    """Real vote rows by distinct people, so counts match what anyone can recount."""
    voters_pool = readers[:VOTING_READERS] + list(people.values())
    rows = []
    targets: list[tuple[Reply | None, int, Any]] = [(None, thread.author_id, item.get("votes", 0))]
    targets += [
        (r, r.author_id, spec.get("votes", 0))
        for r, spec in zip(replies, item.get("replies", []), strict=True)
    ]
    for reply, author_id, wanted in targets:
        eligible = [u for u in voters_pool if u.pk != author_id and _can_see(u, thread.space)]
        voters = rng.sample(eligible, min(wanted, len(eligible)))
        rows += [Vote(user=v, thread=thread, reply=reply, created_at=_vote_time(thread, rng))
                 for v in voters]  # fmt: skip
        count = len(voters)
        if reply is None:
            thread.upvote_count = count
        else:
            reply.upvote_count = count
    Vote.objects.bulk_create(rows)
    Thread.objects.filter(pk=thread.pk).update(upvote_count=thread.upvote_count)
    Reply.objects.bulk_update(replies, ["upvote_count"])


@transaction.atomic
def seed_bulk(
    threads: int, *, replies_per_thread: int = 3, big_thread_replies: int = 50, seed: int = 11
) -> Thread:
    """Adds `threads` threads (text drawn from the demo content) for benchmarks, plus one public
    thread with `big_thread_replies` replies, which it returns."""
    rng = random.Random(seed)
    seed_demo()
    people = list(User.objects.filter(username__startswith="reader_")[:200]) or list(
        User.objects.all()
    )
    spaces = list(Space.objects.filter(is_private=False))
    samples = [t for t in demo_threads() if t["space"] != "champions"]
    now = timezone.now()
    batch: list[Thread] = []
    made = 0
    while made < threads:
        item = samples[made % len(samples)]
        author = rng.choice(people)
        title = f"{item['title']} ({made + 1})"
        created = now - timedelta(minutes=rng.randint(0, 60 * 24 * 700))
        batch.append(
            Thread(
                space=rng.choice(spaces),
                author=author,
                kind=item["kind"],
                title=title,
                slug=slugify(title)[:80],
                body=item["body"],
                body_html=_html(author, item["body"]),
                status=item.get("status", "open"),
                created_at=created,
                last_activity_at=created,
            )
        )
        made += 1
        if len(batch) == 2000 or made == threads:
            _flush_bulk(batch, samples, people, replies_per_thread, rng)
            batch = []
    big = Thread.objects.filter(space__is_private=False).order_by("-id").first()
    assert big is not None
    _add_replies(big, big_thread_replies, samples, people, rng)
    counters.bump(LISTS_COUNTER)
    refresh_statistics()
    return big


def _flush_bulk(
    batch: list[Thread], samples: list[dict], people: list[User], n: int, rng: random.Random
) -> None:
    Thread.objects.bulk_create(batch)
    replies = []
    for thread in batch:
        for i in range(rng.randint(0, n)):
            spec = rng.choice(samples).get("replies") or [{"body": "Same here, following."}]
            body = spec[i % len(spec)]["body"]
            author = rng.choice(people)
            replies.append(
                Reply(
                    thread=thread,
                    author=author,
                    body=body,
                    body_html=_html(author, body),
                    created_at=thread.created_at + timedelta(hours=i + 1),
                )
            )
    Reply.objects.bulk_create(replies)
    counts: dict[int, int] = {}
    for r in replies:
        counts[r.thread_id] = counts.get(r.thread_id, 0) + 1
    for thread in batch:
        thread.reply_count = counts.get(thread.pk, 0)
    Thread.objects.bulk_update(batch, ["reply_count"])
    by_id = {t.pk: t for t in batch}
    search.add_entries(
        [search.entry(t) for t in batch] + [search.entry(by_id[r.thread_id], r) for r in replies]
    )


def _add_replies(
    thread: Thread, count: int, samples: list[dict], people: list[User], rng: random.Random
) -> None:
    bodies = [r["body"] for t in samples for r in t.get("replies", [])] or ["Thanks, that helped."]
    replies = []
    for i in range(count):
        author = rng.choice(people)
        body = bodies[i % len(bodies)]
        replies.append(
            Reply(
                thread=thread,
                author=author,
                body=body,
                body_html=_html(author, body),
                created_at=thread.created_at + timedelta(minutes=i + 1),
            )
        )
    Reply.objects.bulk_create(replies)
    search.add_entries([search.entry(thread, r) for r in replies])
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=thread.replies.count(), version=thread.version + 1
    )
