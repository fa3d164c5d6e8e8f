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

`changes()` measures and compares with what is stored; `actions.recompute_reputation()` writes
the differences. An event is identified by (member, kind, giver, thread, reply), so a second
run writes nothing.
"""

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from django.conf import settings

from openline.accounts.models import User
from openline.community.models import Reply, Thread, Vote
from openline.notifications.models import Kind, Notification
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
PAIR_DAY = ReputationLimit.PAIR_DAY.value
PAIR_WEEK = ReputationLimit.PAIR_WEEK.value
DAY = ReputationLimit.DAY.value
EVENT_FIELDS = ("user", "kind", "points", "worth", "limited_by", "giver_id", "thread_id",
                "reply_id", "created_at")  # fmt: skip

Key = tuple[int, str, int | None, int, int | None]  # user, kind, giver, thread, reply


def rules() -> dict[str, int]:
    return {**DEFAULTS, **settings.OPENLINE.get("REPUTATION", {})}


ACCEPTED = ReputationKind.ANSWER_ACCEPTED.value
REPLY_UPVOTED = ReputationKind.REPLY_UPVOTED.value
THREAD_UPVOTED = ReputationKind.THREAD_UPVOTED.value
HELPFUL = ReputationKind.HELPFUL_REPLY.value


class Source(NamedTuple):
    """One thing that may earn points, before limits. The first fields order the limits: by
    time (a number: comparing aware datetimes a million times is slow), then a fixed
    tie-break, so a recompute is deterministic."""

    at: float
    thread_id: int
    reply_order: int  # reply id, or 0 for the thread itself
    kind: str
    giver_order: int  # giver id, or 0
    user_id: int
    giver_id: int | None
    reply_id: int | None
    when: datetime

    @property
    def key(self) -> Key:
        return (self.user_id, self.kind, self.giver_id, self.thread_id, self.reply_id)


def _source(
    when: datetime,
    user_id: int,
    kind: str,
    giver_id: int | None,
    thread_id: int,
    reply_id: int | None,
) -> Source:
    return Source(when.timestamp(), thread_id, reply_id or 0, kind, giver_id or 0, user_id,
                  giver_id, reply_id, when)  # fmt: skip


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
                yield _source(when, thread_author, THREAD_UPVOTED, voter, thread_id, None)
            continue
        if voter == reply_author or reply_id in retracted:
            continue
        yield _source(when, reply_author, REPLY_UPVOTED, voter, thread_id, reply_id)
        if voter == thread_author:
            yield _source(when, reply_author, HELPFUL, voter, thread_id, reply_id)


def _accepted_sources() -> Iterable[Source]:
    """When an answer was accepted is the time of the notification its author got; a reply
    accepted without one (seeded, or by its own author on staff's behalf) counts from when it
    was written."""
    accepted_at = dict(
        Notification.objects.filter(kind=Kind.COMMUNITY_ACCEPTED, detail_id__isnull=False)
        .values_list("detail_id", "created_at")
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
        yield _source(when, answerer, ACCEPTED, asker, thread_id, reply_id)


def score(sources: Iterable[Source]) -> dict[Key, tuple[Source, int, int, str]]:
    """Applies the limits in time order: {key: (source, points, worth, limited_by)}."""
    r = rules()
    worth_of = {ACCEPTED: r["ANSWER_ACCEPTED"], REPLY_UPVOTED: r["REPLY_UPVOTED"],
                THREAD_UPVOTED: r["THREAD_UPVOTED"], HELPFUL: r["HELPFUL_REPLY"]}  # fmt: skip
    pair_day_cap, pair_week_cap, day_cap = r["PAIR_DAILY_CAP"], r["PAIR_WEEKLY_CAP"], r["DAILY_CAP"]
    pair_day: dict[tuple[Any, ...], int] = {}
    pair_week: dict[tuple[Any, ...], int] = {}
    day_total: dict[tuple[Any, ...], int] = {}
    weeks: dict[date, tuple[int, ...]] = {}
    result = {}
    # A million events a run: plain tuples and local names, no attribute lookups in the loop.
    for source in sorted(sources):
        _, thread_id, _, kind, _, user_id, giver_id, reply_id, when = source
        worth = points = worth_of[kind]
        limited_by = ""
        day = when.date()
        if giver_id is not None:
            week = weeks.get(day) or weeks.setdefault(day, day.isocalendar()[:2])
            day_key, week_key = (giver_id, user_id, day), (giver_id, user_id, week)
            spent_day, spent_week = pair_day.get(day_key, 0), pair_week.get(week_key, 0)
            if pair_day_cap - spent_day < points:
                points, limited_by = max(0, pair_day_cap - spent_day), PAIR_DAY
            if pair_week_cap - spent_week < points:
                points, limited_by = max(0, pair_week_cap - spent_week), PAIR_WEEK
            pair_day[day_key] = spent_day + points
            pair_week[week_key] = spent_week + points
        if kind != ACCEPTED:
            total_key = (user_id, day)
            spent = day_total.get(total_key, 0)
            if day_cap - spent < points:
                points, limited_by = max(0, day_cap - spent), DAY
                if giver_id is not None:  # the pair budgets spent only what was earned
                    pair_day[day_key] = spent_day + points
                    pair_week[week_key] = spent_week + points
            day_total[total_key] = spent + points
        result[(user_id, kind, giver_id, thread_id, reply_id)] = (source, points, worth, limited_by)
    return result


@dataclass
class Changes:
    """What a recompute must write to bring the stored events and totals in line."""

    events: int  # events wanted in all
    new: list[tuple[Any, ...]]  # rows in the order of EVENT_FIELDS, sorted as the index
    changed: list[tuple[Any, ...]]  # (points, worth, limited_by, id)
    stale: list[int]  # ids of events no longer earned
    totals: list[tuple[Any, ...]]  # (user, points, updated_at) of changed totals
    gone: list[int]  # users with no points any more
    measure_seconds: float


def changes(now: datetime) -> Changes:
    """Measures every member's events and totals and compares them with the stored ones."""
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
            new.append((s.user_id, s.kind, points, worth, limited_by, s.giver_id, s.thread_id,
                        s.reply_id, s.when))  # fmt: skip
        elif row[1:] != (points, worth, limited_by):
            changed.append((points, worth, limited_by, row[0]))
    # In index order, which makes a first run's million rows twice as fast to insert.
    new.sort(key=lambda row: (row[0], row[8]))
    totals: dict[int, int] = defaultdict(int)
    for s, points, _, _ in wanted.values():
        totals[s.user_id] += points
    current = dict(Reputation.objects.values_list("user_id", "points"))
    gone = [user for user in current if user not in totals]
    rows = [(user, points, now) for user, points in totals.items() if current.get(user) != points]
    return Changes(len(wanted), new, changed, stale, rows, gone, round(measured - started, 2))
