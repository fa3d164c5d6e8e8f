"""Service figures over a range of company days, read from the day rollups (rollups.py): never
a scan of the messages. Only the backlog is read live (it is "now", and the open conversations
are few and indexed by status).

Definitions (docs/decisions.md has the why):
- conversations in: inbox conversations that came in on the days of the range;
- first response: minutes from coming in to the first answer the customer got, in the SLA
  policy's business hours (clock minutes for conversations without a policy) and in clock
  minutes; median and p90 (nearest rank);
- within SLA: answered within the policy's first-response target, out of those answered under
  a policy plus those still unanswered past their due time;
- resolution: business minutes from coming in to the last time it was solved, of those solved now;
- reopen rate: of the conversations ever solved, the share reopened at least once;
- answered in public: answered on a channel that publishes the answer (community, Mastodon,
  Bluesky, X, Reddit), against privately (e-mail, webhook, feeds);
- answered by anyone (the public promise): the team answered, or on a community thread another
  member did first; its time is the asker's wait for the first of those answers, and "first by
  the community" counts the questions a member answered before the team."""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
from django.core.exceptions import EmptyResultSet, ValidationError
from django.db import connection
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Space
from openline.core.errors import UnknownReference
from openline.inbox.models import ChannelAccount, ChannelKind, Conversation, ConversationStatus

from .models import ServiceAgentDay, ServiceAgentWeek, ServiceDay, ServiceWeek
from .permissions import check_service_scope
from .rollups import EMPTY, company_zone, day_bounds, median, median_and_percentile, unpack

PUBLIC_KINDS = {ChannelKind.COMMUNITY, ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.X,
                ChannelKind.REDDIT}  # fmt: skip
DEFAULT_DAYS, MAX_DAYS = 30, 366


@dataclass
class Share:
    """n of total, shown as a count when the total is small (promise page) or as a percent."""

    n: int
    total: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.n / self.total, 1) if self.total else None

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "of": self.total, "percent": self.percent}


DURATIONS = ("first_business", "first_clock", "resolution", "first_any")


@dataclass
class Figures:
    """The figures of a group of rollup rows. Durations arrive as one array per row and are
    joined once, when first read: median and p90 over them are exact."""

    conversations: int = 0
    answered: int = 0
    sla_met: int = 0
    sla_total: int = 0
    solved: int = 0
    ever_solved: int = 0
    reopened: int = 0
    answered_public: int = 0
    # The first answer from anyone (the team, or another member on a community thread first):
    # the public promise's figures. `answered` and the durations above are the team's.
    answered_any: int = 0
    answered_any_public: int = 0
    first_by_community: int = 0
    parts: dict[str, list[np.ndarray]] = field(
        default_factory=lambda: {name: [] for name in DURATIONS}, repr=False
    )
    joined: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    summaries: dict[str, tuple[float | None, float | None]] = field(
        default_factory=dict, repr=False
    )

    def add(self, row: "Row") -> None:
        self.conversations += row.conversations
        self.answered += row.answered
        self.sla_met += row.sla_met
        self.sla_total += row.sla_total
        self.solved += row.solved
        self.ever_solved += row.ever_solved
        self.reopened += row.reopened
        self.answered_public += row.answered_public
        self.answered_any += len(row.first_any)
        self.answered_any_public += len(row.first_any) if row.public else 0
        self.first_by_community += row.first_by_community
        if self.joined:  # added to after being read: join again
            self.joined.clear()
            self.summaries.clear()
        parts = self.parts
        parts["first_business"].append(row.first_business)
        parts["first_clock"].append(row.first_clock)
        parts["resolution"].append(row.resolution)
        parts["first_any"].append(row.first_any)

    def durations(self, name: str) -> np.ndarray:
        found = self.joined.get(name)
        if found is None:
            arrays = [a for a in self.parts[name] if len(a)]
            found = np.concatenate(arrays) if len(arrays) > 1 else (arrays or [EMPTY])[0]
            self.joined[name] = found
        return found

    def summary(self, name: str) -> tuple[float | None, float | None]:
        """The median and the p90 of one duration, computed once (the page, its charts and
        tables ask several times)."""
        found = self.summaries.get(name)
        if found is None:
            found = self.summaries[name] = median_and_percentile(self.durations(name), 0.9)
        return found

    def median(self, name: str) -> float | None:
        return self.summary(name)[0]

    def p90(self, name: str) -> float | None:
        return self.summary(name)[1]

    @property
    def first_business(self) -> np.ndarray:
        return self.durations("first_business")

    @property
    def first_clock(self) -> np.ndarray:
        return self.durations("first_clock")

    @property
    def resolution(self) -> np.ndarray:
        return self.durations("resolution")

    @property
    def sla(self) -> Share:
        return Share(self.sla_met, self.sla_total)

    @property
    def reopen(self) -> Share:
        return Share(self.reopened, self.ever_solved)

    @property
    def public(self) -> Share:
        return Share(self.answered_public, self.answered)

    @property
    def first_any(self) -> np.ndarray:
        return self.durations("first_any")

    @property
    def answered_any_share(self) -> Share:
        """Questions that got an answer from anyone, of all that came in (the promise)."""
        return Share(self.answered_any, self.conversations)

    @property
    def answered_share(self) -> Share:
        return Share(self.answered, self.conversations)

    @property
    def solved_share(self) -> Share:
        return Share(self.solved, self.conversations)

    def as_dict(self) -> dict[str, Any]:
        return {
            "conversations": self.conversations,
            "answered": self.answered_share.as_dict(),
            "first_response_minutes": {
                "median": self.median("first_business"),
                "p90": self.p90("first_business"),
                "clock_median": self.median("first_clock"),
                "clock_p90": self.p90("first_clock"),
            },
            "within_sla": self.sla.as_dict(),
            "resolution_minutes": {
                "median": self.median("resolution"),
                "p90": self.p90("resolution"),
            },
            "solved": self.solved_share.as_dict(),
            "reopened": self.reopen.as_dict(),
            "answered_in_public": self.public.as_dict(),
        }


