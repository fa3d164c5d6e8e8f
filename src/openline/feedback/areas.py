"""Product areas: the company's tags (a tag names a product area), each described by its name
and the titles of the latest threads carrying it, so the areas come from configuration and
data, never from a list in the code. Every labelled item is placed in one: a thread's own tag
first (the nearest in meaning when it has several), then, for an untagged thread, the areas
used in its space, then the nearest of all by meaning, or none below
`language.areas.MIN_SCORE`. An inbox message linked to a thread takes the thread's signals."""

import threading
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max
from django.utils import timezone

from openline.community.models import Tag, Thread
from openline.inbox.models import Message
from openline.language.areas import Area, AreaMatcher
from openline.language.models import TextLabel

EXAMPLES = 12  # latest tagged thread titles per area

TAG, SPACE, MEANING = "tag", "space", "meaning"


@dataclass(frozen=True)
class Signals:
    tags: frozenset[str] = frozenset()
    space_id: int | None = None


_lock = threading.Lock()
_cached: dict[tuple[object, ...], AreaMatcher] = {}


def configured_areas() -> list[Area]:
    tags = list(Tag.objects.order_by("slug").values_list("pk", "slug", "name"))
    through = Thread.tags.through
    titles: dict[int, list[str]] = {pk: [] for pk, _, _ in tags}
    rows = (
        through.objects.filter(thread__deleted_at__isnull=True, thread__hidden_at__isnull=True)
        .order_by("-thread__created_at")
        .values_list("tag_id", "thread__title")[: EXAMPLES * max(len(tags), 1) * 4]
    )
    for tag_id, title in rows:
        if len(titles[tag_id]) < EXAMPLES:
            titles[tag_id].append(title)
    return [Area(slug, name.replace("-", " "), tuple(titles[pk])) for pk, slug, name in tags]


def matcher() -> AreaMatcher:
    """Rebuilt when a tag or a tagging changes (one small query to know)."""
    through = Thread.tags.through
    key = (
        tuple(Tag.objects.order_by("slug").values_list("slug", "name")),
        tuple(through.objects.aggregate(n=Count("pk"), last=Max("pk")).values()),
    )
    with _lock:
        if key not in _cached:
            _cached.clear()
            _cached[key] = AreaMatcher(configured_areas())
        return _cached[key]


def space_areas(space_ids: set[int]) -> dict[int, set[str]]:
    """The tags used on threads of each space: what a thread posted there is likely about."""
    through = Thread.tags.through
    rows = (
        through.objects.filter(thread__space_id__in=space_ids)
        .values_list("thread__space_id", "tag__slug")
        .distinct()
    )
    out: dict[int, set[str]] = {}
    for space_id, slug in rows:
        out.setdefault(space_id, set()).add(slug)
    return out


def place(
    texts: dict[int, str], signals: dict[int, Signals]
) -> dict[int, tuple[str, float | None, str]]:
    """(area, score, source) per id; area "" when unassigned."""
    ids = list(texts)
    if not ids:
        return {}
    found = matcher()
    by_space = space_areas({s.space_id for s in signals.values() if s.space_id is not None})
    among: list[set[str] | None] = []
    for pk in ids:
        signal = signals.get(pk, Signals())
        among.append(set(signal.tags) or by_space.get(signal.space_id or 0) or None)
    out: dict[int, tuple[str, float | None, str]] = {}
    for pk, allowed, assignment in zip(
        ids, among, found.assign([texts[i] for i in ids], among=among), strict=True
    ):
        signal = signals.get(pk, Signals())
        if signal.tags and allowed:
            # The customer's own tag wins over meaning: the nearest of their tags, any score.
            best = assignment.area or sorted(signal.tags)[0]
            out[pk] = (best, assignment.score, TAG)
        elif assignment.area:
            out[pk] = (assignment.area, assignment.score, SPACE if allowed else MEANING)
        else:
            out[pk] = ("", assignment.score, "")
    return out


def thread_signals(thread_ids: list[int]) -> dict[int, Signals]:
    tags: dict[int, set[str]] = {}
    for thread_id, slug in Thread.tags.through.objects.filter(thread_id__in=thread_ids).values_list(
        "thread_id", "tag__slug"
    ):
        tags.setdefault(thread_id, set()).add(slug)
    spaces = dict(Thread.objects.filter(pk__in=thread_ids).values_list("pk", "space_id"))
    return {pk: Signals(frozenset(tags.get(pk, ())), spaces.get(pk)) for pk in thread_ids}


def store_places(
    kind: str,
    texts: dict[int, str],
    origins: dict[int, tuple[str, datetime]],
    signals: dict[int, Signals],
) -> None:
    """Writes area, channel and when written beside each label."""
    placed = place(texts, signals)
    now = timezone.now()
    for pk, (area, score, source) in placed.items():
        channel, written_at = origins[pk]
        TextLabel.objects.filter(kind=kind, object_id=pk).update(
            product_area=area, product_area_score=score, product_area_source=source,
            channel=channel, written_at=written_at, changed_at=now,
        )  # fmt: skip


def message_origins(
    message_ids: list[int],
) -> tuple[dict[int, tuple[str, datetime]], dict[int, Signals]]:
    rows = Message.objects.filter(pk__in=message_ids).values_list(
        "pk", "account__kind", "created_at", "conversation__thread_id"
    )
    origins, thread_of = {}, {}
    for pk, channel, created_at, thread_id in rows:
        origins[pk] = (channel, created_at)
        if thread_id is not None:
            thread_of[pk] = thread_id
    by_thread = thread_signals(list(set(thread_of.values())))
    return origins, {pk: by_thread[t] for pk, t in thread_of.items() if t in by_thread}
