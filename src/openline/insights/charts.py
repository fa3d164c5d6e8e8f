"""Server-rendered charts: numbers to shapes, drawn by the templates as SVG and CSS bars.
No JavaScript, nothing fetched from elsewhere."""

from datetime import datetime
from typing import Any

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from openline.participation.segments import ACTIVE, REFERENCE
from openline.people.models import Segment

# A 50 px pitch: a German axis label ("19. Sept.") is 45 px wide in the chart's type.
COLUMN_WIDTH, GAP, HEIGHT = 34, 16, 160
LABELS = {"creator": _("Creators"), "responder": _("Responders"), "reader": _("Readers")}


def share_bars(counts: dict) -> list[dict]:
    """One row per segment: its share of the participants beside the 1-9-90 reference."""
    shares = counts.get("shares", {})
    return [
        {
            "segment": segment,
            "label": LABELS[segment],
            "count": counts.get("counts", {}).get(segment, 0),
            "share": shares.get(segment, 0.0),
            "percent": round(100 * shares.get(segment, 0.0), 1),
            "reference": round(100 * REFERENCE[Segment(segment)], 1),
        }
        for segment in map(str, ACTIVE)
    ]


def trend_columns(trend: list[dict]) -> dict:
    """Stacked columns, one per week: readers at the bottom, then responders, creators."""
    columns = []
    for i, point in enumerate(trend):
        x = GAP + i * (COLUMN_WIDTH + GAP)
        y = HEIGHT
        parts = []
        for segment in ("reader", "responder", "creator"):
            share = point.get("shares", {}).get(segment, 0.0)
            height = round(share * HEIGHT, 1)
            y -= height
            parts.append({"segment": segment, "label": LABELS[segment], "y": round(y, 1),
                          "height": height, "percent": round(100 * share, 1)})  # fmt: skip
        end = datetime.fromisoformat(point["end"])
        columns.append({"x": x, "parts": parts, "label": date_format(end, "MONTH_DAY_FORMAT"),
                        "participants": point.get("participants", 0)})  # fmt: skip
    width = GAP + len(trend) * (COLUMN_WIDTH + GAP)
    return {"columns": columns, "width": width, "height": HEIGHT, "column_width": COLUMN_WIDTH}


def trend_rows(trend: list[dict]) -> list[dict]:
    """The trend's table beside its chart: each window's last day (a date, written in the
    reader's format by the template) and its counts."""
    return [
        {"end": datetime.fromisoformat(point["end"]).date(), "counts": point.get("counts", {})}
        for point in trend
    ]


ROW_LABELS = {**LABELS, "inactive": _("Inactive"), "new": _("Joined since")}
COLUMNS = ("creator", "responder", "reader", "inactive")


def transition_rows(transitions: dict[str, dict[str, int]]) -> dict:
    """A table: rows are the segment in the window before (or newly joined), columns the
    segment now; the diagonal is who stayed."""
    rows = []
    for source in (*COLUMNS, "new"):
        cells = transitions.get(source, {})
        values: list[dict[str, Any]] = [
            {"n": cells.get(target, 0), "same": target == source, "label": ROW_LABELS[target]}
            for target in COLUMNS
        ]
        rows.append({"label": ROW_LABELS[source], "cells": values,
                     "total": sum(v["n"] for v in values)})  # fmt: skip
    return {"columns": [ROW_LABELS[c] for c in COLUMNS], "rows": rows}


BAR_WIDTH, BAR_GAP, BAR_HEIGHT = 14, 4, 120


def bar_series(points: list[tuple[str, float | None]], *, unit: str = "") -> dict:
    """Vertical bars, one per point, scaled to the largest value; each bar carries its value
    as text (a title for pointers, the table beside it for everyone), so the chart needs no
    colour to be read. A missing value (None) leaves a gap marked with a dash."""
    values = [v for _, v in points if v is not None]
    top = max(values, default=0) or 1
    bars = []
    for i, (label, value) in enumerate(points):
        height = round((value or 0) / top * BAR_HEIGHT, 1)
        bars.append({"x": BAR_GAP + i * (BAR_WIDTH + BAR_GAP), "y": round(BAR_HEIGHT - height, 1),
                     "height": height, "label": label, "value": value, "unit": unit})  # fmt: skip
    width = BAR_GAP + len(points) * (BAR_WIDTH + BAR_GAP)
    return {"bars": bars, "width": max(width, 40), "height": BAR_HEIGHT, "bar_width": BAR_WIDTH,
            "top": top, "unit": unit, "first": points[0][0] if points else "",
            "last": points[-1][0] if points else ""}  # fmt: skip


def duration(minutes: float | None) -> str:
    """45 min · 3 h 20 min · 2 d 4 h; a dash for no value. In the reader's language ("4,5 Min.",
    "3 Std. 20 Min.", "2 Tg. 4 Std."), the SLA clock's words for minutes and hours."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    if whole < 60:
        exact = round(minutes, 2)
        shown = number_format(exact if minutes < 10 and exact % 1 else whole)
        return gettext("%(minutes)s min") % {"minutes": shown}
    hours, mins = divmod(whole, 60)
    if hours < 24:
        if mins:
            return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": mins}
        return gettext("%(hours)s h") % {"hours": hours}
    days, hours = divmod(hours, 24)
    if hours:
        return gettext("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    return gettext("%(days)s d") % {"days": days}


SMALL = 20  # below this many, a share is shown as "n of m", not a percentage


def share_text(n: int, total: int) -> str:
    if not total:
        return "—"
    if total < SMALL:
        return gettext("%(n)s of %(total)s") % {"n": n, "total": total}
    return gettext("%(percent)s %% (%(n)s of %(total)s)") % {
        "percent": round(100 * n / total),
        "n": number_format(n, force_grouping=True),
        "total": number_format(total, force_grouping=True),
    }