@dataclass
class Filters:
    since: date
    until: date  # inclusive
    channel: str | None = None  # a channel kind (every account of that kind)
    space: int | None = None
    team: str | None = None
    agent: int | None = None

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


@dataclass
class Report:
    filters: Filters
    total: Figures
    by_channel: list[tuple[str, Figures]]  # channel kind
    by_space: list[tuple[Space | None, Figures]]
    series: list[tuple[date, Figures]]  # per day (per week past 62 days: the week's Monday)
    weekly: bool


def today() -> date:
    return timezone.now().astimezone(company_zone()).date()


def clean_range(
    since: str | None, until: str | None, *, now: date | None = None
) -> tuple[date, date]:
    """YYYY-MM-DD bounds, both included; the last 30 days by default; at most 366 days."""
    now = now or today()
    try:
        end = date.fromisoformat(until) if until else now
        start = date.fromisoformat(since) if since else end - timedelta(days=DEFAULT_DAYS - 1)
    except ValueError as error:
        raise ValidationError(_("Write dates as YYYY-MM-DD.")) from error
    if start > end:
        raise ValidationError(_("The range starts after it ends."))
    if (end - start).days + 1 > MAX_DAYS:
        raise ValidationError(_("Choose at most %(MAX_DAYS)s days.") % {"MAX_DAYS": MAX_DAYS})
    return start, end


def team_members(team: str) -> list[int]:
    return list(User.objects.filter(team=team).values_list("pk", flat=True))


def _accounts_of(kind: str) -> list[int]:
    return list(ChannelAccount.objects.filter(kind=kind).values_list("pk", flat=True))


@dataclass(slots=True)
class Row:
    """One rollup row as the report adds it up."""

    day: date
    account: int
    space: int
    conversations: int
    answered: int
    sla_met: int
    sla_total: int  # answered under a policy, and unanswered past due now
    solved: int
    ever_solved: int
    reopened: int
    answered_public: int
    first_business: np.ndarray
    first_clock: np.ndarray
    resolution: np.ndarray
    public: bool  # on a channel that publishes its answers
    first_by_community: int
    first_any: np.ndarray  # minutes to the first answer from anyone (the promise's)


