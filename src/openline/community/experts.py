"""The expert finder: who has answered what (tags, spaces) and whom peers recognise for it
(accepted answers, upvotes on their replies). Staff use it to route a question to the right
colleague; the inbox uses it for @-mention suggestions in internal notes. It lives here rather
than in insights so that the inbox, a sibling of the community, may import it.

Only answers count: replies to someone else's thread, not retracted, in threads the viewer can
see. Score: 5 per accepted answer, 1 per upvote on an answer, 1 per answer."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, F, IntegerField, Q, Sum, Value
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


def _answers(
    viewer: User | None, *, tag: str | None, query: str | None, who: str, days: int | None
):
    replies = Reply.objects.filter(retracted_at__isnull=True).exclude(
        author_id=F("thread__author_id")
    )
    if not (viewer is not None and viewer.is_authenticated and viewer.is_staff_member):
        spaces = list(visible_spaces(viewer).values_list("id", flat=True))
        replies = replies.filter(thread__space_id__in=spaces)
    if who == "staff":  # a short list of ids lets the database walk the author index
        staff = User.objects.filter(role__in=STAFF_ROLES, is_active=True)
        replies = replies.filter(author_id__in=list(staff.values_list("pk", flat=True)))
    else:
        replies = replies.filter(author__is_active=True)
    if who == "community":
        replies = replies.exclude(author__role__in=STAFF_ROLES)
    if tag:
        replies = replies.filter(thread__tags__slug=tag)
    if query:
        thread_ids = [hit.thread.pk for hit in search(viewer, query)]
        replies = replies.filter(thread_id__in=thread_ids)
    if days:
        replies = replies.filter(created_at__gte=timezone.now() - timedelta(days=days))
    return replies


def find_experts(
    viewer: User | None,
    *,
    tag: str | None = None,
    query: str | None = None,
    name: str | None = None,
    who: str = "staff",
    days: int | None = None,
    limit: int = 10,
) -> list[Expert]:
    """The people who answered best in a product area (`tag`), on a topic (`query`, full-text),
    or both; `name` narrows to people whose username or name starts with it (mentions)."""
    replies = _answers(viewer, tag=tag, query=query, who=who, days=days)
    if name:
        named = User.objects.filter(
            Q(username__istartswith=name) | Q(display_name__istartswith=name), is_active=True
        ).values_list("pk", flat=True)[:200]
        replies = replies.filter(author_id__in=list(named))
    rows = list(
        replies.values("author_id")
        .annotate(
            answers=Count("id"),
            accepted=Count("id", filter=Q(thread__accepted_reply_id=F("id"))),
            upvotes=Coalesce(Sum("upvote_count"), Value(0), output_field=IntegerField()),
        )
        .annotate(score=F("accepted") * ACCEPTED_WEIGHT + F("upvotes") + F("answers"))
        .order_by("-score", "author_id")[:limit]
    )
    users = User.objects.in_bulk([r["author_id"] for r in rows])
    experts = [
        Expert(users[r["author_id"]], r["answers"], r["accepted"], r["upvotes"], r["score"])
        for r in rows
    ]
    _add_breadth(experts, replies)
    return experts


def _add_breadth(experts: list[Expert], replies) -> None:
    """Each expert's top three tags and spaces among the answers counted."""
    by_id = {e.user.pk: e for e in experts}
    if not by_id:
        return
    mine = replies.filter(author_id__in=by_id)
    for attribute, column in (("tags", "thread__tags__slug"), ("spaces", "thread__space__name")):
        counts = (
            mine.exclude(**{f"{column}__isnull": True})
            .values("author_id", column)
            .annotate(n=Count("id", distinct=True))
            .order_by("author_id", "-n", column)
        )
        for row in counts:
            found = getattr(by_id[row["author_id"]], attribute)
            if len(found) < 3:
                found.append((row[column], row["n"]))
