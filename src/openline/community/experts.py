"""The community half of the expert finder: who has answered what (tags, spaces) and whom
peers recognise for it (accepted answers, upvotes on their replies). The finder staff use, with
the answers given in the inbox's channels added, is `openline.inbox.expert_finder`; this module
stays in the community so that it never needs the inbox (a sibling app).

Only answers count: replies to someone else's thread, not retracted, in threads the viewer can
see. Score: 5 per accepted answer, 1 per upvote on an answer, 1 per answer."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db.models import Count, F, IntegerField, Model, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from openline.accounts.models import STAFF_ROLES, User

from .models import Reply
from .search import search
from .selectors import visible_spaces

ACCEPTED_WEIGHT = 5
WHO = ("staff", "community", "all")


@dataclass
class Expert:
    user: User
    answers: int
    accepted: int
    upvotes: int
    score: int
    tags: list[tuple[str, int]] = field(default_factory=list)
    spaces: list[tuple[str, int]] = field(default_factory=list)
    # Filled by the inbox's finder: conversations answered outside the community, and every
    # channel's count (the community's included) as (label, answers).
    channel_answers: int = 0
    channels: list[tuple[str, int]] = field(default_factory=list)


def named(name: str) -> list[int]:
    """Ids of active people whose username or name starts with `name` (mentions)."""
    return list(
        User.objects.filter(
            Q(username__istartswith=name) | Q(display_name__istartswith=name), is_active=True
        ).values_list("pk", flat=True)[:200]
    )


def active_staff_ids() -> list[int]:
    return list(
        User.objects.filter(role__in=STAFF_ROLES, is_active=True).values_list("pk", flat=True)
    )


def by_authors[M: Model](
    qs: QuerySet[M], *, who: str, days: int | None, name: str | None
) -> QuerySet[M]:
    """Narrows answers of any kind (community replies, inbox replies: rows with `author` and
    `created_at`) to the people counted: staff, community or all, active, recent, named."""
    if who == "staff":  # a short list of ids lets the database walk the author index
        qs = qs.filter(author_id__in=active_staff_ids())
    else:
        qs = qs.filter(author__is_active=True)
    if who == "community":
        qs = qs.exclude(author__role__in=STAFF_ROLES)
    if days:
        qs = qs.filter(created_at__gte=timezone.now() - timedelta(days=days))
    if name:
        qs = qs.filter(author_id__in=named(name))
    return qs


def answers(
    viewer: User | None,
    *,
    tag: str | None = None,
    query: str | None = None,
    name: str | None = None,
    who: str = "staff",
    days: int | None = None,
) -> QuerySet[Reply]:
    """The answers counted, in threads `viewer` may see."""
    replies = Reply.objects.filter(retracted_at__isnull=True).exclude(
        author_id=F("thread__author_id")
    )
    if not (viewer is not None and viewer.is_authenticated and viewer.is_staff_member):
        spaces = list(visible_spaces(viewer).values_list("id", flat=True))
        replies = replies.filter(thread__space_id__in=spaces)
    if tag:
        replies = replies.filter(thread__tags__slug=tag)
    if query:
        thread_ids = [hit.thread_id for hit in search(viewer, query, snippets=False)]
        replies = replies.filter(thread_id__in=thread_ids)
    return by_authors(replies, who=who, days=days, name=name)


def scores(
    replies: QuerySet[Reply],
    *,
    limit: int | None = None,
    authors: Iterable[int] | None = None,
    by: str | None = None,
) -> list[dict[str, Any]]:
    """Per author, best first: answers, accepted, upvotes and score. `authors` narrows to
    those people; `by` (a column such as "thread__space__name") splits each author's rows by
    it; `limit` keeps the first rows."""
    if authors is not None:
        replies = replies.filter(author_id__in=list(authors))
    rows = (
        replies.values("author_id", *([by] if by else []))
        .annotate(
            answers=Count("id"),
            accepted=Count("id", filter=Q(thread__accepted_reply_id=F("id"))),
            upvotes=Coalesce(Sum("upvote_count"), Value(0), output_field=IntegerField()),
        )
        .annotate(score=F("accepted") * ACCEPTED_WEIGHT + F("upvotes") + F("answers"))
        .order_by("-score", "author_id")
    )
    return list(rows[:limit] if limit is not None else rows)


def add_breadth(experts: list[Expert], replies: QuerySet[Reply]) -> None:
    """Each expert's top three tags and spaces among the answers counted."""
    by_id = {e.user.pk: e for e in experts}
    if not by_id:
        return
    mine = replies.filter(author_id__in=by_id)
    for attribute, column in (("tags", "thread__tags__slug"), ("spaces", "thread__space__name")):
        counts = (
            # filter, not exclude: exclude on a many-to-many is a correlated subquery, which
            # took PostgreSQL 11 s on 50,000 answers instead of 14 ms.
            mine.filter(**{f"{column}__isnull": False})
            .values("author_id", column)
            .annotate(n=Count("id", distinct=True))
            .order_by("author_id", "-n", column)
        )
        for row in counts:
            found = getattr(by_id[row["author_id"]], attribute)
            if len(found) < 3:
                found.append((row[column], row["n"]))
