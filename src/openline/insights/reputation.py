"""Reputation, rebuilt from what happened in the community.

Events (points by default, tunable in settings.OPENLINE["REPUTATION"]):

- answer_accepted +15: your reply was accepted as the answer (to someone else's question);
- reply_upvoted   +10: an upvote on your reply;
- thread_upvoted   +5: an upvote on your thread;
- helpful_reply    +5: the person who asked upvoted your reply to their question.

Limits against gaming, applied in time order:

- self-votes earn nothing (the community refuses them; they are skipped here too), nor do
  votes by deactivated accounts or on retracted replies;
- vote rings: what one person gives another is capped per day and per week (PAIR_DAILY_CAP,
  PAIR_WEEKLY_CAP), whoever votes for whom, so two accounts upvoting each other all day gain
  little; accepted answers count towards the same pair budget;
- bursts: a member earns at most DAILY_CAP points a day from votes (accepted answers are not
  capped: an asker chose them).

`recompute_reputation()` is idempotent: an event is identified by (member, kind, giver, thread,
reply); only differences are written, so running it twice writes nothing the second time.
"""

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Notification, NotificationKind, Reply, Thread, Vote
from openline.people.models import Reputation, ReputationEvent, ReputationKind, ReputationLimit

DEFAULTS = {
    "ANSWER_ACCEPTED": 15,
    "REPLY_UPVOTED": 10,
    "THREAD_UPVOTED": 5,
    "HELPFUL_REPLY": 5,
    "PAIR_DAILY_CAP": 30,
    "PAIR_WEEKLY_CAP": 60,
    "DAILY_CAP": 200,
}
BATCH = 5000

Key = tuple[int, str, int | None, int, int | None]  # user, kind, giver, thread, reply


def rules() -> dict[str, int]:
    return {**DEFAULTS, **settings.OPENLINE.get("REPUTATION", {})}


@dataclass
class Source:
    """One thing that may earn points, before limits."""

    when: datetime
    user_id: int
    kind: str
    giver_id: int | None
    thread_id: int
    reply_id: int | None

    @property
    def key(self) -> Key:
        return (self.user_id, self.kind, self.giver_id, self.thread_id, self.reply_id)


def _vote_sources() -> Iterable[Source]:
    inactive = set(User.objects.filter(is_active=False).values_list("pk", flat=True))
    retracted = set(Reply.objects.filter(retracted_at__isnull=False).values_list("pk", flat=True))
    rows = Vote.objects.values_list(
        "user_id", "thread_id", "reply_id", "created_at", "thread__author_id", "reply__author_id"
    ).iterator(chunk_size=BATCH)
    for voter, thread_id, reply_id, when, thread_author, reply_author in rows:
        if voter in inactive:
            continue
        if reply_id is None:
            if voter != thread_author:
                yield Source(when, thread_author, ReputationKind.THREAD_UPVOTED, voter,
                             thread_id, None)  # fmt: skip
            continue
        if voter == reply_author or reply_id in retracted:
            continue
        yield Source(when, reply_author, ReputationKind.REPLY_UPVOTED, voter, thread_id, reply_id)
        if voter == thread_author:
            yield Source(when, reply_author, ReputationKind.HELPFUL_REPLY, voter, thread_id,
                         reply_id)  # fmt: skip


def _accepted_sources() -> Iterable[Source]:
    """When an answer was accepted is the time of the notification its author got; a reply
    accepted without one (seeded, or by its own author on staff's behalf) counts from when it
    was written."""
    accepted_at = dict(
        Notification.objects.filter(kind=NotificationKind.ACCEPTED, reply__isnull=False)
        .values_list("reply_id", "created_at")
        .order_by("created_at")
    )
    rows = Thread.objects.filter(accepted_reply__isnull=False).values_list(
        "pk", "author_id", "accepted_reply_id", "accepted_reply__author_id",
        "accepted_reply__created_at",
    )  # fmt: skip
    for thread_id, asker, reply_id, answerer, written in rows:
        if asker == answerer:
            continue
        when = accepted_at.get(reply_id, written)
        yield Source(when, answerer, ReputationKind.ANSWER_ACCEPTED, asker, thread_id, reply_id)


WORTH = {
    ReputationKind.ANSWER_ACCEPTED: "ANSWER_ACCEPTED",
    ReputationKind.REPLY_UPVOTED: "REPLY_UPVOTED",
    ReputationKind.THREAD_UPVOTED: "THREAD_UPVOTED",
    ReputationKind.HELPFUL_REPLY: "HELPFUL_REPLY",
}


