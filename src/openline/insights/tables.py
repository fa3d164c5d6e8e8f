"""The service dashboard as tables (the page shows each beside its chart, the CSV export writes
each one) and the charts drawn from them."""

from datetime import date
from typing import Any

from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from openline.inbox.models import ChannelKind
from openline.inbox.voice_labels import intent_label, sentiment_label

from . import charts
from .community import (
    community_figures,
    content_gaps,
    guidance_findings,
    learning_cases_added,
    voice_trends,
)
from .service import Figures, Filters, backlog, report

# Lazy: the page and its CSV are written in the reader's language, read when a table is built.
FIGURE_HEAD = [
    gettext_lazy("Conversations in"), gettext_lazy("Answered"),
    gettext_lazy("First response median (business min)"),
    gettext_lazy("First response p90 (business min)"),
    gettext_lazy("First response median (clock min)"),
    gettext_lazy("Within SLA"), gettext_lazy("Measured against SLA"),
    gettext_lazy("Resolution median (business min)"),
    gettext_lazy("Resolution p90 (business min)"), gettext_lazy("Solved"),
    gettext_lazy("Reopened"), gettext_lazy("Ever solved"), gettext_lazy("Answered in public"),
]  # fmt: skip


def _cells(f: Figures) -> list[Any]:
    return [
        f.conversations, f.answered, f.median("first_business"), f.p90("first_business"),
        f.median("first_clock"), f.sla_met, f.sla_total, f.median("resolution"),
        f.p90("resolution"), f.solved, f.reopened, f.ever_solved, f.answered_public,
    ]  # fmt: skip


def shown(value: Any) -> str:
    """A cell as the page shows it: numbers grouped and dates written in the reader's language
    ("1.234", "874,79", "5. Dez. 2026" in German). The CSV writes the values themselves."""
    if value is None:
        return "—"
    if isinstance(value, date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, float):
        return number_format(value, 0 if value.is_integer() else 2, force_grouping=True)
    if isinstance(value, int) and not isinstance(value, bool):
        return number_format(value, force_grouping=True)
    return str(value)


def table_html(name: str, table: dict[str, Any], query: str, *, numeric_first: bool = False) -> str:
    """One table with its caption and CSV link, built here rather than in a template loop
    (a year of weeks is ~800 cells: the template engine took 200 ms, this takes 2)."""
    link = reverse("insights:service_csv", args=[name]) + (f"?{query}" if query else "")

    def cls(i: int) -> str:
        return ' class="n"' if i or numeric_first else ""

    head = "".join(f'<th{cls(i)} scope="col">{escape(h)}</th>' for i, h in enumerate(table["head"]))
    rows = []
    for row in table["rows"]:
        cells = "".join(f"<td{cls(i)}>{escape(shown(v))}</td>" for i, v in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    nothing = escape(_("Nothing in this range."))
    empty = f'<tr><td colspan="{len(table["head"])}" class="muted">{nothing}</td></tr>'
    body = "".join(rows) or empty
    return mark_safe(  # noqa: S308 - every value above is escaped
        f'<div class="table-scroll"><table class="data" id="table-{escape(name)}">'
        f'<caption>{escape(table["title"])} <a class="csv" href="{escape(link)}">CSV</a>'
        f"</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


NUMERIC_FIRST = {"summary", "backlog", "community"}


def dashboard(filters: Filters, *, query: str = "") -> dict[str, Any]:
    found = report(filters)
    labels = dict(ChannelKind.choices)
    series_label = _("Week of") if found.weekly else _("Day")
    community = community_figures(filters)
    gaps = content_gaps(filters)
    findings = guidance_findings(filters)
    waiting = backlog(filters)
    voice = voice_trends(filters)
    tables: dict[str, dict[str, Any]] = {
        "summary": {
            "title": _("Service health"),
            "head": FIGURE_HEAD,
            "rows": [_cells(found.total)],
        },
        "channels": {
            "title": _("By channel"),
            "head": [_("Channel"), *FIGURE_HEAD],
            "rows": [[labels.get(kind, kind), *_cells(f)] for kind, f in found.by_channel],
        },
        "spaces": {
            "title": _("By space"),
            "head": [_("Space"), *FIGURE_HEAD],
            "rows": [[s.name if s else _("(no space)"), *_cells(f)] for s, f in found.by_space],
        },
        "days": {
            "title": _("Day by day") if not found.weekly else _("Week by week"),
            "head": [series_label, *FIGURE_HEAD],
            "rows": [[d, *_cells(f)] for d, f in found.series],
        },
        "backlog": {
            "title": _("Backlog now"),
            "head": [
                _("Open"),
                _("Waiting on customer"),
                _("Median age (hours)"),
                _("Oldest (hours)"),
            ],
            "rows": [
                [waiting.open, waiting.waiting, waiting.median_age_hours, waiting.oldest_age_hours]
            ],
        },
        "community": {
            "title": _("Community"),
            "head": [
                _("Questions"),
                _("Answered"),
                _("First answer by staff"),
                _("… by super-users"),
                _("… by members"),
                _("Community first answer median (min)"),
                _("Accepted answers"),
                _("Accepted answers by staff"),
                _("Suggestions chosen"),
                _("Deflected"),
            ],
            "rows": [
                [
                    community.questions,
                    community.answered,
                    community.first_by_staff,
                    community.first_by_superuser,
                    community.first_by_member,
                    community.first_answer_median,
                    community.accepted,
                    community.accepted_by_staff,
                    community.suggestion_choices,
                    community.deflections,
                ]
            ],
        },
        "gaps": {
            "title": _("Searches with no result"),
            "head": [_("Search"), _("Times")],
            "rows": [list(g) for g in gaps],
        },
        "voice": {
            "title": _("Customer texts read, by intent and sentiment"),
            "head": [_("Reading"), _("Texts")],
            "rows": [
                [_("Intent: %(label)s") % {"label": intent_label(k)}, n] for k, n in voice["intent"]
            ]
            + [
                [_("Sentiment: %(label)s") % {"label": sentiment_label(k)}, n]
                for k, n in voice["sentiment"]
            ],
        },
        "findings": {
            "title": _("Guidance findings by kind"),
            "head": [_("Kind"), _("Findings")],
            "rows": [list(f) for f in findings],
        },
    }
    inflow = charts.bar_series(
        [(date_format(d, "MONTH_DAY_FORMAT"), f.conversations) for d, f in found.series]
    )
    first = charts.bar_series(
        [(date_format(d, "MONTH_DAY_FORMAT"), f.median("first_business")) for d, f in found.series],
        unit="min",
    )
    durations = {
        "first_median": charts.duration(found.total.median("first_business")),
        "first_p90": charts.duration(found.total.p90("first_business")),
        "resolution_median": charts.duration(found.total.median("resolution")),
        "community_first": charts.duration(community.first_answer_median),
    }
    return {
        "durations": durations,
        "html": {
            n: table_html(n, t, query, numeric_first=n in NUMERIC_FIRST) for n, t in tables.items()
        },
        "report": found,
        "total": found.total,
        "community": community,
        "backlog": waiting,
        "learning_cases": learning_cases_added(filters),
        "tables": tables,
        "inflow_chart": inflow,
        "first_chart": first,
    }
