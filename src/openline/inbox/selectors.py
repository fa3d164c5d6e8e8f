"""Reads of the inbox. Every one checks that the person is staff first."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, overload

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import STAFF_ROLES, User
from openline.community.models import Tag
from openline.core import db
from openline.language.models import TextLabel
from openline.people.models import Identity

from . import adapters
from .adapters import ChannelHealth
from .champions.selectors import (
    champion_queue_q,
    champion_settings,
    offer_window_start,
    staff_unassigned_q,
)
from .models import (
    Attachment,
    CannedReply,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Delivery,
    Message,
    MessageKind,
)
from .permissions import check_use_inbox

QUEUES = {
    "unassigned": _("Unassigned"),
    "mine": _("Mine"),
    "waiting": _("Waiting on customer"),
    "breaching": _("Breaching SLA"),
    "champions": _("Champions"),
    "all": _("All open"),
    "solved": _("Solved"),
}

# How the list can be ordered; "" keeps each queue's own order (the breaching queue: due first).
SORTS = {
    "": _("Queue order"),
    "newest": _("Newest"),
    "waiting": _("Oldest waiting"),
    "sla": _("SLA due first"),
    "negative": _("Most negative first"),
}
SEARCH_MAX = 100
QUEUE_COUNT_CAP = 10_000  # queue counts past this show as "10,000+"
PREVIEW_CHARS = 160


@dataclass(frozen=True)
class ListFilters:
    """What the list shows: a queue, the filters that narrow it and an order. Empty strings
    mean "not filtered"; an unknown queue name means all open conversations."""

    queue: str = "unassigned"
    channel: str = ""
    space: str = ""
    tag: str = ""
    status: str = ""
    intent: str = ""
    sentiment: str = ""
    q: str = ""
    sort: str = ""

    @classmethod
    def of(cls, values: Mapping[str, str]) -> "ListFilters":
        """From the filter form's values (`FilterForm.filters()`); other keys are ignored."""
        return cls(**{name: values[name] for name in _FILTER_NAMES if values.get(name)})


_FILTER_NAMES = tuple(ListFilters.__dataclass_fields__)


def _queue_q(reader: int, queue: str, now: datetime) -> Q:
    """The filter of one queue for the staff member whose id is `reader`, at `now`; an unknown
    name means all open conversations."""
    open_ = Q(status=ConversationStatus.OPEN)
    if queue == "unassigned":
        return open_ & Q(assignee__isnull=True) & staff_unassigned_q(now)
    if queue == "champions":
        return champion_queue_q(now)
    if queue == "mine":
        return Q(assignee_id=reader) & _unsolved()
    if queue == "waiting":
        return Q(status=ConversationStatus.PENDING)
    if queue == "breaching":
        return open_ & Q(response_due_at__lte=now)
    if queue == "solved":
        return Q(status=ConversationStatus.SOLVED)
    return _unsolved()


def _unsolved() -> Q:
    """Open or waiting, written as the two statuses: `NOT status = 'solved'` can use no index
    (a full scan and sort of 250,000 conversations, 800 ms on SQLite), `status IN (…)` reads
    the (status, last message) index."""
    return Q(status__in=[ConversationStatus.OPEN, ConversationStatus.PENDING])


def _channel_accounts(channel: str) -> tuple[int, ...]:
    """The ids of a channel's accounts (its few), for `_filter`; none without a channel filter."""
    if not channel:
        return ()
    return tuple(
        ChannelAccount.objects.filter(kind=channel).order_by("pk").values_list("pk", flat=True)
    )


