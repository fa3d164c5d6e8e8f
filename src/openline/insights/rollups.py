"""The day rollups behind the service dashboards and the public promise, kept by the worker.

Each run reads, per source, one aggregate row per UTC day (a fingerprint: how many rows, the
sum of their ids, of their versions, assignees and so on, computed by the database in one
GROUP BY) and recomputes only the company days that overlap a UTC day whose fingerprint
changed since the rollup was written: a conversation that came in, was
answered, solved, reopened, reassigned, moved or deleted changes its day's fingerprint. A
change of an SLA policy (its target, hours or time zone) rebuilds every day, and once a day
the whole history is rebuilt, so that nothing a fingerprint could miss outlives a day.

Days are the company's days: the time zone of the default SLA policy (else TIME_ZONE)."""

import contextlib
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Case, Count, DateField, F, Func, Q, Sum, Value, When
from django.db.models.functions import TruncDate
from django.utils import timezone

from openline.accounts.models import STAFF_ROLES, Role
from openline.community.models import ANSWERABLE_KINDS, Reply, Thread
from openline.core import counters, db
from openline.feedback.selectors import ItemFilters, labelled_items
from openline.inbox import sla
from openline.inbox.models import Conversation, ConversationStatus, SlaPolicy
from openline.language.models import TextLabel
from openline.language.voice import INTENTS, SENTIMENTS

from .models import (
    CommunityDay,
    FeedbackDay,
    RollupFingerprint,
    ServiceAgentDay,
    ServiceAgentWeek,
    ServiceDay,
    ServiceWeek,
    VoiceDay,
)

SERVICE, COMMUNITY, VOICE, POLICIES = "service", "community", "voice", "policies"
FEEDBACK = "feedback"
ROLLUP_COUNTER = "insights.rollups"  # bumped when a run changed a rollup: the promise page key
_POLICY_DAY = date(1970, 1, 1)


