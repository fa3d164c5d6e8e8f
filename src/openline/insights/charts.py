"""Server-rendered charts: numbers to shapes, drawn by the templates as SVG and CSS bars.
No JavaScript, nothing fetched from elsewhere."""

from datetime import datetime

from openline.participation.segments import ACTIVE, REFERENCE
from openline.people.models import Segment

COLUMN_WIDTH, GAP, HEIGHT = 34, 10, 160
LABELS = {"creator": "Creators", "responder": "Responders", "reader": "Readers"}


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
            parts.append({"segment": segment, "y": round(y, 1), "height": height,
                          "percent": round(100 * share, 1)})  # fmt: skip
        end = datetime.fromisoformat(point["end"])
        columns.append({"x": x, "parts": parts, "label": end.strftime("%d %b"),
                        "participants": point.get("participants", 0)})  # fmt: skip
    width = GAP + len(trend) * (COLUMN_WIDTH + GAP)
    return {"columns": columns, "width": width, "height": HEIGHT, "column_width": COLUMN_WIDTH}


ROW_LABELS = {**LABELS, "inactive": "Inactive", "new": "Joined since"}
COLUMNS = ("creator", "responder", "reader", "inactive")


def transition_rows(transitions: dict[str, dict[str, int]]) -> dict:
    """A table: rows are the segment in the window before (or newly joined), columns the
    segment now; the diagonal is who stayed."""
    rows = []
    for source in (*COLUMNS, "new"):
        cells = transitions.get(source, {})
        values = [{"n": cells.get(target, 0), "same": target == source} for target in COLUMNS]
        rows.append({"label": ROW_LABELS[source], "cells": values,
                     "total": sum(v["n"] for v in values)})  # fmt: skip
    return {"columns": [ROW_LABELS[c] for c in COLUMNS], "rows": rows}