def _filter(
    qs: QuerySet[Conversation], filters: ListFilters, accounts: tuple[int, ...] = ()
) -> QuerySet[Conversation]:
    """`qs` narrowed by every filter but the queue and the order; `accounts`: the channel
    filter's accounts (`_channel_accounts`)."""
    if filters.q:
        qs = qs.filter(_search_q(filters.q[:SEARCH_MAX]))
    if filters.intent:
        qs = qs.filter(intent=filters.intent)
    if filters.sentiment:
        qs = qs.filter(sentiment=filters.sentiment)
    if filters.channel:
        # The channel's few accounts first, as ids: a join on the accounts made the database
        # start from them and read every conversation of the channel (counts 560 ms at 1 M).
        qs = qs.filter(account_id__in=list(accounts))
    if filters.space:
        qs = qs.filter(thread__space__slug=filters.space)
    if filters.tag:
        qs = qs.filter(Exists(_tags(filters.tag).filter(threads=OuterRef("thread_id"))))
    if filters.status:
        qs = qs.filter(status=filters.status)
    return qs


def _tags(tag: str) -> QuerySet[Tag]:
    """The tags a filter value names: by slug or by name (the datalist offers names)."""
    return Tag.objects.filter(Q(slug=tag) | Q(name__iexact=tag))


def tag_exists(tag: str) -> bool:
    return _tags(tag).exists()


def tag_names(limit: int = 500) -> QuerySet[Tag]:
    return Tag.objects.order_by("name").only("slug", "name")[:limit]


def _search_q(text: str) -> Q:
    """Customer name, e-mail, handle (on any channel), subject and message text. A plain
    case-insensitive substring match (LIKE / ILIKE): fine for a support team's volume on
    SQLite, and the first thing to replace with full-text search when it is not."""
    handle = text.lstrip("@") or text
    identities = Identity.objects.filter(person_id=OuterRef("customer_id")).filter(
        Q(handle__icontains=handle) | Q(email__icontains=text) | Q(name__icontains=text)
    )
    messages = Message.objects.filter(conversation_id=OuterRef("pk"), body__icontains=text)
    return (
        Q(subject__icontains=text)
        | Q(customer__name__icontains=text)
        | Q(customer__email__icontains=text)
        | Exists(identities)
        | Exists(messages)
    )


def _ordering(queue: str, sort: str) -> list[Any]:
    if sort == "newest":
        return ["-last_message_at", "-id"]
    if sort == "waiting":
        return [F("last_inbound_at").asc(nulls_last=True), "last_message_at", "id"]
    if sort == "sla":
        return [F("response_due_at").asc(nulls_last=True), "-last_message_at", "-id"]
    if sort == "negative":
        # The sentiment class, then the longest waiting (no inbound time last): one stored,
        # indexed key (Conversation.sentiment_order) instead of a CASE the database sorts by.
        return ["sentiment_order", "last_inbound_at", "-id"]
    if queue == "breaching":
        return ["response_due_at", "-last_message_at"]
    return ["-last_message_at", "-id"]


def _with_preview(rows: QuerySet[Conversation]) -> QuerySet[Conversation]:
    """Adds the latest customer message's opening (`preview`) and who sent it (`sender_name`,
    `sender_handle`). Only on a page's rows fetched by id: as columns of the list's own sorted
    query they were computed for every row the database sorted (the 2,650 open e-mails of a
    channel's list, 110 ms at 1 M messages), not the 30 shown."""
    latest = Message.objects.filter(
        conversation_id=OuterRef("pk"), kind=MessageKind.INBOUND
    ).order_by("-created_at", "-id")
    # As a dict: the names are the model's declared (non-column) attributes of a listed row.
    shown: dict[str, Any] = {
        "preview": Substr(Subquery(latest.values("body")[:1]), 1, PREVIEW_CHARS),
        "sender_name": Subquery(latest.values("identity__name")[:1]),
        "sender_handle": Subquery(latest.values("identity__handle")[:1]),
        # The product area's name, as the product-feedback page shows it (the row stores the slug).
        "area_name": Subquery(Tag.objects.filter(slug=OuterRef("product_area")).values("name")[:1]),
    }
    return rows.annotate(**shown)


