"""The product-feedback page's figures: per product area, volume and sentiment over time, top
complaints, top ideas by demand, what rose this week, and the quotes behind each number. A
fixed number of queries whatever the range or the number of items (a test holds it)."""

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from openline.community.models import Tag
from openline.core.errors import UnknownReference
from openline.feedback.selectors import (
    UNASSIGNED,
    ItemFilters,
    ideas_by_demand,
    labelled_items,
    links_of,
    texts_of,
)
from openline.inbox.models import ChannelKind
from openline.language.cleaning import clean_message
from openline.language.voice import INTENTS, SENTIMENTS, terms

from . import charts
from .models import FeedbackDay, RollupFingerprint
from .rollups import (
    COUNTS,
    FEEDBACK,
    FEEDBACK_CELLS,
    SCORES,
    company_days,
    company_zone,
    day_bounds,
    feedback_cells,
    feedback_fingerprints,
)
from .service import clean_range

WEEK = 7
TOP = 8  # areas charted, complaints and ideas listed, topics shown
TERM_SAMPLE = 2000  # texts per week read for rising terms
STOP = frozenset([
    "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is",
    "are", "was", "were", "be", "been", "it", "its", "this", "that", "i", "me", "my", "we", "our",
    "you", "your", "he", "she", "they", "them", "their", "not", "no", "so", "do", "does", "did",
    "have", "has", "had", "can", "could", "would", "will", "just", "from", "as", "if", "when",
    "what", "how", "why", "there", "here", "all", "any", "about", "up", "out", "get", "got", "am",
    "im", "i'm", "it's", "don't", "can't", "still", "also", "very", "really", "please", "thanks",
    "thank", "hi", "hello", "going", "back", "off", "fine", "now", "again", "one", "some", "more",
    "after", "before", "since", "then", "than", "only", "even", "too", "much", "many", "which",
    "who", "want", "need", "know", "think", "see", "like", "make", "made", "still", "every",
    "plus", "yet", "ever", "never", "always", "other", "into", "over", "because", "should",
])  # fmt: skip


@dataclass(frozen=True)
class PageFilters:
    since: date
    until: date  # included
    area: str | None = None
    channel: str | None = None
    intent: str | None = None
    sentiment: str | None = None

    def items(self, *, since: date | None = None, until: date | None = None) -> ItemFilters:
        zone = company_zone()
        start = day_bounds(since or self.since, zone)[0]
        end = day_bounds(until or self.until, zone)[1]
        return ItemFilters(start, end, self.area, self.channel, self.intent, self.sentiment)


def page_filters(params: Mapping[str, str | None]) -> PageFilters:
    """From the query string (the page's form, the drill-down and export links); a bad value
    is a ValidationError that says which."""
    since, until = clean_range(params.get("from"), params.get("to"))
    area = (params.get("area") or "").strip() or None
    if area and area != UNASSIGNED and not Tag.objects.filter(slug=area).exists():
        raise UnknownReference({"area": "Unknown product area."})
    channel = params.get("channel") or None
    if channel and channel not in ChannelKind.values:
        raise ValidationError(
            _("Unknown channel: choose one of %(join)s.") % {"join": ", ".join(ChannelKind.values)}
        )
    intent = params.get("intent") or None
    if intent and intent not in INTENTS:
        raise ValidationError(
            _("Unknown intent: choose one of %(join)s.") % {"join": ", ".join(INTENTS)}
        )
    sentiment = params.get("sentiment") or None
    if sentiment and sentiment not in SENTIMENTS:
        raise ValidationError(
            _("Unknown sentiment: choose one of %(join)s.") % {"join": ", ".join(SENTIMENTS)}
        )
    return PageFilters(since, until, area, channel, intent, sentiment)


def _area_name(names: dict[str, str], key: str) -> str:
    return names.get(key, key) if key else str(_("Unassigned"))