def score(sources: Iterable[Source]) -> dict[Key, tuple[Source, int, int, str]]:
    """Applies the limits in time order: {key: (source, points, worth, limited_by)}."""
    r = rules()
    pair_day: dict[tuple, int] = defaultdict(int)
    pair_week: dict[tuple, int] = defaultdict(int)
    day_total: dict[tuple, int] = defaultdict(int)
    ordered = sorted(
        sources, key=lambda s: (s.when, s.thread_id, s.reply_id or 0, s.kind, s.giver_id or 0)
    )
    result = {}
    for s in ordered:
        worth = r[WORTH[ReputationKind(s.kind)]]
        day = s.when.date()
        week = day.isocalendar()[:2]
        budgets = []
        if s.giver_id is not None:
            pair = (s.giver_id, s.user_id)
            budgets.append((ReputationLimit.PAIR_DAY, pair_day, (*pair, day), r["PAIR_DAILY_CAP"]))
            budgets.append(
                (ReputationLimit.PAIR_WEEK, pair_week, (*pair, week), r["PAIR_WEEKLY_CAP"])
            )
        if s.kind != ReputationKind.ANSWER_ACCEPTED:
            budgets.append((ReputationLimit.DAY, day_total, (s.user_id, day), r["DAILY_CAP"]))
        points, limited_by = worth, ReputationLimit.NONE
        for limit, spent, key, cap in budgets:
            left = max(0, cap - spent[key])
            if left < points:
                points, limited_by = left, limit
        for _, spent, key, _ in budgets:
            spent[key] += points
        result[s.key] = (s, points, worth, limited_by.value)
    return result


def _chunks(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def recompute_reputation() -> dict[str, float]:
    """Rebuilds every member's reputation events and totals from the community's votes and
    accepted answers; writes only what changed. Returns counts and timings."""
    started = time.perf_counter()
    wanted = score([*_vote_sources(), *_accepted_sources()])
    measured = time.perf_counter()
    existing = {
        (user, kind, giver, thread, reply): (pk, points, worth, limited)
        for pk, user, kind, giver, thread, reply, points, worth, limited in (
            ReputationEvent.objects.values_list(
                "pk", "user_id", "kind", "giver_id", "thread_id", "reply_id", "points", "worth",
                "limited_by",
            ).iterator(chunk_size=BATCH)
        )
    }  # fmt: skip
    stale = [row[0] for key, row in existing.items() if key not in wanted]
    new, changed = [], []
    for key, (s, points, worth, limited_by) in wanted.items():
        row = existing.get(key)
        if row is None:
            new.append(ReputationEvent(
                user_id=s.user_id, kind=s.kind, points=points, worth=worth, limited_by=limited_by,
                giver_id=s.giver_id, thread_id=s.thread_id, reply_id=s.reply_id, created_at=s.when,
            ))  # fmt: skip
        elif row[1:] != (points, worth, limited_by):
            changed.append(ReputationEvent(pk=row[0], points=points, worth=worth,
                                           limited_by=limited_by))  # fmt: skip
    totals: dict[int, int] = defaultdict(int)
    for s, points, _, _ in wanted.values():
        totals[s.user_id] += points
    with transaction.atomic():
        for chunk in _chunks(stale):
            ReputationEvent.objects.filter(pk__in=chunk).delete()
        ReputationEvent.objects.bulk_create(new, batch_size=BATCH)
        ReputationEvent.objects.bulk_update(
            changed, ["points", "worth", "limited_by"], batch_size=BATCH
        )
        written_totals = _store_totals(totals)
    return {
        "events": len(wanted),
        "created": len(new),
        "updated": len(changed),
        "deleted": len(stale),
        "totals_written": written_totals,
        "measure_seconds": round(measured - started, 2),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _store_totals(totals: dict[int, int]) -> int:
    now = timezone.now()
    current = dict(Reputation.objects.values_list("user_id", "points"))
    gone = [user for user in current if user not in totals]
    rows = [
        Reputation(user_id=user, points=points, updated_at=now)
        for user, points in totals.items()
        if current.get(user) != points
    ]
    for chunk in _chunks(gone):
        Reputation.objects.filter(user_id__in=chunk).delete()
    Reputation.objects.bulk_create(
        rows, batch_size=BATCH, update_conflicts=True, unique_fields=["user"],
        update_fields=["points", "updated_at"],
    )  # fmt: skip
    return len(rows) + len(gone)