# What a row of the list shows (inbox/index.html#live, written by rows.py), by column: the wide
# columns (a linked thread's body and HTML, the channel's configuration, the assignee's
# password hash) are not read.
ROW_COLUMNS = (
    "pk", "subject", "status", "intent", "sentiment", "product_area", "last_message_at",
    "response_due_at", "account__kind", "account__name", "customer__name", "thread_id",
    "thread__space__name", "assignee__username", "assignee__display_name",
    "champion__username", "champion__display_name", "preview", "sender_name", "sender_handle",
    "area_name",
)  # fmt: skip


@dataclass(slots=True)
class ListedRow:
    """A row of the list: what it shows of a conversation (ROW_COLUMNS), read as plain values
    rather than six model instances a row."""

    pk: int
    subject: str
    status: str
    intent: str
    sentiment: str
    product_area: str
    last_message_at: datetime
    response_due_at: datetime | None
    channel: str  # the account's kind
    account_name: str
    customer_name: str | None
    thread_id: int | None
    space_name: str | None  # the linked thread's space
    assignee: str  # the assignee's name, "" when unassigned
    champion: str  # the champion's name, or ""
    preview: str | None  # the latest customer message's opening
    sender_name: str | None
    sender_handle: str | None
    area_name: str | None  # the product area's name; None when no area has that slug


