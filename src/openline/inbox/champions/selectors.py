"""Reads of the champion queue: what is offered to whom (`offered_q`, see the package's
docstring), the staff's Champions queue, and what a champion may open. Each read a view uses
checks the actor."""

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Tag

from ..models import ChampionArea, ChampionAssignment, Conversation, ConversationStatus
from ..permissions import check_use_champion_queue

DEFAULTS: dict[str, Any] = {
    "OFFER_MINUTES": 120,
    "ANSWER_MINUTES": 60,
    "THREAD_KINDS": ["problem"],
    "COMPLAINT_TAGS": ["complaint"],
}


def champion_settings() -> dict[str, Any]:
    return {**DEFAULTS, **settings.OPENLINE.get("CHAMPIONS", {})}


# --- what is offered ------------------------------------------------------------------------------


def offer_window_start(now: datetime) -> datetime:
    return now - timedelta(minutes=champion_settings()["OFFER_MINUTES"])


def offered_q(areas: QuerySet[ChampionArea], now: datetime) -> Q:
    """Conversations offered in any of `areas` at `now` (see the module's docstring)."""
    config = champion_settings()
    since = offer_window_start(now)
    areas = areas.filter(is_active=True)
    free = Q(
        status=ConversationStatus.OPEN,
        assignee__isnull=True,
        champion__isnull=True,
        champion_closed_at__isnull=True,
    ) & (Q(thread__isnull=True) | Q(thread__space__is_private=False))  # champions answer in public
    by_staff = Q(champion_area__in=areas, champion_offered_at__gt=since)
    complaint_tag = Exists(
        Tag.objects.filter(threads=OuterRef("thread_id"), slug__in=config["COMPLAINT_TAGS"])
    )
    in_area = Exists(
        areas.filter(
            Q(space__isnull=True) | Q(space_id=OuterRef("thread__space_id")),
            Q(tag__isnull=True) | Q(tag__threads=OuterRef("thread_id")),
        )
    )
    # A thread staff have started answering (on the inbox or the thread itself) stays theirs.
    automatic = (
        Q(champion_area__isnull=True, thread__isnull=False, created_at__gt=since)
        & Q(first_response_at__isnull=True)
        & Q(thread__space__is_private=False)
        & (Q(thread__kind__in=config["THREAD_KINDS"]) | Q(complaint_tag))
        & Q(in_area)
    )
    return free & (by_staff | automatic)


def _on_offer(now: datetime) -> Q:
    """On offer to any champion, as a plain `pk IN (...)`: safe to negate."""
    offered = Conversation.objects.filter(offered_q(ChampionArea.objects.all(), now))
    return Q(pk__in=offered.values("pk"))


def champion_queue_q(now: datetime | None = None) -> Q:
    """The staff's Champions queue: unsolved conversations a champion works on, and those on
    offer to champions right now."""
    now = now or timezone.now()
    working = Conversation.objects.filter(
        champion__isnull=False,
        status__in=[ConversationStatus.OPEN, ConversationStatus.PENDING],
    )  # not `~Q(status=SOLVED)`: an IN reads the status index
    offered = Conversation.objects.filter(offered_q(ChampionArea.objects.all(), now))
    # One set of ids, each part read by its own index (champion; created_at or offered_at):
    # `working | pk IN (offered)` tested every conversation (416 ms at 1 M messages).
    return Q(pk__in=working.values("pk").union(offered.values("pk")))


def staff_unassigned_q(now: datetime | None = None) -> Q:
    """What the staff's Unassigned queue leaves out: a champion has it, or it is on offer to
    champions (until the offer window ends)."""
    return Q(champion__isnull=True) & ~_on_offer(now or timezone.now())


def areas_of(user: User) -> QuerySet[ChampionArea]:
    return ChampionArea.objects.filter(opt_ins__user=user, opt_ins__active=True, is_active=True)


def offered_to(user: User, now: datetime) -> QuerySet[Conversation]:
    """Never the champion's own threads or conversations."""
    return (
        Conversation.objects.filter(offered_q(areas_of(user), now))
        .exclude(customer__user_id=user.pk)
        .exclude(thread__author_id=user.pk)
    )


def offer_ends_at(conversation: Conversation) -> datetime:
    start = conversation.champion_offered_at or conversation.created_at
    return start + timedelta(minutes=champion_settings()["OFFER_MINUTES"])


def area_for(conversation: Conversation, areas: QuerySet[ChampionArea]) -> ChampionArea | None:
    if conversation.champion_area_id is not None:
        return conversation.champion_area
    thread = conversation.thread
    if thread is None:
        return None
    tags = Tag.objects.filter(threads=thread)
    return (
        areas.filter(Q(space__isnull=True) | Q(space_id=thread.space_id))
        .filter(Q(tag__isnull=True) | Q(tag__in=tags))
        .first()
    )


# --- reads for champions --------------------------------------------------------------------------


def my_areas(user: User) -> QuerySet[ChampionArea]:
    check_use_champion_queue(user)
    return areas_of(user).select_related("space", "tag")


def offered_conversations(user: User) -> QuerySet[Conversation]:
    check_use_champion_queue(user)
    return (
        offered_to(user, timezone.now())
        .select_related("account", "customer", "thread__author", "thread__space", "champion_area")
        .order_by("created_at", "id")
    )


def my_conversations(user: User, limit: int = 100) -> list[Conversation]:
    """The champion's own conversations, unsolved first, each with its open turn."""
    check_use_champion_queue(user)
    rows = list(
        Conversation.objects.filter(champion=user)
        .select_related("account", "customer", "thread__author", "thread__space")
        .order_by("status", "-last_message_at")[:limit]
    )
    turns = {
        t.conversation_id: t
        for t in ChampionAssignment.objects.filter(
            conversation__in=rows, champion=user, ended_at__isnull=True
        )
    }
    for row in rows:
        row.turn = turns.get(row.pk)
    return rows


def access_champion_conversation(user: User, conversation_id: int) -> Conversation:
    """A conversation the champion took, or one offered to them (to read before taking it).
    Anything else answers 404, exactly like one that does not exist."""
    check_use_champion_queue(user)
    qs = Conversation.objects.select_related(
        "account", "customer", "thread__author", "thread__space", "champion_area"
    )
    try:
        conversation = qs.get(pk=conversation_id)
    except (Conversation.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such conversation.") from None
    if conversation.thread is not None and conversation.thread.space.is_private:
        raise Http404("No such conversation.")
    if conversation.champion_id == user.pk:
        return conversation
    if offered_to(user, timezone.now()).filter(pk=conversation.pk).exists():
        return conversation
    raise Http404("No such conversation.")


def open_turn(conversation: Conversation) -> ChampionAssignment | None:
    return (
        ChampionAssignment.objects.filter(conversation=conversation, ended_at__isnull=True)
        .select_related("champion", "area")
        .first()
    )


def champion_history(conversation: Conversation) -> QuerySet[ChampionAssignment]:
    """Every champion's turn on the conversation, for staff."""
    return ChampionAssignment.objects.filter(conversation=conversation).select_related(
        "champion", "ended_by", "area"
    )
