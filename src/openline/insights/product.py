"""The product-feedback page's figures: per product area, volume and sentiment over time, top
complaints, top ideas by demand, what rose this week, and the quotes behind each number. A
fixed number of queries whatever the range or the number of items (a test holds it)."""

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Avg, Case, Count, DateField, F, Func, Q, Value, When
from django.db.models.functions import TruncDate
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
from .rollups import company_zone, day_bounds
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
    return names.get(key, key) if key else "Unassigned"


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
            words = {t for t in terms(clean_message(text) or text) if _topical(t)}
            counter.update(words)
        counts.append(counter)
    before, now = counts
    rising = [(t, n, before.get(t, 0)) for t, n in now.items() if n >= 2 and n > before.get(t, 0)]
    rising.sort(key=lambda r: (-(r[1] - r[2]), -r[1], r[0]))
    return [{"term": t, "now": n, "before": b} for t, n, b in rising[:TOP]]


def _topical(term: str) -> bool:
    words = term.split()
    # Years, amounts and counts say nothing of a topic; codes such as "e14" do.
    return all(w.isalnum() and not w.isdigit() and len(w) > 2 and w not in STOP for w in words)


def _local_day(start: datetime, end: datetime, zone: tzinfo) -> Any:
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


def product_feedback(filters: PageFilters) -> dict[str, Any]:
    names = dict(Tag.objects.values_list("slug", "name"))
    items = labelled_items(filters.items())
    by_area = list(
        items.values("product_area")
        .annotate(
            n=Count("pk"),
            negative=Count("pk", filter=Q(reading_sentiment="negative")),
            positive=Count("pk", filter=Q(reading_sentiment="positive")),
            complaints=Count("pk", filter=Q(reading_intent__in=["complaint", "problem"])),
            ideas=Count("pk", filter=Q(reading_intent="idea")),
            score=Avg("sentiment_score"),
        )
        .order_by("-n", "product_area")
    )
    weekly = (filters.until - filters.since).days + 1 > 62
    zone = company_zone()
    bounds = filters.items()
    series = (
        items.annotate(day=_local_day(bounds.start, bounds.end, zone))
        .values("product_area", "day")
        .annotate(n=Count("pk"), score=Avg("sentiment_score"))
    )
    points: dict[str, dict[date, list[float]]] = defaultdict(dict)
    for point in series:
        day = point["day"] - timedelta(point["day"].weekday()) if weekly else point["day"]
        n, total = points[point["product_area"]].get(day, [0, 0.0])
        points[point["product_area"]][day] = [
            n + point["n"],
            total + (point["score"] or 0) * point["n"],
        ]
    step = WEEK if weekly else 1
    first = filters.since - timedelta(filters.since.weekday()) if weekly else filters.since
    days = [first + timedelta(i) for i in range(0, (filters.until - first).days + 1, step)]
    areas = []
    for row in by_area[:TOP]:
        key = row["product_area"]
        volume: list[tuple[str, float | None]] = [
            (d.strftime("%d %b"), points[key].get(d, [0, 0.0])[0]) for d in days
        ]
        mood = []
        for d in days:
            n, total = points[key].get(d, [0, 0.0])
            mood.append((d.strftime("%d %b"), round(total / n, 2) if n else None))
        areas.append({
            **row, "key": key or UNASSIGNED, "name": _area_name(names, key),
            "volume_chart": charts.bar_series(volume),
            "mood_chart": charts.bar_series([(label, None if v is None else round(v + 1, 2))
                                             for label, v in mood]),
            "rows": [(d.isoformat(), v[1], m[1])
                     for d, v, m in zip(days, volume, mood, strict=True)],
        })  # fmt: skip
    week_start = max(filters.since, filters.until - timedelta(WEEK - 1))
    previous = week_start - timedelta(WEEK)
    change = (
        labelled_items(filters.items(since=previous))
        .values("product_area")
        .annotate(
            now=Count("pk", filter=Q(written_at__gte=filters.items(since=week_start).start)),
            before=Count("pk", filter=Q(written_at__lt=filters.items(since=week_start).start)),
        )
    )
    rising = sorted(
        ({"key": r["product_area"] or UNASSIGNED, "name": _area_name(names, r["product_area"]),
          "now": r["now"], "before": r["before"]} for r in change if r["now"] > r["before"]),
        key=lambda r: (-(r["now"] - r["before"]), r["name"]),
    )[:TOP]  # fmt: skip
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
    found = []
    for r in rows[:window]:
        text = texts.get((r["kind"], r["object_id"]), "")
        if term and term.lower() not in text.lower():
            continue
        found.append({**r, "text": text, "link": links.get((r["kind"], r["object_id"]), "")})
    return {"quotes": found[:QUOTES_PAGE], "page": page, "more": len(rows) > window}