# Sample values no request has (`db.reused`): a moment in 1901, a reader's and rows' ids below 0.
_SAMPLE_NOW = datetime(1901, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
_SAMPLE_READER = -987_654_321
_SAMPLE_ROW = -1_000_000_000


def _at(reader: int, now: datetime) -> dict[str, Any]:
    """The values a list's statements depend on: the reader, the moment and the champion offer
    window's start (derived from it)."""
    return {"reader": reader, "now": now, "start": offer_window_start(now)}


def _shape(filters: ListFilters, accounts: tuple[int, ...], *more: object) -> tuple[object, ...]:
    """Everything but the reader and the moment that a list's statement depends on."""
    config = repr(sorted(champion_settings().items()))
    return (filters, accounts, QUEUE_COUNT_CAP, config, *more)


def _run(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found: list[tuple[Any, ...]] = cursor.fetchall()
    return found


def _rows_sql(ids: Mapping[str, Any]) -> tuple[str, Sequence[Any]]:
    found = _with_preview(Conversation.objects.filter(pk__in=list(ids.values())))
    return found.values_list(*ROW_COLUMNS).query.sql_with_params()


def list_rows(ids: list[int]) -> list[ListedRow]:
    """The list's rows of `ids`, in that order, with what a row shows, in one query (built
    once per number of rows, `db.reused`)."""
    if not ids:
        return []
    samples = {f"id{n}": _SAMPLE_ROW - n for n in range(len(ids))}
    values = {f"id{n}": pk for n, pk in enumerate(ids)}
    sql, params = db.reused(("inbox-rows", len(ids)), _rows_sql, samples, values)
    when = db.column_converter(Conversation, "last_message_at")
    due = db.column_converter(Conversation, "response_due_at")
    by_pk = {}
    for row in _run(sql, params):
        (pk, subject, status, intent, sentiment, area, last, due_at, kind, account, customer,
         thread, space, assignee, assignee_display, champion, champion_display, preview,
         sender_name, sender_handle, area_name) = row  # fmt: skip
        by_pk[pk] = ListedRow(
            pk, subject, status, intent, sentiment, area, when(last),
            due(due_at) if due_at is not None else None, kind, account, customer, thread, space,
            (assignee_display or assignee or ""), (champion_display or champion or ""),
            preview, sender_name, sender_handle, area_name,
        )  # fmt: skip
    return [by_pk[pk] for pk in ids if pk in by_pk]


@dataclass
class ListPage(Sequence[ListedRow]):
    """One page of the list and where it is. `more_pages`: the queue holds more than
    QUEUE_COUNT_CAP conversations, so `num_pages` is a lower bound ("Page 2 of more than 333")."""

    rows: list[ListedRow]
    number: int
    num_pages: int
    more_pages: bool = False

    @overload
    def __getitem__(self, index: int) -> ListedRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ListedRow]: ...
    def __getitem__(self, index: int | slice) -> ListedRow | list[ListedRow]:
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.more_pages or self.number < self.num_pages

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def _ordered_ids(user: User, filters: ListFilters, start: int, stop: int) -> list[int]:
    """The ids of the list's entries `start` to `stop` in its order (the statement built once
    per query string and slice, `db.reused`)."""
    accounts = _channel_accounts(filters.channel)

    def build(at: Mapping[str, Any]) -> tuple[str, Sequence[Any]]:
        listed = _listed_at(at["reader"], at["now"], filters, accounts)
        return listed.values_list("pk", flat=True)[start:stop].query.sql_with_params()

    key = ("inbox-ids", *_shape(filters, accounts, start, stop))
    at = _at(user.pk, timezone.now())
    try:
        sql, params = db.reused(key, build, _at(_SAMPLE_READER, _SAMPLE_NOW), at)
    except EmptyResultSet:  # a channel without accounts
        return []
    return [pk for (pk,) in _run(sql, params)]


def list_page(
    user: User, filters: ListFilters, count: int, number: str | None, size: int
) -> ListPage:
    """Page `number` (1 when not a number) of the list `filters` describe, `size` rows.

    `count` is the queue's count from `queue_counts` under the same filters, so the list runs no
    count of its own: where it is past QUEUE_COUNT_CAP the exact number is not asked for (the
    solved queue's `COUNT(*)`, 250,000 index entries, took 15 to 90 ms per page at 1 M
    messages); one row past the page says whether another follows. The order is read as ids
    alone (the database sorts narrow rows), then the page's rows are fetched by id."""
    check_use_inbox(user)
    try:
        wanted = max(1, int(number or 1))
    except (TypeError, ValueError):
        wanted = 1
    if count <= QUEUE_COUNT_CAP:
        num_pages = max(1, -(-count // size))
        wanted = min(wanted, num_pages)
        ids = _ordered_ids(user, filters, (wanted - 1) * size, wanted * size)
        return ListPage(list_rows(ids), wanted, num_pages)
    ids = _ordered_ids(user, filters, (wanted - 1) * size, wanted * size + 1)
    if not ids and wanted > 1:  # past the end of a long queue: its last page, counted exactly
        last = max(1, -(-_listed(user, filters).count() // size))
        ids = _ordered_ids(user, filters, (last - 1) * size, last * size)
        return ListPage(list_rows(ids), last, last)
    if len(ids) <= size:  # the last page
        return ListPage(list_rows(ids), wanted, wanted)
    return ListPage(list_rows(ids[:size]), wanted, max(QUEUE_COUNT_CAP // size, wanted), True)


def conversations(user: User, filters: ListFilters = ListFilters()) -> QuerySet[Conversation]:
    return _listed(user, filters).select_related(
        "account", "customer", "assignee", "thread__space", "champion"
    )


def _listed(user: User, filters: ListFilters) -> QuerySet[Conversation]:
    check_use_inbox(user)
    accounts = _channel_accounts(filters.channel)
    return _listed_at(user.pk, timezone.now(), filters, accounts)


def _listed_at(
    reader: int, now: datetime, filters: ListFilters, accounts: tuple[int, ...]
) -> QuerySet[Conversation]:
    qs = _filter(
        Conversation.objects.filter(_queue_q(reader, filters.queue, now)), filters, accounts
    )
    return qs.order_by(*_ordering(filters.queue, filters.sort))


def queue_counts(user: User, filters: ListFilters = ListFilters()) -> dict[str, int]:
    """How many conversations each queue holds under the same filters (`filters`' queue and
    order do not count), in one statement, each counted up to QUEUE_COUNT_CAP + 1 (a page shows
    "10,000+"): one aggregate over every conversation read the whole table (210 ms at 250,000
    conversations), a capped count per queue reads its index as far as the cap. The statement
    is built once per filters (`db.reused`): the ORM took ~2 ms of CPU to build its seven parts."""
    check_use_inbox(user)
    counted = replace(filters, queue="", sort="")
    accounts = _channel_accounts(filters.channel)

    def build(at: Mapping[str, Any]) -> tuple[str, Sequence[Any]]:
        qs = _filter(Conversation.objects.all(), counted, accounts)
        parts: list[str] = []
        params: list[Any] = []
        for n, name in enumerate(QUEUES):
            try:
                sql, values = (
                    qs.filter(_queue_q(at["reader"], name, at["now"]))
                    .values("pk")[: QUEUE_COUNT_CAP + 1]
                    .query
                ).sql_with_params()
            except EmptyResultSet:
                parts.append("0")
                continue
            parts.append(f"(SELECT count(*) FROM ({sql}) AS q{n})")  # noqa: S608 - ORM-made SQL
            params.extend(values)
        return "SELECT " + ", ".join(parts), params

    key = ("inbox-counts", *_shape(counted, accounts))
    at = _at(user.pk, timezone.now())
    sql, params = db.reused(key, build, _at(_SAMPLE_READER, _SAMPLE_NOW), at)
    (row,) = _run(sql, params)
    return dict(zip(QUEUES, row, strict=True))


def mine_counts(filters: ListFilters = ListFilters()) -> dict[int, int]:
    """Each assignee's "Mine" count under the same filters as `queue_counts`, in one query: the
    one per-reader number of a shared list fragment (views._shared_list)."""
    # Read from the status indexes, which hold the 2,650 unsolved of 250,000 conversations at
    # 1 M messages: `_unsolved()`, not `.exclude(status=solved)` (the NOT read every
    # conversation, 86 ms on PostgreSQL on each shared render), and grouped by an expression
    # (`+ 0`), not the column, or SQLite walks the (assignee, status) index for its order:
    # every assigned conversation, 19 ms, 27 ms with an intent filter (1.4 and 0.2 ms so).
    counted = replace(filters, queue="", sort="")
    accounts = _channel_accounts(filters.channel)

    def build(_: Mapping[str, Any]) -> tuple[str, Sequence[Any]]:
        qs = _filter(
            Conversation.objects.filter(_unsolved(), assignee__isnull=False), counted, accounts
        )
        who = ExpressionWrapper(F("assignee_id") + 0, output_field=IntegerField())
        rows = qs.order_by().values(who=who).annotate(n=Count("pk")).values_list("who", "n")
        return rows.query.sql_with_params()

    try:
        sql, params = db.reused(("inbox-mine", *_shape(counted, accounts)), build, {}, {})
    except EmptyResultSet:  # a channel without accounts
        return {}
    return {assignee: n for assignee, n in _run(sql, params)}


def with_labels(messages: list[Message]) -> list[Message]:
    """Sets `label` (the stored reading, or None) on each inbound message, in one query."""
    inbound = [m.pk for m in messages if m.kind == MessageKind.INBOUND]
    found = {
        row.object_id: row
        for row in TextLabel.objects.filter(kind="message", object_id__in=inbound)
    }
    for message in messages:
        message.label = found.get(message.pk)
    return messages


def _next_due_sql(at: Mapping[str, Any]) -> tuple[str, Sequence[Any]]:
    due = Conversation.objects.filter(
        status=ConversationStatus.OPEN, response_due_at__gt=at["now"]
    ).order_by("response_due_at")  # the earliest, as MIN() read it: from the status index
    return due.values_list("response_due_at")[:1].query.sql_with_params()


def next_due_at() -> datetime | None:
    """The next moment an open conversation starts breaching its SLA: open inboxes refresh
    then, so the warning shows without waiting for any other change."""
    at = {"now": timezone.now()}
    sql, params = db.reused("inbox-next-due", _next_due_sql, {"now": _SAMPLE_NOW}, at)
    found = _run(sql, params)
    return db.column_converter(Conversation, "response_due_at")(found[0][0]) if found else None


def access_conversation(user: User, conversation_id: int) -> Conversation:
    check_use_inbox(user)
    try:
        return Conversation.objects.select_related(
            "account", "customer", "assignee", "thread", "champion"
        ).get(pk=conversation_id)
    except (Conversation.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such conversation.") from None


def conversation_messages(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("identity", "author", "delivery").prefetch_related(
        "attachments"
    )


def access_message_answered(user: User, conversation_id: int, when: datetime) -> Message | None:
    """The customer's latest message in the conversation up to `when`: what a reply drafted
    then answers (a reviewer reads it beside the held draft). Staff only, as the page."""
    check_use_inbox(user)
    return (
        Message.objects.filter(
            conversation_id=conversation_id, kind=MessageKind.INBOUND, created_at__lte=when
        )
        .select_related("identity")
        .order_by("-created_at", "-pk")
        .first()
    )


def customer_history(conversation: Conversation, limit: int = 20) -> QuerySet[Conversation]:
    """The same person's other conversations, on every channel."""
    if conversation.customer_id is None:
        return Conversation.objects.none()
    return (
        Conversation.objects.filter(customer_id=conversation.customer_id)
        .exclude(pk=conversation.pk)
        .select_related("account")
        .order_by("-last_message_at")[:limit]
    )


def access_attachment(user: User, attachment_id: int) -> Attachment:
    """Attachments are served to staff only, never from a public URL."""
    check_use_inbox(user)
    try:
        return Attachment.objects.get(pk=attachment_id)
    except (Attachment.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such attachment.") from None


def access_delivery(user: User, delivery_id: int) -> Delivery:
    check_use_inbox(user)
    try:
        return Delivery.objects.select_related("message").get(pk=delivery_id)
    except (Delivery.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such delivery.") from None


def access_canned_reply(user: User, canned_id: int) -> CannedReply:
    check_use_inbox(user)
    try:
        return CannedReply.objects.get(pk=canned_id)
    except (CannedReply.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such canned reply.") from None


def colleagues(user: User, prefix: str = "", limit: int = 200) -> QuerySet[User]:
    """Active staff, for assignment and @-mentions; `prefix` matches username or name."""
    check_use_inbox(user)
    staff = User.objects.filter(is_active=True, role__in=STAFF_ROLES)
    if prefix:
        staff = staff.filter(Q(username__istartswith=prefix) | Q(display_name__istartswith=prefix))
    return staff.only("id", "username", "display_name", "role", "team").order_by("username")[:limit]


def colleague_menu(user: User, limit: int = 200) -> list[tuple[int, str, str]]:
    """(id, username, name) of the active staff `colleagues` offers, for the assignment menus:
    plain values, not users (a page lists up to `limit` of them)."""
    return [
        (pk, username, display_name or username)
        for pk, username, display_name in colleagues(user, limit=limit).values_list(
            "id", "username", "display_name"
        )
    ]


def customer_identities(conversation: Conversation) -> list[Identity]:
    """How the customer appears on every channel."""
    if conversation.customer_id is None:
        return []
    return list(Identity.objects.filter(person_id=conversation.customer_id).order_by("created_at"))


def channel_health(user: User) -> list[tuple[ChannelAccount, ChannelHealth]]:
    """A health line per active channel that reports one (the polled social networks): last
    poll, last success, items today, or what stops it."""
    check_use_inbox(user)
    rows = []
    for account in ChannelAccount.objects.filter(is_active=True).order_by("name"):
        health = adapters.channel_health(account)
        if health is not None:
            rows.append((account, health))
    return rows
