"""Reads of the champion queue: what is offered to whom (`offered_q`, see the package's
docstring), the staff's Champions queue, and what a champion may open. Each read a view uses
checks the actor."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, connections, router
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Tag
from openline.notifications.selectors import UNREAD_SQL, remember_unread
from openline.people.permissions import LEVEL_SQL, remember_level, remembered_level

from ..models import (
    ChampionArea,
    ChampionAssignment,
    ChampionOptIn,
    Conversation,
    ConversationStatus,
)
from ..permissions import can_use_champion_queue, check_use_champion_queue, remember_champion

DEFAULTS: dict[str, Any] = {
    "OFFER_MINUTES": 120,
    "ANSWER_MINUTES": 60,
    "THREAD_KINDS": ["problem"],
    "COMPLAINT_TAGS": ["complaint"],
}


def champion_settings() -> dict[str, Any]:
    return {**DEFAULTS, **settings.OPENLINE.get("CHAMPIONS", {})}


# --- the header's link ---------------------------------------------------------------------------

_LEVEL, _UNREAD, _OPTED_IN = 1, 2, 3
_OPTED_IN_SQL = f"SELECT 1 FROM {ChampionOptIn._meta.db_table} WHERE user_id = %s AND active"  # noqa: S608
# The member's trust level, unread count and opt-in in one round trip, where the header would
# otherwise count the unread notifications alone (notifications.context_processors).
_HEADER_SQL = " UNION ALL ".join(
    [
        f"SELECT {_LEVEL}, l.* FROM ({LEVEL_SQL}) l",  # noqa: S608 - constants
        f"SELECT {_UNREAD}, n.* FROM ({UNREAD_SQL}) n",  # noqa: S608 - constants
        f"SELECT {_OPTED_IN}, o.* FROM ({_OPTED_IN_SQL}) o",  # noqa: S608 - constants
    ]
)


def header_champion_queue(user: User) -> bool:
    """Whether the site header links the champion queue: a super-user or a trust-level-4 member
    who opted in (`can_use_champion_queue`). A page that read the level with its own rows (the
    thread page's `reader_state`) asks only a member the level makes eligible for the opt-in;
    any other page reads level, opt-in and the header's unread count in the one query the
    header made for the count alone, so no member's page asks one more."""
    if not user.is_authenticated or user.is_staff_member:
        return False
    if remembered_level(user) is None:
        with connection.cursor() as cursor:  # plain SQL: it runs on every member's page
            cursor.execute(_HEADER_SQL, [user.pk, user.pk, user.pk])
            rows = cursor.fetchall()
        remember_level(user, next((value for kind, value in rows if kind == _LEVEL), 0) or 0)
        remember_unread(user, next(value for kind, value in rows if kind == _UNREAD))
        remember_champion(user, any(kind == _OPTED_IN for kind, _ in rows))
    return can_use_champion_queue(user)


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


def _on_offer(now: datetime) -> QuerySet[Conversation, Any]:
    """The ids on offer to any champion, for a plain `pk IN (...)`: safe to negate."""
    return Conversation.objects.filter(offered_q(ChampionArea.objects.all(), now)).values("pk")


def _champion_queue(now: datetime) -> QuerySet[Conversation, Any]:
    working = Conversation.objects.filter(
        champion__isnull=False,
        status__in=[ConversationStatus.OPEN, ConversationStatus.PENDING],
    )  # not `~Q(status=SOLVED)`: an IN reads the status index
    # One set of ids, each part read by its own index (champion; created_at or offered_at):
    # `working | pk IN (offered)` tested every conversation (416 ms at 1 M messages).
    return working.values("pk").union(_on_offer(now))


# The staff's inbox asks for these two sets on every list page, two or three times (its queue
# counts, the Unassigned or Champions list), and the ORM took 5 to 6 ms of CPU to build each
# one's SQL. Built once per database and champion settings with this moment as the offer
# window's start (no real window starts then), then used with each request's own start.
_SAMPLE_START = datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC)
_built: dict[tuple[str, str, str], tuple[str, tuple[Any, ...], tuple[int, ...]]] = {}


def _ids_in(name: str, ids: Callable[[datetime], QuerySet[Conversation, Any]], now: datetime) -> Q:
    """`pk IN (<ids(now)>)`, from SQL built once (see _SAMPLE_START)."""
    config = champion_settings()
    db = router.db_for_read(Conversation)
    connection = connections[db]
    key = (name, db, repr(sorted(config.items())))
    if key not in _built:
        sample = ids(_SAMPLE_START + timedelta(minutes=config["OFFER_MINUTES"]))
        sql, params = sample.query.get_compiler(using=db).as_sql()
        marker = connection.ops.adapt_datetimefield_value(_SAMPLE_START)
        starts = tuple(i for i, param in enumerate(params) if param == marker)
        if not starts:  # the window's start is no parameter of its own: build each time
            return Q(pk__in=ids(now))
        _built[key] = (sql, tuple(params), starts)
    sql, params, starts = _built[key]
    start = connection.ops.adapt_datetimefield_value(offer_window_start(now))
    values = [start if i in starts else p for i, p in enumerate(params)]
    return Q(pk__in=RawSQL(sql, values))  # noqa: S611 - the ORM's own SQL and parameters


def champion_queue_q(now: datetime | None = None) -> Q:
    """The staff's Champions queue: unsolved conversations a champion works on, and those on
    offer to champions right now."""
    return _ids_in("champion_queue", _champion_queue, now or timezone.now())


def staff_unassigned_q(now: datetime | None = None) -> Q:
    """What the staff's Unassigned queue leaves out: a champion has it, or it is on offer to
    champions (until the offer window ends)."""
    return Q(champion__isnull=True) & ~_ids_in("on_offer", _on_offer, now or timezone.now())


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
