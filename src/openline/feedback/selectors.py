"""Reads for product teams: labelled items in a range (with the reading a person's correction
wins), the ideas and their demand, and rows for the exports, streamed in chunks."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Case, F, Q, QuerySet, When
from django.urls import reverse

from openline.community.models import Thread, ThreadKind, ThreadStatus
from openline.inbox.models import Message
from openline.language.models import TextLabel

from .actions import MESSAGE, THREAD
from .ideas import with_demand

UNASSIGNED = "unassigned"  # the filter value for items with no product area
CHUNK = 500


@dataclass(frozen=True)
class ItemFilters:
    start: datetime  # included
    end: datetime  # excluded
    area: str | None = None  # a tag's slug, UNASSIGNED, or None for every item
    channel: str | None = None
    intent: str | None = None
    sentiment: str | None = None


def _reading(field: str) -> Case:
    return Case(When(**{f"corrected_{field}": ""}, then=F(field)), default=F(f"corrected_{field}"))


def labelled_items(filters: ItemFilters) -> "QuerySet[Any]":  # TextLabels with readings
    """Items written in the range, annotated with `reading_intent` and `reading_sentiment`
    (a person's correction, else the model's)."""
    items = TextLabel.objects.filter(
        kind__in=[MESSAGE, THREAD], written_at__gte=filters.start, written_at__lt=filters.end
    ).annotate(reading_intent=_reading("intent"), reading_sentiment=_reading("sentiment"))
    # Deleted threads (spam, removed posts) are no customer's feedback.
    removed = Thread.objects.filter(deleted_at__isnull=False).values("pk")
    items = items.exclude(Q(kind=THREAD) & Q(object_id__in=removed))
    if filters.area:
        items = items.filter(product_area="" if filters.area == UNASSIGNED else filters.area)
    if filters.channel:
        items = items.filter(channel=filters.channel)
    if filters.intent:
        items = items.filter(reading_intent=filters.intent)
    if filters.sentiment:
        items = items.filter(reading_sentiment=filters.sentiment)
    return items


def idea_threads() -> QuerySet[Thread]:
    """Ideas people can still vote on: not deleted, hidden or merged into another."""
    return Thread.objects.filter(
        kind=ThreadKind.IDEA, deleted_at__isnull=True, hidden_at__isnull=True,
        duplicate_of__isnull=True,
    )  # fmt: skip


def idea_demand(thread_ids: list[int]) -> dict[int, int]:
    """How much each idea is wanted: the ideas loop's one definition (votes plus customers
    linked from the inbox, each person once: `ideas.with_demand`). One query whatever the
    number of ideas."""
    rows = with_demand(Thread.objects.filter(pk__in=thread_ids))
    return dict(rows.values_list("pk", "demand"))  # type: ignore[misc]  # an annotation


@dataclass(frozen=True)
class Idea:
    id: int
    title: str
    url: str
    status: str
    area: str
    demand: int
    created_at: datetime

    @property
    def status_label(self) -> str:
        """The stored status ("planned") as the reader calls it ("Geplant")."""
        return str(ThreadStatus(self.status).label)


def ideas_by_demand(filters: ItemFilters, limit: int | None = None) -> list[Idea]:
    """Ideas posted up to the range's end (an idea keeps being wanted after it is posted),
    in the area when one is chosen, most wanted first."""
    ideas = idea_threads().filter(created_at__lt=filters.end)
    areas = dict(
        TextLabel.objects.filter(kind=THREAD, object_id__in=ideas.values("pk")).values_list(
            "object_id", "product_area"
        )
    )
    rows = list(ideas.values_list("pk", "title", "slug", "status", "created_at"))
    if filters.area:
        wanted = "" if filters.area == UNASSIGNED else filters.area
        rows = [r for r in rows if areas.get(r[0], "") == wanted]
    demand = idea_demand([r[0] for r in rows])
    found = [
        Idea(pk, title, reverse("community:thread", args=[pk, slug or "-"]), status,
             areas.get(pk, ""), demand.get(pk, 0), created_at)
        for pk, title, slug, status, created_at in rows
    ]  # fmt: skip
    found.sort(key=lambda i: (-i.demand, -i.created_at.timestamp()))
    return found[:limit] if limit else found


def texts_of(labels: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """What the customer wrote, for (kind, id) pairs: two queries whatever their number."""
    messages = [pk for kind, pk in labels if kind == MESSAGE]
    threads = [pk for kind, pk in labels if kind == THREAD]
    out: dict[tuple[str, int], str] = {}
    for pk, body in Message.objects.filter(pk__in=messages).values_list("pk", "body"):
        out[(MESSAGE, pk)] = body
    for pk, title, body in Thread.objects.filter(pk__in=threads).values_list("pk", "title", "body"):
        out[(THREAD, pk)] = f"{title}\n\n{body}"
    return out


def links_of(labels: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Where staff read each item: the inbox conversation at the message, or the thread."""
    messages = [pk for kind, pk in labels if kind == MESSAGE]
    threads = [pk for kind, pk in labels if kind == THREAD]
    out: dict[tuple[str, int], str] = {}
    for pk, conversation in Message.objects.filter(pk__in=messages).values_list(
        "pk", "conversation_id"
    ):
        out[(MESSAGE, pk)] = reverse("inbox:conversation", args=[conversation]) + f"#message-{pk}"
    for pk, slug in Thread.objects.filter(pk__in=threads).values_list("pk", "slug"):
        out[(THREAD, pk)] = reverse("community:thread", args=[pk, slug or "-"])
    return out


