"""What a row of the inbox list shows, worked out once per row in Python for the template
(inbox/index.html#live). Each `{% url %}`, `get_*_display`, `|date` and `{% sla %}` of a row
cost the template engine its own lookups: `get_kind_display` alone builds a dictionary of every
channel's translated name on each call, three calls a row. 30 rows made 30 ms of CPU per
page at 1 M messages (issue 19); the same text from here costs a few."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.text import capfirst
from django.utils.translation import gettext

from openline.web.templatetags.time_tags import ago

from .models import ChannelKind, Conversation, ConversationStatus
from .templatetags.inbox_tags import sla_clock

# A conversation id no database holds, reversed once and replaced by each row's id: the
# URLconf still decides every path.
_SAMPLE_ID = 987654321


def _titles() -> Callable[[datetime], str]:
    """The hover title of a time as _sla.html writes it (`|date:"j M Y H:i"`), with the month
    names translated once per list rather than once per time (`dateformat.format` reads the
    lazy name on each call: 60 calls made 1.5 ms of a list's CPU)."""
    months = {number: str(name).title() for number, name in MONTHS_3.items()}
    return lambda when: f"{when.day} {months[when.month]} {when.year} {when:%H:%M}"


@dataclass(frozen=True)
class RowShown:
    subject: str  # "(no subject)" when it has none
    title: str  # the subject and the latest customer message's opening (the hover title)
    customer: str
    account_name: str
    space_label: str  # "in <space>" for a conversation linked to a community thread, else ""
    intent_label: str
    assignee: str  # "" when unassigned
    champion_label: str  # "Champion: <name>", or ""
    url: str
    assign_url: str
    status_url: str
    status_label: str  # "" for an open conversation (no pill)
    channel_label: str
    account_named: bool  # the account's name says more than the channel's (shown beside it)
    when: str  # the last message's time, ISO 8601
    when_title: str
    when_ago: str
    sla_label: str  # "" when nothing is owed (waiting on the customer, solved, no SLA)
    sla_state: str
    sla_due_title: str


def _paths(name: str) -> tuple[str, str]:
    """The parts of a conversation URL around its id."""
    head, _, tail = reverse(name, args=[_SAMPLE_ID]).partition(str(_SAMPLE_ID))
    return head, tail


def show_rows(rows: list[Conversation]) -> list[Conversation]:
    """Sets `shown` (a RowShown) on each row, in the active language, at one moment."""
    now = timezone.now()
    paths = [_paths(f"inbox:{name}") for name in ("conversation", "assign", "status")]
    channels = {value: str(label) for value, label in ChannelKind.choices}
    statuses = {value: str(label) for value, label in ConversationStatus.choices}
    title = _titles()
    for row in rows:
        pk = str(row.pk)
        account = row.account
        channel = channels.get(account.kind, account.kind)
        clock: dict[str, str] = {}
        due: datetime | None = None
        if row.status == ConversationStatus.OPEN and row.response_due_at is not None:
            due = row.response_due_at
            clock = sla_clock(due, now)
        when = timezone.localtime(row.last_message_at)
        url, assign_url, status_url = (f"{head}{pk}{tail}" for head, tail in paths)
        preview = getattr(row, "preview", None)
        thread, assignee, champion = row.thread, row.assignee, row.champion
        row.shown = RowShown(
            subject=row.subject or "(no subject)",
            title=f"{row.subject} — {preview}" if preview else row.subject,
            customer=(row.customer.name if row.customer else "")
            or getattr(row, "sender_name", None)
            or "Unknown",
            account_name=account.name,
            # The same messages as the template's tags had (`in {{ name }}`, …).
            space_label=gettext("in %(name)s") % {"name": thread.space.name} if thread else "",
            intent_label=capfirst(row.intent) if row.intent else "",
            assignee=assignee.name if assignee else "",
            champion_label=gettext("Champion: %(name)s") % {"name": champion.name}
            if champion
            else "",
            url=url,
            assign_url=assign_url,
            status_url=status_url,
            status_label=""
            if row.status == ConversationStatus.OPEN
            else statuses.get(row.status, row.status),
            channel_label=channel,
            account_named=account.name.lower() != channel.lower(),
            when=when.isoformat(),
            when_title=title(when),
            when_ago=ago(row.last_message_at),
            sla_label=clock.get("label", ""),
            sla_state=clock.get("state", ""),
            sla_due_title=title(timezone.localtime(due)) if due else "",
        )
    return rows