def whole_weeks(since: date, until: date) -> tuple[date, date] | None:
    """The Mondays of the first and the last week lying wholly within the range, if any."""
    first = since + timedelta(days=-since.weekday() % 7)
    last = until - timedelta(days=(until.weekday() + 1) % 7) - timedelta(days=6)
    return (first, last) if first <= last else None


def _rows(filters: Filters, public: set[int], now: float, *, weeks: bool) -> list[Row]:
    """One Row per rollup row: the per-assignee rollup when a team or an agent is chosen, else
    the one per channel account and space (far fewer rows); with `weeks`, the whole weeks of
    the range from the week rollups (a week's Row is dated its Monday) and only the days at
    its edges from the day ones."""
    by_person = bool(filters.agent or filters.team)
    day_model: Any = ServiceAgentDay if by_person else ServiceDay  # the same columns, one more
    week_model: Any = ServiceAgentWeek if by_person else ServiceWeek
    span = whole_weeks(filters.since, filters.until) if weeks else None
    days = day_model.objects.filter(day__gte=filters.since, day__lte=filters.until)
    found = []
    if span is not None:
        first, last = span
        days = days.exclude(day__gte=first, day__lte=last + timedelta(days=6))
        found = _fetch(week_model.objects.filter(day__gte=first, day__lte=last), filters)
    found += _fetch(days, filters)
    return [
        Row(
            _as_date(day), account, space, n, answered, sla_met,
            sla_answered + (int(np.count_nonzero(unpack(due) < now)) if due else 0),
            solved, ever, reopened, answered if account in public else 0,
            unpack(fb), unpack(fc), unpack(res), account in public, by_community, unpack(fa),
        )
        for (day, account, space, n, answered, fb, fc, sla_answered, sla_met, due, solved, res,
             ever, reopened, by_community, fa) in found
    ]  # fmt: skip


def _fetch(rows: Any, filters: Filters) -> list[tuple]:
    if filters.channel:
        rows = rows.filter(account_id__in=_accounts_of(filters.channel))
    if filters.space:
        rows = rows.filter(space_id=filters.space)
    if filters.agent:
        rows = rows.filter(assignee_id=filters.agent)
    if filters.team:
        rows = rows.filter(assignee_id__in=team_members(filters.team))
    try:
        sql, params = rows.values_list(*_COLUMNS).query.sql_with_params()
    except EmptyResultSet:  # a channel with no account, a team of no one: nothing to read
        return []
    with connection.cursor() as cursor:  # plain rows: no per-row conversion by the ORM
        cursor.execute(sql, params)
        return cursor.fetchall()


_COLUMNS = (
    "day", "account_id", "space_id", "conversations", "answered", "first_response_business",
    "first_response_clock", "sla_answered", "sla_met", "unanswered_due", "solved",
    "resolution_business", "ever_solved", "reopened", "first_by_community", "first_answer_clock",
)  # fmt: skip


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)  # SQLite: text


def report(filters: Filters, *, now: datetime | None = None) -> Report:
    stamp = (now or timezone.now()).timestamp()
    kinds = dict(ChannelAccount.objects.values_list("pk", "kind"))
    public = {pk for pk, kind in kinds.items() if kind in PUBLIC_KINDS}
    weekly = filters.days > 62
    total = Figures()
    channels: dict[str, Figures] = defaultdict(Figures)
    spaces: dict[int, Figures] = defaultdict(Figures)
    series: dict[date, Figures] = {}
    step = timedelta(days=7 if weekly else 1)
    start = filters.since - timedelta(days=filters.since.weekday()) if weekly else filters.since
    while start <= filters.until:
        series[start] = Figures()
        start += step
    for row in _rows(filters, public, stamp, weeks=weekly):
        day = row.day
        total.add(row)
        channels[kinds.get(row.account, "")].add(row)
        spaces[row.space].add(row)
        series[day - timedelta(days=day.weekday()) if weekly else day].add(row)
    space_names = {s.pk: s for s in Space.objects.filter(pk__in=[k for k in spaces if k])}
    return Report(
        filters=filters,
        total=total,
        by_channel=sorted(channels.items()),
        by_space=sorted(
            ((space_names.get(pk), f) for pk, f in spaces.items()),
            key=lambda pair: (pair[0] is None, pair[0].name if pair[0] else ""),
        ),
        series=sorted(series.items()),
        weekly=weekly,
    )


