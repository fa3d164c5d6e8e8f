"""Trust levels, measured: each member's figures over the windows the criteria use (all time,
and the rolling window of levels 3 and 4), then the level they give (people.trust), stored in
people.TrustLevel with the figures by `actions.recompute_trust_levels`. Only rows that change
are written."""

import functools
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, F, Q, QuerySet

from openline.community.models import ANSWERABLE_KINDS, Reply, Thread, Vote
from openline.people import trust
from openline.people.models import ThreadRead, TrustLevel, Visit

BATCH = 5000
TRUST_FIELDS = ("user", "level", "computed_level", "promoted_at", "stats", "updated_at")


def _count(stats: dict[int, dict[str, int]], name: str, rows: QuerySet[Any, Any]) -> None:
    for user_id, n in rows.values_list("who", "n"):
        if user_id is not None and n:
            stats[user_id][name] = n


def measure(now: datetime) -> dict[int, dict[str, int]]:
    """{user id: {figure: count}} for every member with anything to count. Windowed figures
    are named like `replies_100d` (see people.trust.stats_key)."""
    stats: dict[int, dict[str, int]] = defaultdict(dict)
    for window in trust.windows():
        since = now - timedelta(days=window) if window else None
        day = Q(day__gte=since.date()) if since else Q()
        at = Q(created_at__gte=since) if since else Q()
        key = functools.partial(trust.stats_key, window_days=window)
        _count(
            stats,
            key("days_visited"),
            Visit.objects.filter(day).values(who=F("user_id")).annotate(n=Count("id")),
        )
        _count(
            stats,
            key("posts_read"),
            ThreadRead.objects.filter(day)
            .values(who=F("user_id"))
            .annotate(n=Count("thread_id", distinct=True)),
        )
        _count(
            stats,
            key("replies"),
            Reply.objects.filter(at, retracted_at__isnull=True)
            .values(who=F("author_id"))
            .annotate(n=Count("id")),
        )
        accepted = Q(accepted_reply__created_at__gte=since) if since else Q()
        _count(
            stats,
            key("accepted_answers"),
            Thread.objects.filter(accepted, accepted_reply__isnull=False)
            .exclude(author_id=F("accepted_reply__author_id"))
            .values(who=F("accepted_reply__author_id"))
            .annotate(n=Count("id")),
        )
        retracted = Q(retracted_at__gte=since) if since else Q(retracted_at__isnull=False)
        _count(stats, key("flags_against"),
               Reply.objects.filter(retracted, retracted_by__isnull=False)
               .exclude(retracted_by_id=F("author_id")).values(who=F("author_id"))
               .annotate(n=Count("id")))  # fmt: skip
    # All-time figures for badges and candidates.
    _count(
        stats,
        "answers",
        Reply.objects.filter(retracted_at__isnull=True, thread__kind__in=ANSWERABLE_KINDS)
        .exclude(author_id=F("thread__author_id"))
        .values(who=F("author_id"))
        .annotate(n=Count("id")),
    )
    _count(stats, "upvotes_received",
           Vote.objects.filter(reply__isnull=False).exclude(user_id=F("reply__author_id"))
           .values(who=F("reply__author_id")).annotate(n=Count("id")))  # fmt: skip
    return stats


@dataclass
class Changes:
    """The TrustLevel rows a recompute must write (in the order of TRUST_FIELDS)."""

    rows: list[tuple[Any, ...]]
    members_measured: int
    promoted: int
    demoted: int
    measure_seconds: float


def changes(now: datetime) -> Changes:
    """Measures every member and decides the level that applies (pins and grace periods
    respected); only rows that differ from the stored ones are returned."""
    started = time.perf_counter()
    stats = measure(now)
    measured = time.perf_counter()
    existing = {
        row[0]: row[1:]
        for row in TrustLevel.objects.values_list(
            "user_id", "level", "computed_level", "pinned_level", "promoted_at", "stats"
        ).iterator(chunk_size=BATCH)
    }
    rows, promoted, demoted = [], 0, 0
    for user_id in stats.keys() | existing.keys():
        figures = stats.get(user_id, {})
        level, computed_before, pinned, promoted_at, stats_before = existing.get(
            user_id, (0, 0, None, None, {})
        )
        computed = trust.computed_level(figures)
        decision = trust.decide(
            current=level, computed=computed, pinned=pinned, promoted_at=promoted_at, now=now
        )
        if (decision.level, computed, decision.promoted_at, figures) == (
            level, computed_before, promoted_at, stats_before
        ):  # fmt: skip
            continue
        promoted += decision.level > level
        demoted += decision.level < level
        rows.append((user_id, decision.level, computed, decision.promoted_at, figures, now))
    return Changes(rows, len(stats), promoted, demoted, round(measured - started, 2))
