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
    community_answers: str  # "3 of 12": first answered by a member, of those answered


def _window(days: int) -> Window:
    end = today()
    filters = Filters(end - timedelta(days=days - 1), end)
    found = report(filters)
    total = found.total
    labels = dict(ChannelKind.choices)
    channels = [
        ChannelLine(
            str(labels.get(kind, kind)),
            charts.share_text(f.answered_any, f.conversations),
            charts.duration(f.median("first_any")),
        )
        for kind, f in found.by_channel
        if f.conversations
    ]
    # One population for every figure: the questions that came in on any channel (a community
    # question is one of them). A question is answered when its asker got an answer, from the
    # team or first from another member; the community's figure is a part of the answered.
    return Window(
        days=days,
        conversations=total.conversations,
        channels=channels,
        answered=charts.share_text(total.answered_any, total.conversations),
        first_answer=charts.duration(total.median("first_any")),
        public=charts.share_text(total.answered_any_public, total.answered_any),
        solved=charts.share_text(total.solved, total.conversations),
        community_answers=charts.share_text(total.first_by_community, total.answered_any),
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
