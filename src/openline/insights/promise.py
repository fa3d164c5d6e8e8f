"""The public service promise: the operator's text and notes, and the live figures of the last
30 and 90 days that the operator chose to publish (a figure not chosen is not computed or
shown at all). Read from the same rollups as the staff dashboards."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Count

from openline.community.models import IDEA_PROGRESS, Thread, ThreadKind
from openline.core import counters
from openline.core.markdown import render_markdown
from openline.inbox.models import ChannelKind

from . import charts
from .community import community_figures
from .models import Promise, PublishedFigure
from .rollups import ROLLUP_COUNTER
from .service import Filters, report, today

WINDOWS = (30, 90)


def current() -> Promise:
    return Promise.objects.order_by("pk").first() or Promise(published=[])


def cache_version() -> str:
    """The page's cache key part: the promise's version, the rollups' generation and the day
    (the windows move at midnight). Two indexed reads."""
    promise = Promise.objects.order_by("pk").values_list("version", flat=True).first() or 0
    return f"{promise}.{counters.read(ROLLUP_COUNTER)}.{today().isoformat()}"


@dataclass
class ChannelLine:
    label: str
    answered: str  # "3 of 5" or "92 % (460 of 500)"
    first_answer: str


@dataclass
class Window:
    days: int
    conversations: int
    channels: list[ChannelLine]
    answered: str
    first_answer: str
    public: str
    solved: str
    community_answers: int


def _window(days: int) -> Window:
    end = today()
    filters = Filters(end - timedelta(days=days - 1), end)
    found = report(filters)
    total = found.total
    labels = dict(ChannelKind.choices)
    channels = [
        ChannelLine(
            str(labels.get(kind, kind)),
            charts.share_text(f.answered, f.conversations),
            charts.duration(f.median("first_clock")),
        )
        for kind, f in found.by_channel
        if f.conversations
    ]
    community = community_figures(filters)
    return Window(
        days=days,
        conversations=total.conversations,
        channels=channels,
        answered=charts.share_text(total.answered, total.conversations),
        first_answer=charts.duration(total.median("first_clock")),
        public=charts.share_text(total.answered_public, total.answered),
        solved=charts.share_text(total.solved, total.conversations),
        community_answers=community.first_by_member + community.first_by_superuser,
    )


def idea_progress() -> list[tuple[str, int]]:
    """How many community ideas (not merged into another) stand at each status of
    `community.models.IDEA_PROGRESS`, in its order, with the status's own label (none at a
    status is a 0, not left out)."""
    counts = dict(
        Thread.objects.filter(
            kind=ThreadKind.IDEA, status__in=IDEA_PROGRESS, merged_at__isnull=True
        )
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return [(str(status.label), counts.get(status, 0)) for status in IDEA_PROGRESS]


def page_context() -> dict[str, Any]:
    promise = current()
    shown = set(promise.published)
    windows = [_window(days) for days in WINDOWS] if shown - {PublishedFigure.IDEAS} else []
    ideas = idea_progress() if PublishedFigure.IDEAS in shown else None
    return {
        "promise": promise,
        "text_html": render_markdown(promise.text, trusted=True) if promise.text else "",
        "notes_html": render_markdown(promise.notes, trusted=True) if promise.notes else "",
        "shown": {figure: figure in shown for figure in PublishedFigure.values},
        "windows": windows,
        "ideas": ideas,
        "small": charts.SMALL,
    }