def company_zone() -> ZoneInfo:
    policy = SlaPolicy.objects.filter(is_default=True).order_by("pk").first()
    if policy is not None:
        with contextlib.suppress(ValidationError):  # a zone saved outside the admin
            return sla.parse_zone(policy.time_zone)
    return ZoneInfo(settings.TIME_ZONE)


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants a company day starts and ends."""
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def _minutes(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 60, 2)


def _calendars() -> dict[int, tuple[sla.Calendar, int]]:
    found = {}
    for policy in SlaPolicy.objects.all():
        try:
            found[policy.pk] = (policy.calendar, policy.first_response_minutes)
        except ValidationError:
            continue
    return found


def _policies_fingerprint(zone: ZoneInfo) -> str:
    rows = SlaPolicy.objects.order_by("pk").values_list(
        "pk", "first_response_minutes", "time_zone", "business_hours"
    )
    return _hash([str(zone), *map(repr, rows)])


def _hash(parts: Iterable[object]) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:40]


# --- the sources ------------------------------------------------------------------------------


def _utc_day(column: str) -> str:
    """The UTC date of a timestamp column as YYYY-MM-DD, computed by the database itself."""
    if db.is_sqlite():  # stored as "YYYY-MM-DD HH:MM:SS" in UTC
        return f"substr({column}, 1, 10)"
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def _fingerprints(
    table: str, aggregates: str, since: date | None, where: str = "1 = 1"
) -> dict[date, str]:
    params: list[Any] = []
    if since is not None:  # through the created_at index
        where += " AND created_at >= %s"
        start = datetime.combine(since, time(0), tzinfo=UTC)
        params.append(connection.ops.adapt_datetimefield_value(start))
    sql = (
        f"SELECT {_utc_day('created_at')} AS d, {aggregates} FROM {table} "  # noqa: S608 - constant names
        f"WHERE {where} GROUP BY d"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {date.fromisoformat(row[0]): _hash(row[1:]) for row in cursor.fetchall()}


def _service_fingerprints(since: date | None) -> dict[date, str]:
    return _fingerprints(
        Conversation._meta.db_table,
        "COUNT(*), SUM(id), SUM(account_id), SUM(COALESCE(assignee_id, 0)), "
        "SUM(COALESCE(thread_id, 0)), SUM(COALESCE(sla_policy_id, 0)), SUM(reopen_count), "
        "COUNT(first_response_at), MAX(first_response_at), "
        f"SUM(CASE WHEN status = '{ConversationStatus.SOLVED}' THEN 1 ELSE 0 END), "
        "COUNT(solved_at), MAX(solved_at), MAX(response_due_at), MAX(last_inbound_at)",
        since,
    )


def _community_fingerprints(since: date | None) -> dict[date, str]:
    kinds = ", ".join(f"'{kind}'" for kind in sorted(ANSWERABLE_KINDS))
    return _fingerprints(
        Thread._meta.db_table,
        # version: bumped by every change to the thread's public page (replies, answers)
        "COUNT(*), SUM(id), SUM(version), SUM(space_id), SUM(reply_count), "
        "SUM(COALESCE(accepted_reply_id, 0)), SUM(COALESCE(duplicate_of_id, 0))",
        since,
        f"kind IN ({kinds})",
    )


def _voice_fingerprints(since: date | None) -> dict[date, str]:
    return _fingerprints(
        TextLabel._meta.db_table,
        "COUNT(*), SUM(id), COUNT(corrected_at), MAX(corrected_at), MAX(text_hash)",
        since,
    )


def _voice_rows(day: date, zone: ZoneInfo, calendars: dict) -> dict[type, list[Any]]:
    start, end = day_bounds(day, zone)
    found: Counter[tuple[str, str]] = Counter()
    rows = TextLabel.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
        "intent", "corrected_intent", "sentiment", "corrected_sentiment"
    )
    for intent, corrected_intent, sentiment, corrected_sentiment in rows:
        found[(corrected_intent or intent, corrected_sentiment or sentiment)] += 1
    return {VoiceDay: [VoiceDay(day=day, intent=i, sentiment=s, count=n)
                       for (i, s), n in found.items()]}  # fmt: skip


# The product-feedback page's cells: one per reading intent and sentiment, in this order.
FEEDBACK_CELLS = [(i, s) for i in INTENTS for s in SENTIMENTS]
_CELL = {cell: n for n, cell in enumerate(FEEDBACK_CELLS)}
COUNTS, SCORES = np.dtype("<i8"), np.dtype("<f8")


def feedback_fingerprints(
    zone: ZoneInfo, since: date | None = None, until: date | None = None
) -> dict[date, str]:
    """Per UTC day of `written_at`, what the product-feedback rollups depend on: which labels
    there are (count, sum of ids), when the last of them changed (`changed_at`: read, re-read,
    corrected or uncorrected, placed; a change is always the latest of its day) — from the
    index on (written_at, changed_at) alone — and which of them are deleted threads. Read by
    the worker and by the page itself (the days changed since the worker's last run are
    computed live), over whole UTC days, so both agree."""
    label, thread = TextLabel._meta.db_table, Thread._meta.db_table
    where, params = "l.written_at IS NOT NULL", []
    if since is not None:
        where += " AND l.written_at >= %s"
        start = datetime.combine(since, time(0), tzinfo=UTC)
        params.append(connection.ops.adapt_datetimefield_value(start))
    if until is not None:
        where += " AND l.written_at < %s"
        end = datetime.combine(until + timedelta(days=1), time(0), tzinfo=UTC)
        params.append(connection.ops.adapt_datetimefield_value(end))
    day = _utc_day("l.written_at")
    labels = (
        f"SELECT {day} AS d, COUNT(*), SUM(l.id), MAX(l.changed_at) "  # noqa: S608 - constant names
        f"FROM {label} l WHERE {where} GROUP BY d"
    )
    # Deleted threads are no feedback; a thread's deletion does not touch its label.
    deleted = (
        f"SELECT {day} AS d, COUNT(*), SUM(l.id) FROM {thread} t "  # noqa: S608 - constant names
        f"JOIN {label} l ON l.kind = 'thread' AND l.object_id = t.id "
        f"WHERE t.deleted_at IS NOT NULL AND {where} GROUP BY d"
    )
    found: dict[date, list[object]] = {}
    with connection.cursor() as cursor:
        for sql in (labels, deleted):
            cursor.execute(sql, params)
            for row in cursor.fetchall():
                found.setdefault(date.fromisoformat(row[0]), [str(zone)]).extend(row)
    return {day: _hash(parts) for day, parts in found.items()}


def _feedback_fingerprints(since: date | None) -> dict[date, str]:
    return feedback_fingerprints(company_zone(), since)


def local_day(start: datetime, end: datetime, zone: tzinfo) -> Any:
    """The company day of `written_at`. On SQLite, Django's TruncDate with a time zone calls
    Python once per row (85 % of the page at 50,000 items); the zone's offset is constant
    between its transitions, so the day is SQLite's own date() with the offset of each piece,
    found here hour by hour over the range. PostgreSQL converts natively."""
    if connection.vendor != "sqlite":
        return TruncDate("written_at", tzinfo=zone)

    def offset(moment: datetime) -> str:
        seconds = int((moment.astimezone(zone).utcoffset() or timedelta()).total_seconds())
        return f"{seconds:+d} seconds"

    pieces: list[tuple[datetime, str]] = []  # (until, offset before it)
    current, moment = offset(start), start
    while moment < end:
        moment += timedelta(hours=1)
        if (now := offset(moment)) != current:
            pieces.append((moment, current))
            current = now

    def day(shift: str) -> Func:
        return Func(F("written_at"), Value(shift), function="date", output_field=DateField())

    if not pieces:
        return day(current)
    whens = [When(written_at__lt=until, then=day(shift)) for until, shift in pieces]
    return Case(*whens, default=day(current), output_field=DateField())


def feedback_cells(
    spans: Sequence[tuple[datetime, datetime]],
    zone: ZoneInfo,
    *,
    area: str | None = None,
    channel: str | None = None,
) -> dict[tuple[date, str, str], tuple[np.ndarray, np.ndarray]]:
    """Per (company day, product area, channel) the counts and score sums of each cell, read
    live from the labels written in these spans of time (one query)."""
    if not spans:
        return {}
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    within = Q()
    for start, end in spans:
        within |= Q(written_at__gte=start, written_at__lt=end)
    rows = (
        labelled_items(ItemFilters(first, last, area, channel))
        .filter(within)
        .annotate(day=local_day(first, last, zone))
        .values_list("day", "product_area", "channel", "reading_intent", "reading_sentiment")
        .annotate(n=Count("pk"), total=Sum("sentiment_score"))
        .order_by()
    )
    found: dict[tuple[date, str, str], tuple[np.ndarray, np.ndarray]] = {}
    for day, product_area, kind, intent, sentiment, n, total in rows:
        cell = _CELL.get((intent, sentiment))
        if cell is None:  # a reading the page does not chart
            continue
        counts, scores = found.setdefault(
            (day, product_area, kind),
            (np.zeros(len(FEEDBACK_CELLS), COUNTS), np.zeros(len(FEEDBACK_CELLS), SCORES)),
        )
        counts[cell] += n
        scores[cell] += total or 0.0
    return found


def _feedback_rows(day: date, zone: ZoneInfo, calendars: dict) -> dict[type, list[Any]]:
    cells = feedback_cells([day_bounds(day, zone)], zone)
    return {
        FeedbackDay: [
            FeedbackDay(day=day, product_area=area, channel=channel, counts=counts.tobytes(),
                        scores=scores.tobytes())
            for (_, area, channel), (counts, scores) in cells.items()
        ]
    }  # fmt: skip


def company_days(utc_day: date, zone: ZoneInfo) -> set[date]:
    """The company days a UTC day overlaps (two at most)."""
    start = datetime.combine(utc_day, time(0), tzinfo=UTC)
    last = start + timedelta(days=1, microseconds=-1)
    return {start.astimezone(zone).date(), last.astimezone(zone).date()}


def _service_rows(day: date, zone: ZoneInfo, calendars: dict) -> dict[type, list[Any]]:
    start, end = day_bounds(day, zone)
    fine: dict[tuple[int, int, int], dict[str, Any]] = {}
    rows = list(
        Conversation.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
            "account_id", "thread__space_id", "assignee_id", "sla_policy_id", "created_at",
            "first_response_at", "status", "solved_at", "reopen_count", "response_due_at",
            "thread_id", "thread__author_id",
        )
    )  # fmt: skip
    _, community_firsts = _first_answers({row[10]: row[11] for row in rows if row[10]})
    for (account, space, assignee, policy, created, answered, status, solved, reopens, due,
         thread, _) in rows:  # fmt: skip
        key = (account, space or 0, assignee or 0)
        row = fine.get(key)
        if row is None:
            row = fine[key] = _empty()
        calendar, target = calendars.get(policy, (sla.ALWAYS, None))
        row["conversations"] += 1
        # The asker's wait ends with the first answer from anyone: the team, or on a
        # community thread another member (the team's own clock is the first response below).
        by_member = community_firsts.get(thread) if thread else None
        first = min((t for t in (answered, by_member) if t is not None), default=None)
        if first is not None:
            row["first_answer_clock"].append(_minutes(created, first))
            row["first_by_community"] += first != answered
        if answered is not None:
            business = round(calendar.minutes_between(created, answered), 2)
            row["answered"] += 1
            row["first_response_business"].append(business)
            row["first_response_clock"].append(_minutes(created, answered))
            if target is not None:
                row["sla_answered"] += 1
                row["sla_met"] += business <= target
        elif target is not None and due is not None:
            row["unanswered_due"].append(due.timestamp())
        if status == ConversationStatus.SOLVED and solved is not None:
            row["solved"] += 1
            row["resolution_business"].append(round(calendar.minutes_between(created, solved), 2))
        if solved is not None or reopens:
            row["ever_solved"] += 1
            row["reopened"] += reopens > 0
    coarse: dict[tuple[int, int], dict[str, Any]] = {}
    for (account, space, _), row in fine.items():
        merged = coarse.setdefault((account, space), _empty())
        for name, value in row.items():
            merged[name] += value
    return {
        ServiceAgentDay: [
            ServiceAgentDay(day=day, account_id=a, space_id=s, assignee_id=who, **_stored(row))
            for (a, s, who), row in fine.items()
        ],
        ServiceDay: [
            ServiceDay(day=day, account_id=a, space_id=s, **_stored(row))
            for (a, s), row in coarse.items()
        ],
    }


_LISTS = ("first_response_business", "first_response_clock", "unanswered_due",
          "resolution_business", "first_answer_clock")  # fmt: skip
_COUNTS = ("conversations", "answered", "sla_answered", "sla_met", "solved", "ever_solved",
           "reopened", "first_by_community")  # fmt: skip


def _empty() -> dict[str, Any]:
    return {**dict.fromkeys(_COUNTS, 0), **{name: [] for name in _LISTS}}


def _stored(row: dict[str, Any]) -> dict[str, Any]:
    return {name: pack(value) if name in _LISTS else value for name, value in row.items()}


def pack(values: Sequence[float]) -> bytes:
    """A list of minutes (or epoch seconds) as packed little-endian doubles: the same values
    JSON held, read back by `unpack` without parsing (a year is 750,000 of them)."""
    return np.asarray(values, dtype=PACKED).tobytes()


def unpack(blob: bytes | memoryview | None) -> np.ndarray:
    return np.frombuffer(blob, dtype=PACKED) if blob else EMPTY


PACKED = np.dtype("<f8")
EMPTY = np.zeros(0, dtype=PACKED)


def _role_kind(role: str) -> str:
    if role in STAFF_ROLES:
        return "staff"
    return "superuser" if role == Role.SUPERUSER else "member"


def _first_answers(authors: dict[int, int]) -> tuple[dict[int, str], dict[int, datetime]]:
    """For threads (id: the asker's id): who gave the first answer (staff, superuser, member)
    and when the first answer by anyone not on the staff came. An answer is a reply by someone
    other than the asker, not retracted."""
    firsts: dict[int, str] = {}
    member_firsts: dict[int, datetime] = {}
    if not authors:
        return firsts, member_firsts
    replies = (
        Reply.objects.filter(thread_id__in=list(authors), retracted_at__isnull=True)
        .order_by("created_at", "id")
        .values_list("thread_id", "author_id", "author__role", "created_at")
    )
    # A duplicate merged into a question became a reply there by its own asker: a second
    # asking, not an answer.
    merged = set(
        Thread.objects.filter(
            duplicate_of_id__in=list(authors), merged_at__isnull=False
        ).values_list("duplicate_of_id", "author_id", "created_at")
    )
    for thread, author, role, created in replies:
        if author == authors[thread] or (thread, author, created) in merged:
            continue
        kind = _role_kind(role)
        firsts.setdefault(thread, kind)
        if kind != "staff":
            member_firsts.setdefault(thread, created)
    return firsts, member_firsts


def _community_rows(day: date, zone: ZoneInfo, calendars: dict) -> dict[type, list[Any]]:
    start, end = day_bounds(day, zone)
    threads = list(
        # A question marked as a duplicate is merged into the one where it is answered.
        Thread.objects.filter(
            kind__in=ANSWERABLE_KINDS,
            created_at__gte=start,
            created_at__lt=end,
            duplicate_of__isnull=True,
        ).values_list("pk", "space_id", "author_id", "created_at", "accepted_reply__author__role")
    )
    firsts, member_firsts = _first_answers({pk: author for pk, _, author, _, _ in threads})
    groups: dict[int, CommunityDay] = {}
    for pk, space, _, created, accepted_role in threads:
        row = groups.get(space)
        if row is None:
            row = groups[space] = CommunityDay(day=day, space_id=space, first_answer_clock=[])
        row.questions += 1
        first = firsts.get(pk)
        if first is not None:
            row.answered += 1
            row.first_by_staff += first == "staff"
            row.first_by_superuser += first == "superuser"
            row.first_by_member += first == "member"
        if pk in member_firsts:
            row.first_answer_clock.append(_minutes(created, member_firsts[pk]))
        if accepted_role is not None:
            row.accepted += 1
            row.accepted_by_staff += accepted_role in STAFF_ROLES
    return {CommunityDay: list(groups.values())}


SOURCES: dict[str, Any] = {
    SERVICE: ((ServiceDay, ServiceAgentDay), _service_fingerprints, _service_rows),
    COMMUNITY: ((CommunityDay,), _community_fingerprints, _community_rows),
    VOICE: ((VoiceDay,), _voice_fingerprints, _voice_rows),
    FEEDBACK: ((FeedbackDay,), _feedback_fingerprints, _feedback_rows),
}


# --- weeks: the day rows merged ---------------------------------------------------------------

WEEKS: dict[Any, Any] = {ServiceDay: ServiceWeek, ServiceAgentDay: ServiceAgentWeek}


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def merge_weeks(mondays: Iterable[date]) -> None:
    """Rewrites the week rows of these weeks from their day rows (as they are now): counts
    summed, packed lists joined. A week whose days have no rows left loses its rows."""
    for day_model, week_model in WEEKS.items():
        keys = [f for f in ("account_id", "space_id", "assignee_id") if _has(day_model, f)]
        for first in sorted(set(mondays)):
            rows = day_model.objects.filter(
                day__gte=first, day__lte=first + timedelta(days=6)
            ).values_list(*keys, *_COUNTS, *_LISTS)
            groups: dict[tuple, dict[str, Any]] = {}
            for row in rows:
                merged = groups.get(row[: len(keys)])
                if merged is None:
                    merged = groups[row[: len(keys)]] = _empty()
                values = row[len(keys) :]
                for name, value in zip(_COUNTS, values, strict=False):
                    merged[name] += value
                for name, blob in zip(_LISTS, values[len(_COUNTS) :], strict=True):
                    merged[name].append(blob)
            with transaction.atomic():
                week_model.objects.filter(day=first).delete()
                week_model.objects.bulk_create(
                    (
                        week_model(
                            day=first,
                            **dict(zip(keys, key, strict=True)),
                            **{n: b"".join(v) if n in _LISTS else v for n, v in row.items()},
                        )
                        for key, row in groups.items()
                    ),
                    batch_size=500,
                )


def _has(model: Any, name: str) -> bool:
    return any(f.name == name for f in model._meta.get_fields())


# --- the run ----------------------------------------------------------------------------------


def refresh(*, full: bool = False, recent_days: int | None = None) -> int:
    """Recomputes the company days whose UTC days changed (every day when `full`, or when an
    SLA policy changed); with `recent_days`, looks only at what came in over those last days
    (an index range, for the every-minute run). Returns how many company days it wrote."""
    zone = company_zone()
    policies = _policies_fingerprint(zone)
    stored_policies = RollupFingerprint.objects.filter(source=POLICIES).first()
    if stored_policies is None or stored_policies.fingerprint != policies:
        full = True
    calendars = _calendars()
    since = None
    if recent_days is not None and not full:
        since = (timezone.now() - timedelta(days=recent_days)).astimezone(UTC).date()
    written = 0
    for source, (models, fingerprints, compute) in SOURCES.items():
        current = fingerprints(since)
        kept = RollupFingerprint.objects.filter(source=source)
        if since is not None:
            kept = kept.filter(day__gte=since)
        stored = dict(kept.values_list("day", "fingerprint"))
        changed = {d for d, f in current.items() if full or stored.get(d) != f}
        changed |= stored.keys() - current.keys()
        days: set[date] = set()
        for utc_day in changed:
            days |= company_days(utc_day, zone)
        if full:  # and the days of another time zone's reckoning, gone from the history
            days |= set(models[0].objects.values_list("day", flat=True).distinct())
        for day in sorted(days):
            computed = compute(day, zone, calendars)
            with transaction.atomic():
                for model in models:
                    model.objects.filter(day=day).delete()
                    model.objects.bulk_create(computed[model], batch_size=500)
        if source == SERVICE:  # the weeks of every day written, from the day rows
            mondays = {monday(day) for day in days}
            if full:
                mondays |= set(ServiceWeek.objects.values_list("day", flat=True).distinct())
            merge_weeks(mondays)
        with transaction.atomic():
            RollupFingerprint.objects.filter(
                source=source, day__in=changed - current.keys()
            ).delete()
            for utc_day in sorted(changed & current.keys()):
                RollupFingerprint.objects.update_or_create(
                    source=source, day=utc_day, defaults={"fingerprint": current[utc_day]}
                )
        written += len(days)
    RollupFingerprint.objects.update_or_create(
        source=POLICIES, day=_POLICY_DAY, defaults={"fingerprint": policies}
    )
    if written:
        counters.bump(ROLLUP_COUNTER)
    return written


def rebuild() -> int:
    return refresh(full=True)


RECENT_DAYS = 35


def refresh_recent() -> int:
    return refresh(recent_days=RECENT_DAYS)


# --- reading lists back -----------------------------------------------------------------------


def median(values: Sequence[float] | np.ndarray) -> float | None:
    """The middle value (the mean of the two middle ones for an even count). A partial sort
    (NumPy's partition, linear time) finds them: a year of first responses is 100,000 values."""
    n = len(values)
    if not n:
        return None
    if n % 2:
        return float(np.partition(np.asarray(values, dtype=float), n // 2)[n // 2])
    part = np.partition(np.asarray(values, dtype=float), [n // 2 - 1, n // 2])
    return round((float(part[n // 2 - 1]) + float(part[n // 2])) / 2, 2)


def percentile(values: Sequence[float] | np.ndarray, share: float) -> float | None:
    """Nearest rank: the smallest value that at least `share` of the values do not exceed."""
    n = len(values)
    if not n:
        return None
    k = max(math.ceil(share * n) - 1, 0)
    return float(np.partition(np.asarray(values, dtype=float), k)[k])


def median_and_percentile(
    values: Sequence[float] | np.ndarray, share: float
) -> tuple[float | None, float | None]:
    """`median(values)` and `percentile(values, share)` from one partial sort."""
    n = len(values)
    if not n:
        return None, None
    low, high, k = (n - 1) // 2, n // 2, max(math.ceil(share * n) - 1, 0)
    part = np.partition(np.asarray(values, dtype=float), sorted({low, high, k}))
    middle = (
        float(part[low]) if low == high else round((float(part[low]) + float(part[high])) / 2, 2)
    )
    return middle, float(part[k])
