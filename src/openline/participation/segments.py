"""Participation segments (1-9-90), from real activity including reads.

Over a rolling window (default 90 days) every community member (staff excluded: they answer
for the company) is one of:

- creator: started a thread, or answered someone else's question or problem (accepted or not);
- responder: otherwise replied (in discussions, ideas, their own threads) or voted;
- reader: otherwise read a thread or visited while signed in;
- inactive: did none of these (not part of the 1-9-90 shares, counted beside them).

Each activity table is read once for the whole span, as distinct (member, day) pairs; windows
(the current one, the one before it for transitions, one ending each past week for the trend)
are then cut from that in memory. `actions.recompute_segments` stores each member's segment and
the day's snapshot.
"""

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import F, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from openline.accounts.models import STAFF_ROLES, User
from openline.community.models import ANSWERABLE_KINDS, Reply, Thread, Vote
from openline.people.models import Segment, ThreadRead, Visit

DEFAULT_DAYS = 90
TREND_WEEKS = 12
REFERENCE = {Segment.CREATOR: 0.01, Segment.RESPONDER: 0.09, Segment.READER: 0.90}
ACTIVE = (Segment.CREATOR, Segment.RESPONDER, Segment.READER)
ORDER = (*ACTIVE, Segment.INACTIVE)
BATCH = 5000


def _members(end: datetime) -> dict[int, datetime]:
    """Community members (active accounts, not staff) who had joined by `end`: id -> joined."""
    return dict(
        User.objects.filter(is_active=True, date_joined__lt=end)
        .exclude(role__in=STAFF_ROLES)
        .values_list("pk", "date_joined")
    )


class ActivityIndex:
    """For each member and kind of activity (creating, responding, reading), the sorted day
    offsets (0 = the day before `end`) on which they did it, within `span_days` of `end`."""

    def __init__(self, end: datetime, span_days: int) -> None:
        self.end = end
        self.last_day: date = (end - timedelta(microseconds=1)).date()
        self.span_days = span_days
        self.days: dict[str, dict[int, list[int]]] = {kind: defaultdict(list) for kind in ACTIVE}
        start = end - timedelta(days=span_days)
        window = {"created_at__gte": start, "created_at__lt": end}
        answers = Reply.objects.filter(
            **window, retracted_at__isnull=True, thread__kind__in=ANSWERABLE_KINDS
        ).exclude(author_id=F("thread__author_id"))
        self._add(Segment.CREATOR, Thread.objects.filter(**window), "author_id")
        self._add(Segment.CREATOR, answers, "author_id")
        self._add(Segment.RESPONDER, Reply.objects.filter(**window), "author_id")
        self._add(Segment.RESPONDER, Vote.objects.filter(**window), "user_id")
        read_days = {"day__gte": start.date(), "day__lte": self.last_day}
        self._add(Segment.READER, ThreadRead.objects.filter(**read_days), "user_id", "day")
        self._add(Segment.READER, Visit.objects.filter(**read_days), "user_id", "day")
        for per_user in self.days.values():
            for user_id, offsets in per_user.items():
                per_user[user_id] = sorted(set(offsets))

    def _add(self, kind: str, rows: QuerySet[Any, Any], who: str, day: str | None = None) -> None:
        if day is None:
            rows = rows.annotate(activity_day=TruncDate("created_at"))
            day = "activity_day"
        per_user = self.days[kind]
        for user_id, when in rows.values_list(who, day).distinct().iterator(chunk_size=BATCH):
            per_user[user_id].append((self.last_day - when).days)

    def _did(self, kind: str, user_id: int, first: int, days: int) -> bool:
        offsets = self.days[kind].get(user_id)
        if not offsets:
            return False
        i = bisect_left(offsets, first)
        return i < len(offsets) and offsets[i] < first + days

    def segment_at(self, user_id: int, *, first: int, days: int) -> str:
        for kind in ACTIVE:
            if self._did(kind, user_id, first, days):
                return kind
        return Segment.INACTIVE


@dataclass
class Figures:
    days: int
    start: datetime
    end: datetime
    counts: dict[str, int]

    @property
    def participants(self) -> int:
        return sum(self.counts[s] for s in ACTIVE)

    @property
    def members(self) -> int:
        return self.participants + self.counts[Segment.INACTIVE]

    @property
    def shares(self) -> dict[str, float]:
        """Shares of the participants (members who did at least read), as in 1-9-90."""
        total = self.participants
        return {s: round(self.counts[s] / total, 4) if total else 0.0 for s in ACTIVE}

    def as_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "members": self.members,
            "participants": self.participants,
            "counts": {s: self.counts[s] for s in ORDER},
            "shares": {str(s): v for s, v in self.shares.items()},
            "reference": {str(s): v for s, v in REFERENCE.items()},
        }


def _count(index: ActivityIndex, members: list[int], *, first: int, days: int) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(ORDER, 0)
    for user_id in members:
        counts[index.segment_at(user_id, first=first, days=days)] += 1
    return counts


def participation(days: int = DEFAULT_DAYS, *, end: datetime | None = None) -> Figures:
    """The segment counts over the `days` before `end` (now)."""
    end = end or timezone.now()
    index = ActivityIndex(end, days)
    counts = _count(index, list(_members(end)), first=0, days=days)
    return Figures(days, end - timedelta(days=days), end, counts)


@dataclass
class Report:
    current: Figures
    previous: Figures
    trend: list[Figures]
    transitions: dict[str, dict[str, int]]  # previous window's segment (or "new") -> now -> n
    assignments: dict[int, str]


def report(
    days: int = DEFAULT_DAYS, *, end: datetime | None = None, weeks: int = TREND_WEEKS
) -> Report:
    """The current window, the one before it, a window ending each of the last `weeks` weeks,
    and how members moved from the previous window to the current one."""
    end = end or timezone.now()
    index = ActivityIndex(end, max(2 * days, days + 7 * (weeks - 1)))
    members = _members(end)
    assignments = {m: index.segment_at(m, first=0, days=days) for m in members}
    current = Figures(days, end - timedelta(days=days), end, dict.fromkeys(ORDER, 0))
    for segment in assignments.values():
        current.counts[segment] += 1
    prev_end = end - timedelta(days=days)
    previous = Figures(days, prev_end - timedelta(days=days), prev_end, dict.fromkeys(ORDER, 0))
    transitions = {str(f): dict.fromkeys(map(str, ORDER), 0) for f in (*ORDER, "new")}
    for user_id, now_segment in assignments.items():
        if members[user_id] >= prev_end:
            transitions["new"][now_segment] += 1
            continue
        before = index.segment_at(user_id, first=days, days=days)
        previous.counts[before] += 1
        transitions[before][now_segment] += 1
    trend = []
    for back in range(weeks - 1, -1, -1):
        week_end = end - timedelta(weeks=back)
        then = [m for m, joined in members.items() if joined < week_end]
        counts = _count(index, then, first=7 * back, days=days)
        trend.append(Figures(days, week_end - timedelta(days=days), week_end, counts))
    return Report(current, previous, trend, transitions, assignments)
