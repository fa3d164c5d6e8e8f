"""Community figures over a range of company days: who answers the questions (members and
super-users against staff), how soon a member answers, how many get an accepted answer (from
the day rollups); deflection (knowledge), the searches that found nothing (the content gap
list), guidance findings by kind (no names) and learning cases added: small tables read live
through their created-at indexes."""

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Sum

from openline.community.models import SearchMiss
from openline.guidance.models import AuditLog, Kind, LearningCase
from openline.knowledge.selectors import deflection_figures

from .models import CommunityDay, VoiceDay
from .rollups import median, percentile
from .service import Filters, Share, range_bounds

GAPS_SHOWN = 50


@dataclass
class CommunityFigures:
    questions: int = 0
    answered: int = 0
    first_by_staff: int = 0
    first_by_superuser: int = 0
    first_by_member: int = 0
    first_answer: list[float] = field(default_factory=list)
    accepted: int = 0
    accepted_by_staff: int = 0
    suggestion_choices: int = 0
    deflections: int = 0

    @property
    def by_community(self) -> Share:
        return Share(self.first_by_member + self.first_by_superuser, self.answered)

    @property
    def accepted_share(self) -> Share:
        return Share(self.accepted, self.questions)

    @property
    def deflection(self) -> Share:
        return Share(self.deflections, self.suggestion_choices)

    @property
    def first_answer_median(self) -> float | None:
        return median(self.first_answer)

    def as_dict(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "answered": self.answered,
            "first_answer_by": {
                "staff": self.first_by_staff,
                "superusers": self.first_by_superuser,
                "members": self.first_by_member,
            },
            "answered_by_community": self.by_community.as_dict(),
            "community_first_answer_minutes": {
                "median": self.first_answer_median,
                "p90": percentile(self.first_answer, 0.9),
            },
            "accepted": self.accepted_share.as_dict(),
            "accepted_by_staff": self.accepted_by_staff,
            "deflection": self.deflection.as_dict(),
        }


def community_figures(filters: Filters) -> CommunityFigures:
    rows = CommunityDay.objects.filter(day__gte=filters.since, day__lte=filters.until)
    if filters.space:
        rows = rows.filter(space_id=filters.space)
    found = CommunityFigures()
    sql, params = rows.values_list(
        "questions", "answered", "first_by_staff", "first_by_superuser", "first_by_member",
        "first_answer_clock", "accepted", "accepted_by_staff",
    ).query.sql_with_params()  # fmt: skip
    with connection.cursor() as cursor:  # plain rows: no per-row conversion by the ORM
        cursor.execute(sql, params)
        found_rows = cursor.fetchall()
    for row in found_rows:
        found.questions += row[0]
        found.answered += row[1]
        found.first_by_staff += row[2]
        found.first_by_superuser += row[3]
        found.first_by_member += row[4]
        # JSON text (SQLite, and PostgreSQL as Django's connection reads it), or a list
        found.first_answer += row[5] if isinstance(row[5], list) else json.loads(row[5])
        found.accepted += row[6]
        found.accepted_by_staff += row[7]
    start, end = range_bounds(filters)
    deflection = deflection_figures(start, end)
    found.suggestion_choices, found.deflections = deflection.choices, deflection.deflections
    return found


def content_gaps(filters: Filters) -> list[tuple[str, int]]:
    """The searches that found nothing in the range, most asked first."""
    rows = (
        SearchMiss.objects.filter(day__gte=filters.since, day__lte=filters.until)
        .values("query")
        .annotate(n=Sum("count"))
        .order_by("-n", "query")[:GAPS_SHOWN]
    )
    return [(row["query"], row["n"]) for row in rows]


def guidance_findings(filters: Filters) -> list[tuple[str, int]]:
    """Findings in the publish decisions of the range (the audit log), by kind; no names."""
    start, end = range_bounds(filters)
    counts: Counter[str] = Counter()
    for findings in AuditLog.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
        "findings", flat=True
    ):
        counts.update(str(f.get("kind", "")) for f in findings or [] if isinstance(f, dict))
    labels = dict(Kind.choices)
    return [(str(labels.get(kind, kind or "other")), n) for kind, n in counts.most_common()]


def voice_trends(filters: Filters) -> dict[str, list[tuple[str, int]]]:
    """Customer texts read in the range, by intent and by sentiment, most first."""
    intents: Counter[str] = Counter()
    sentiments: Counter[str] = Counter()
    rows = VoiceDay.objects.filter(day__gte=filters.since, day__lte=filters.until)
    for intent, sentiment, n in rows.values_list("intent", "sentiment", "count"):
        intents[intent] += n
        sentiments[sentiment] += n

    def ordered(counts: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))

    return {"intent": ordered(intents), "sentiment": ordered(sentiments)}


def learning_cases_added(filters: Filters) -> int:
    start, end = range_bounds(filters)
    return LearningCase.objects.filter(created_at__gte=start, created_at__lt=end).count()