def _rising_terms(filters: PageFilters, now_start: date) -> list[dict[str, Any]]:
    """Words and pairs in complaints, problems and ideas whose count rose most in the last
    week of the range against the week before."""
    counts = []
    for since, until in ((now_start - timedelta(WEEK), now_start - timedelta(1)),
                         (now_start, filters.until)):  # fmt: skip
        rows = list(
            labelled_items(filters.items(since=since, until=until))
            .filter(reading_intent__in=["complaint", "problem", "idea"])
            .order_by("-written_at")
            .values_list("kind", "object_id")[:TERM_SAMPLE]
        )
        counter: Counter[str] = Counter()
        for text in texts_of(rows).values():
            counter.update(set(terms(clean_message(text) or text)))
        # Each distinct term judged once (not once per text that has it).
        counts.append(Counter({t: n for t, n in counter.items() if _topical(t)}))
    before, now = counts
    rising = [(t, n, before.get(t, 0)) for t, n in now.items() if n >= 2 and n > before.get(t, 0)]
    rising.sort(key=lambda r: (-(r[1] - r[2]), -r[1], r[0]))
    return [{"term": t, "now": n, "before": b} for t, n, b in rising[:TOP]]


def _topical(term: str) -> bool:
    words = term.split()
    # Years, amounts and counts say nothing of a topic; codes such as "e14" do.
    return all(w.isalnum() and not w.isdigit() and len(w) > 2 and w not in STOP for w in words)


@dataclass
class Cells:
    """Labelled items per (company day, product area, channel): per row, the day (an
    ordinal), the area (an index into `areas`) and the counts and score sums of the cells the
    page's intent and sentiment filters keep."""

    days: np.ndarray
    area: np.ndarray
    areas: list[str]
    n: np.ndarray
    score: np.ndarray
    negative: np.ndarray
    positive: np.ndarray
    complaints: np.ndarray
    ideas: np.ndarray

    def per_area(self, values: np.ndarray, rows: np.ndarray) -> list[float]:
        found = np.bincount(self.area[rows], weights=values[rows], minlength=len(self.areas))
        return found.tolist()


def _mask(keep: Callable[[str, str], bool]) -> np.ndarray:
    return np.array([keep(i, s) for i, s in FEEDBACK_CELLS], dtype=bool)


def live_days(filters: PageFilters, first: date, zone: ZoneInfo) -> set[date]:
    """The company days from `first` to the range's end the rollups cannot answer for: today
    and later, and every day that overlaps a UTC day whose fingerprint is not the one the
    worker last wrote (a label read, corrected or re-placed, a thread deleted since)."""
    start, end = day_bounds(first, zone)[0], day_bounds(filters.until, zone)[1]
    utc_first, utc_last = start.date(), (end - timedelta(microseconds=1)).date()
    current = feedback_fingerprints(zone, utc_first, utc_last)
    stored = dict(
        RollupFingerprint.objects.filter(
            source=FEEDBACK, day__gte=utc_first, day__lte=utc_last
        ).values_list("day", "fingerprint")
    )
    now = timezone.now().astimezone(zone).date()
    live = {first + timedelta(i) for i in range(max((filters.until - first).days + 1, 0))
            if first + timedelta(i) >= now}  # fmt: skip
    for utc_day in current.keys() | stored.keys():
        if current.get(utc_day) != stored.get(utc_day):
            live |= company_days(utc_day, zone)
    return {d for d in live if first <= d <= filters.until}