@dataclass
class Backlog:
    open: int
    waiting: int
    median_age_hours: float | None
    oldest_age_hours: float | None

    def as_dict(self) -> dict[str, Any]:
        return {"open": self.open, "waiting_on_customer": self.waiting,
                "median_age_hours": self.median_age_hours,
                "oldest_age_hours": self.oldest_age_hours}  # fmt: skip


def backlog(filters: Filters, *, now: datetime | None = None) -> Backlog:
    """Conversations not solved now (open, or waiting on the customer), and how long ago they
    came in. Live: the range does not apply, the other filters do."""
    now = now or timezone.now()
    rows = Conversation.objects.filter(
        status__in=[ConversationStatus.OPEN, ConversationStatus.PENDING]
    )
    # Ids, not joins: the database walks an index on (status, account, created_at) or
    # (assignee, status), not the table.
    if filters.channel:
        rows = rows.filter(account_id__in=_accounts_of(filters.channel))
    if filters.space:
        rows = rows.filter(thread__space_id=filters.space)
    if filters.agent:
        rows = rows.filter(assignee_id=filters.agent)
    if filters.team:
        rows = rows.filter(assignee_id__in=team_members(filters.team))
    # Counted and ordered by the database: the backlog may be thousands of rows.
    counts = rows.aggregate(
        open=Count("id", filter=Q(status=ConversationStatus.OPEN)),
        waiting=Count("id", filter=Q(status=ConversationStatus.PENDING)),
        oldest=Min("created_at"),
    )
    total = counts["open"] + counts["waiting"]
    middle: list[datetime] = []
    if total:  # the middle one (two) of the ages is the middle one (two) of the times
        ordered = rows.order_by("created_at").values_list("created_at", flat=True)
        middle = list(ordered[(total - 1) // 2 : total // 2 + 1])

    def hours(created: datetime) -> float:
        return round((now - created).total_seconds() / 3600, 2)

    return Backlog(
        open=counts["open"],
        waiting=counts["waiting"],
        median_age_hours=median([hours(c) for c in middle]),
        oldest_age_hours=hours(counts["oldest"]) if counts["oldest"] else None,
    )


def range_bounds(filters: Filters) -> tuple[datetime, datetime]:
    zone = company_zone()
    return day_bounds(filters.since, zone)[0], day_bounds(filters.until, zone)[1]


def _positive_int(value: str | None, name: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or len(value) > 12:
        raise ValidationError(_("%(name)s must be a number.") % {"name": name})
    return int(value)


def filters_from(user: User, params: Mapping[str, str | None]) -> Filters:
    """The range and filters from a query string (the page's form, the API, the CSV links):
    bad values are a ValidationError saying which; a colleague's or another team's figures
    asked for by an agent are a PermissionDenied (permissions.check_service_scope)."""
    since, until = clean_range(params.get("from"), params.get("to"))
    channel = params.get("channel") or None
    if channel is not None and channel not in ChannelKind.values:
        raise ValidationError(
            _("Unknown channel: choose one of %(join)s.") % {"join": ", ".join(ChannelKind.values)}
        )
    space = _positive_int(params.get("space"), "space")
    if space is not None and not Space.objects.filter(pk=space).exists():
        raise UnknownReference({"space": "Unknown space."})
    team = (params.get("team") or "").strip()[:80] or None
    agent = None
    if username := (params.get("agent") or "").strip()[:150]:
        agent = User.objects.filter(username=username).first()
        if agent is None or not agent.is_staff_member:
            raise UnknownReference({"agent": "Unknown agent."})
    check_service_scope(user, agent=agent, team=team)
    return Filters(since, until, channel, space, team, agent.pk if agent else None)
