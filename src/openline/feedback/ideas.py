"""Ideas and their demand: the one definition of how many people want an idea, the ideas board
and the ideas an inbox conversation is linked to. Reads only; writes are in idea_actions.py.

Demand is the community's votes plus the customers agents linked from the inbox, each person
once: a customer whose account already voted is not counted again, a customer linked from
several conversations counts once (a conversation with no known customer counts on its own)."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce

from openline.accounts.models import User
from openline.community import selectors as community
from openline.community.models import (
    IDEA_STATUSES,
    Space,
    Thread,
    ThreadKind,
    Vote,
)
from openline.inbox.models import ChannelKind, Conversation

from .models import IdeaLink

SORTS = {
    "votes": ["-upvote_count", "-last_activity_at", "-id"],
    "demand": ["-demand", "-upvote_count", "-last_activity_at", "-id"],
    "new": ["-created_at", "-id"],
}
PAGE_SIZE = 30


@dataclass(frozen=True)
class Demand:
    """How many want an idea. `total` = `votes` + `customers` (each person once); `by_source`
    counts the linked customers by the channel of their first linked conversation, so its
    numbers add up to `customers`. Never who they are."""

    votes: int
    customers: int
    by_source: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.votes + self.customers

    def sources(self) -> list[tuple[str, int]]:
        """(channel label, customers), most first, for pages."""
        labels = dict(ChannelKind.choices)
        rows = [(str(labels.get(k, k)), n) for k, n in self.by_source.items()]
        return sorted(rows, key=lambda row: (-row[1], row[0]))


def with_demand(ideas: QuerySet[Thread]) -> QuerySet[Thread]:
    """`ideas` annotated with `demand` (the same number `demand(idea).total` gives), one
    subquery per row in the same query: lists sort by it."""
    voters = Vote.objects.filter(thread=OuterRef("idea"), reply__isnull=True).values("user_id")
    customers = (
        IdeaLink.objects.filter(idea=OuterRef("pk"))
        .exclude(customer__user__in=voters)
        .values("idea")
        .annotate(n=Count("customer", distinct=True) + Count("pk", filter=Q(customer__isnull=True)))
        .values("n")
    )
    linked = Coalesce(Subquery(customers, output_field=IntegerField()), Value(0))
    return ideas.annotate(demand=F("upvote_count") + linked)


def demand(idea: Thread) -> Demand:
    """The idea's demand: votes and linked customers, each person once. Two queries."""
    voters = set(
        Vote.objects.filter(thread=idea, reply__isnull=True).values_list("user_id", flat=True)
    )
    rows = IdeaLink.objects.filter(idea=idea).order_by("created_at", "id")
    seen: set[tuple[str, int]] = set()
    by_source: dict[str, int] = {}
    for pk, customer_id, user_id, source in rows.values_list(
        "pk", "customer_id", "customer__user_id", "source"
    ):
        if user_id is not None and user_id in voters:
            continue
        key = ("customer", customer_id) if customer_id is not None else ("link", pk)
        if key in seen:
            continue
        seen.add(key)
        by_source[source] = by_source.get(source, 0) + 1
    return Demand(votes=len(voters), customers=len(seen), by_source=by_source)


# --- the ideas board --------------------------------------------------------------------------


@dataclass
class BoardFilters:
    space: Space | None = None
    tag: str = ""
    status: str = ""
    sort: str = "votes"

    @classmethod
    def parse(cls, params: Any, space: Space | None = None) -> "BoardFilters":
        """Unknown values fall back to the whole board, sorted by votes: an address never
        fails for a stale filter."""
        status = params.get("status", "")
        sort = params.get("sort", "votes")
        return cls(
            space=space,
            tag=params.get("tag", "")[:50],
            status=status if status in {s.value for s in IDEA_STATUSES} else "",
            sort=sort if sort in SORTS else "votes",
        )


def board(user: User | None, filters: BoardFilters) -> QuerySet[Thread]:
    """The ideas `user` may see, filtered and sorted, with their tags (prefetch). Sorted by
    demand, every row's demand is computed to sort; otherwise `fill_demand` adds it to the
    page's rows only (computing it for thousands of ideas to show 30 cost ~200 ms)."""
    ideas = community.thread_summaries(user, space=filters.space, tag_slug=filters.tag or None)
    ideas = ideas.filter(kind=ThreadKind.IDEA)
    if filters.status:
        ideas = ideas.filter(status=filters.status)
    if filters.sort == "demand":
        ideas = with_demand(ideas)
    return ideas.prefetch_related("tags").order_by(*SORTS[filters.sort])


def fill_demand(page: list[Thread]) -> None:
    """Sets `demand` on the ideas of a page that do not have it yet: one query."""
    missing = [idea.pk for idea in page if not hasattr(idea, "demand")]
    if not missing:
        return
    rows = with_demand(Thread.objects.filter(pk__in=missing))
    found = dict(rows.values_list("pk", "demand"))  # type: ignore[misc]  # an annotation
    for idea in page:
        if idea.pk in found:
            idea.demand = found[idea.pk]  # type: ignore[attr-defined]


def status_counts(user: User | None, filters: BoardFilters) -> list[tuple[str, str, int]]:
    """(status, label, ideas) for the board's status tabs, under the same space and tag."""
    ideas = community.thread_list(user, space=filters.space, tag_slug=filters.tag or None)
    rows = dict(
        ideas.filter(kind=ThreadKind.IDEA)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return [(s.value, str(s.label), rows.get(s.value, 0)) for s in IDEA_STATUSES]


# --- ideas linked to an inbox conversation ----------------------------------------------------


def conversation_links(conversation: Conversation) -> list[IdeaLink]:
    """The ideas the conversation is linked to, with each idea's space."""
    return list(
        IdeaLink.objects.filter(conversation=conversation)
        .select_related("idea__space", "linked_by")
        .order_by("created_at", "id")
    )


def idea_choices(user: User, query: str, limit: int = 8) -> list[Thread]:
    """Ideas whose title holds `query` (or whose number it is), most voted first, for the link
    form: ideas that were not merged away, shipped or declined ones included."""
    text = " ".join(query.split())[:100]
    if not text:
        return []
    ideas = community.thread_summaries(user).filter(kind=ThreadKind.IDEA)
    match = Q(title__icontains=text)
    if text.lstrip("#").isdigit():
        match |= Q(pk=int(text.lstrip("#")[:18]))
    return list(ideas.filter(match).order_by("-upvote_count", "-id")[:limit])


def shipped_reply(idea: Thread, *, site_url: str) -> str:
    """The reply prepared for a customer whose idea shipped: the agent edits and sends it."""
    reason = f"\n\n{idea.status_reason}" if idea.status_reason else ""
    return (
        f"Good news: what you asked for is now available — “{idea.title}”.{reason}\n\n"
        f"Details: {site_url}{idea.get_absolute_url()}\n\nThank you for telling us."
    )