def _spans(days: set[date], zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """Runs of consecutive days as UTC spans."""
    spans: list[tuple[datetime, datetime]] = []
    for day in sorted(days):
        start, end = day_bounds(day, zone)
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def cells(filters: PageFilters, first: date) -> Cells:
    """The items of the range (from `first`) in cells: day rollups for the days the worker
    has written and nothing changed since, the labels themselves for the others. A fixed
    number of queries whatever the range."""
    zone = company_zone()
    live = live_days(filters, first, zone)
    rows = FeedbackDay.objects.filter(day__gte=first, day__lte=filters.until).exclude(
        day__in=sorted(live)
    )
    if filters.area:
        rows = rows.filter(product_area="" if filters.area == UNASSIGNED else filters.area)
    if filters.channel:
        rows = rows.filter(channel=filters.channel)
    # A year is thousands of rows: read without the ORM's per-value conversion (SQLite gives
    # the day as text, PostgreSQL as a date; the cells are bytes or a memoryview).
    query = rows.values_list("day", "product_area", "counts", "scores").query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        stored = [
            (day if isinstance(day, date) else date.fromisoformat(day), area, counts, scores)
            for day, area, counts, scores in cursor.fetchall()
        ]
    computed = feedback_cells(_spans(live, zone), zone, area=filters.area, channel=filters.channel)
    width = len(FEEDBACK_CELLS)
    counts = np.frombuffer(
        b"".join([*(r[2] for r in stored), *(c.tobytes() for c, _ in computed.values())]), COUNTS
    ).reshape(-1, width)
    scores = np.frombuffer(
        b"".join([*(r[3] for r in stored), *(s.tobytes() for _, s in computed.values())]), SCORES
    ).reshape(-1, width)
    days = np.fromiter(
        (d.toordinal() for d in [*(r[0] for r in stored), *(d for d, _, _ in computed)]),
        dtype=np.int64, count=len(stored) + len(computed),
    )  # fmt: skip
    names, area = np.unique(
        np.array([*(r[1] for r in stored), *(a for _, a, _ in computed)], dtype=str),
        return_inverse=True,
    )
    keep = _mask(lambda i, s: filters.intent in (None, i) and filters.sentiment in (None, s))

    def total(also: np.ndarray) -> np.ndarray:
        return counts[:, keep & also].sum(axis=1)

    return Cells(
        days, area.reshape(-1), names.tolist(), total(_mask(lambda i, s: True)),
        scores[:, keep].sum(axis=1),
        total(_mask(lambda i, s: s == "negative")), total(_mask(lambda i, s: s == "positive")),
        total(_mask(lambda i, s: i in ("complaint", "problem"))),
        total(_mask(lambda i, s: i == "idea")),
    )  # fmt: skip


def _by_area(found: Cells, since: date) -> list[dict[str, Any]]:
    rows = found.days >= since.toordinal()
    values = (found.n, found.negative, found.positive, found.complaints, found.ideas, found.score)
    sums = [found.per_area(v, rows) for v in values]
    found_rows = [
        {"product_area": area, "n": int(n), "negative": int(neg), "positive": int(pos),
         "complaints": int(com), "ideas": int(ide), "score": total / n}
        for area, n, neg, pos, com, ide, total in zip(found.areas, *sums, strict=True) if n
    ]  # fmt: skip
    found_rows.sort(key=lambda r: (-r["n"], r["product_area"]))
    return found_rows


def _series(found: Cells, since: date, weekly: bool) -> dict[str, dict[date, list[float]]]:
    """Per area, per day (or per week, by its Monday): [count, sum of scores]."""
    rows = found.days >= since.toordinal()
    days = found.days[rows]
    if weekly:
        days = days - (days - 1) % WEEK  # day 1 (1 January of year 1) was a Monday
    keys, inverse = np.unique(found.area[rows] * 10_000_000 + days, return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=found.n[rows], minlength=len(keys))
    totals = np.bincount(inverse.reshape(-1), weights=found.score[rows], minlength=len(keys))
    points: dict[str, dict[date, list[float]]] = defaultdict(dict)
    for key, n, total in zip(keys.tolist(), counts.tolist(), totals.tolist(), strict=True):
        if n:
            points[found.areas[key // 10_000_000]][date.fromordinal(key % 10_000_000)] = [
                int(n), total,
            ]  # fmt: skip
    return points


def product_feedback(filters: PageFilters) -> dict[str, Any]:
    names = dict(Tag.objects.values_list("slug", "name"))
    week_start = max(filters.since, filters.until - timedelta(WEEK - 1))
    previous = week_start - timedelta(WEEK)
    found = cells(filters, min(filters.since, previous))
    by_area = _by_area(found, filters.since)
    weekly = (filters.until - filters.since).days + 1 > 62
    points = _series(found, filters.since, weekly)
    recent = found.days >= previous.toordinal()
    now = found.per_area(found.n, recent & (found.days >= week_start.toordinal()))
    before = found.per_area(found.n, recent & (found.days < week_start.toordinal()))
    change = {area: (int(n), int(b)) for area, n, b in zip(found.areas, now, before, strict=True)}
    step = WEEK if weekly else 1
    first = filters.since - timedelta(filters.since.weekday()) if weekly else filters.since
    days = [first + timedelta(i) for i in range(0, (filters.until - first).days + 1, step)]
    areas = []
    for row in by_area[:TOP]:
        key = row["product_area"]
        volume: list[tuple[str, float | None]] = [
            (date_format(d, "MONTH_DAY_FORMAT"), points[key].get(d, [0, 0.0])[0]) for d in days
        ]
        mood = []
        for d in days:
            n, total = points[key].get(d, [0, 0.0])
            mood.append((date_format(d, "MONTH_DAY_FORMAT"), round(total / n, 2) if n else None))
        areas.append({
            **row, "key": key or UNASSIGNED, "name": _area_name(names, key),
            "volume_chart": charts.bar_series(volume),
            "mood_chart": charts.bar_series([(label, None if v is None else round(v + 1, 2))
                                             for label, v in mood]),
            "rows": [(d, v[1], m[1])
                     for d, v, m in zip(days, volume, mood, strict=True)],
        })  # fmt: skip
    rising = [
        {"key": area or UNASSIGNED, "name": _area_name(names, area), "now": now, "before": before}
        for area, (now, before) in sorted(
            change.items(), key=lambda c: (c[1][1] - c[1][0], _area_name(names, c[0]))
        )
        if now > before
    ][:TOP]
    complaints = sorted(
        (r for r in by_area if r["complaints"]), key=lambda r: (-r["complaints"], -r["negative"])
    )[:TOP]
    return {
        "total": sum(r["n"] for r in by_area),
        "by_area": [
            {
                **r,
                "key": r["product_area"] or UNASSIGNED,
                "name": _area_name(names, r["product_area"]),
            }
            for r in by_area
        ],
        "areas": areas,
        "weekly": weekly,
        "complaints": [
            {
                **r,
                "key": r["product_area"] or UNASSIGNED,
                "name": _area_name(names, r["product_area"]),
            }
            for r in complaints
        ],
        "ideas": ideas_by_demand(filters.items(), limit=TOP),
        "rising_areas": rising,
        "rising_terms": _rising_terms(filters, week_start),
        "week_start": week_start,
        "area_names": names,
    }


QUOTES_PAGE = 50


def quotes(filters: PageFilters, *, page: int = 1, term: str = "") -> dict[str, Any]:
    """The items behind a number, newest first, with what the customer wrote. A term narrows
    to texts containing it (read after the page's items are fetched, so it scans at most
    a few pages' worth)."""
    items = labelled_items(filters.items()).order_by("-written_at", "-pk")
    offset = (page - 1) * QUOTES_PAGE
    window = QUOTES_PAGE * (10 if term else 1)
    rows = list(
        items.values("kind", "object_id", "written_at", "channel", "reading_intent",
                     "reading_sentiment", "sentiment_score", "product_area", "corrected_at")
        [offset : offset + window + 1]
    )  # fmt: skip
    keys = [(r["kind"], r["object_id"]) for r in rows]
    texts = texts_of(keys)
    links = links_of(keys)
    areas = {r["product_area"] for r in rows if r["product_area"]}
    names = dict(Tag.objects.filter(slug__in=areas).values_list("slug", "name"))
    found = []
    for r in rows[:window]:
        text = texts.get((r["kind"], r["object_id"]), "")
        if term and term.lower() not in text.lower():
            continue
        link = links.get((r["kind"], r["object_id"]), "")
        area_name = names.get(r["product_area"], r["product_area"])
        found.append({**r, "text": text, "link": link, "area_name": area_name})
    return {"quotes": found[:QUOTES_PAGE], "page": page, "more": len(rows) > window}