ITEM_FIELDS = [
    "date", "kind", "id", "channel", "intent", "sentiment", "sentiment_score", "product_area",
    "product_area_source", "corrected", "link",
]  # fmt: skip


def _item_chunk(
    filters: ItemFilters, after: int, size: int, base_url: str
) -> list[tuple[int, dict[str, Any]]]:
    """(label id, row) of the next `size` items after that label id, oldest label first."""
    chunk = list(
        labelled_items(filters).order_by("pk").filter(pk__gt=after).values(
            "pk", "kind", "object_id", "written_at", "channel", "reading_intent",
            "reading_sentiment", "sentiment_score", "product_area", "product_area_source",
            "corrected_at",
        )[:size]
    )  # fmt: skip
    links = links_of([(r["kind"], r["object_id"]) for r in chunk])
    return [
        (r["pk"], {
            "date": r["written_at"].isoformat(), "kind": r["kind"], "id": r["object_id"],
            "channel": r["channel"], "intent": r["reading_intent"],
            "sentiment": r["reading_sentiment"], "sentiment_score": r["sentiment_score"],
            "product_area": r["product_area"] or None,
            "product_area_source": r["product_area_source"] or None,
            "corrected": r["corrected_at"] is not None,
            "link": base_url + links.get((r["kind"], r["object_id"]), ""),
        })
        for r in chunk
    ]  # fmt: skip


def item_rows(filters: ItemFilters, base_url: str = "") -> Iterator[dict[str, Any]]:
    """Every labelled item in the range, read in chunks by id so a year of items never sits
    in memory (two queries per chunk for the links)."""
    last = 0
    while chunk := _item_chunk(filters, last, CHUNK, base_url):
        last = chunk[-1][0]
        yield from (row for _, row in chunk)


def item_page(
    filters: ItemFilters, *, after: int = 0, limit: int = CHUNK, base_url: str = ""
) -> tuple[list[dict[str, Any]], int | None]:
    """One page of items for the API, and the cursor of the next page (None at the end)."""
    chunk = _item_chunk(filters, after, limit + 1, base_url)
    more = len(chunk) > limit
    return [row for _, row in chunk[:limit]], chunk[limit - 1][0] if more else None


IDEA_FIELDS = ["id", "title", "status", "product_area", "demand", "created_at", "link"]


def idea_rows(filters: ItemFilters, base_url: str = "") -> Iterator[dict[str, Any]]:
    for idea in ideas_by_demand(filters):
        yield {
            "id": idea.id, "title": idea.title, "status": idea.status,
            "product_area": idea.area or None, "demand": idea.demand,
            "created_at": idea.created_at.isoformat(), "link": base_url + idea.url,
        }  # fmt: skip
