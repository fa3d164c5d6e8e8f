"""The rows of the inbox list (inbox/index.html#live), written in Python, once per list.

perf-v7 worked out each row's text here (each `{% url %}`, `get_*_display`, `|date` and
`{% sla %}` of a row cost the template engine its own lookups) and left the markup to the
template; with the list rendered once per change for every reader (inbox1m-v2), the first view
after a change was what remained, and 30 rows' ~900 template variables were its largest part
(4.4 ms of CPU of ~20 at 1 M messages, issue 19). The same markup written here costs a tenth of
that. Every value is escaped as `{{ }}` escapes it (`html.escape`, which Django's `escape`
calls); the template keeps the table around the rows, and `_html` below is the row's template."""

from collections.abc import Callable, Sequence
from datetime import date, datetime
from html import escape

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext

from openline.web.templatetags.time_tags import ago, short_ago

from .models import ChannelKind, ConversationStatus, kind_names
from .selectors import ListedRow
from .templatetags.inbox_tags import sla_clock
from .voice_labels import INTENT_LABELS

# A conversation id no database holds, reversed once and replaced by each row's id: the
# URLconf still decides every path.
_SAMPLE_ID = 987654321


def _titles() -> Callable[[datetime], str]:
    """The hover title of a time as _sla.html writes it (`|date:"SHORT_DATETIME_FORMAT"`, which
    is SHORT_DATE_FORMAT, a comma and the time in every openline/core/formats file), each day
    formatted once per list rather than once per time (`dateformat.format` reads the lazy month
    name on each call: 60 calls made 1.5 ms of a list's CPU)."""
    days: dict[date, str] = {}

    def title(when: datetime) -> str:
        day = when.date()
        if day not in days:
            days[day] = date_format(day, "SHORT_DATE_FORMAT")
        return f"{days[day]}, {when:%H:%M}"

    return title


def _paths(name: str) -> tuple[str, str]:
    """The parts of a conversation URL around its id."""
    head, _, tail = reverse(name, args=[_SAMPLE_ID]).partition(str(_SAMPLE_ID))
    return head, tail


class _Labels:
    """What every row of one list says alike, translated once per list."""

    def __init__(self) -> None:
        self.paths = [_paths(f"inbox:{name}") for name in ("conversation", "assign", "status")]
        self.channels = {value: str(label) for value, label in ChannelKind.choices}
        self.kind_names = {value: kind_names(value) for value in ChannelKind.values}
        self.statuses = {value: str(label) for value, label in ConversationStatus.choices}
        self.title = _titles()
        self.unassigned = escape(gettext("Unassigned"))
        self.area_title = escape(gettext("The product area it is about"))
        self.feeling_title = escape(gettext("How the customer feels"))
        self.negative = escape(gettext("Negative"))
        self.positive = escape(gettext("Positive"))
        self.intent_title = escape(gettext("What the customer's latest message wants"))
        self.no_subject = gettext("(no subject)")
        self.unknown = escape(gettext("Unknown"))
        self.due = gettext("Answer due %(when)s UTC")
        self.intents = {value: escape(str(label)) for value, label in INTENT_LABELS.items()}


def rows_html(rows: Sequence[ListedRow]) -> SafeString:
    """The list's rows, top to bottom, in the active language, with their times and SLA
    clocks read at one moment."""
    now = timezone.now()
    labels = _Labels()
    return mark_safe("".join(_html(row, labels, now) for row in rows))  # noqa: S308 - every value escaped in _html


def _html(row: ListedRow, labels: _Labels, now: datetime) -> str:
    """One row: the markup the template had (`{% for c in page %}` … `</tr>`), each value
    escaped."""
    pk = str(row.pk)
    status = escape(row.status)
    url, assign_url, status_url = (escape(f"{head}{pk}{tail}") for head, tail in labels.paths)
    subject = escape(row.subject or labels.no_subject)
    select = gettext("Select “%(subject)s”") % {"subject": row.subject or labels.no_subject}
    preview = row.preview
    title = escape(f"{row.subject} — {preview}" if preview else row.subject)
    status_pill = (
        ""
        if row.status == ConversationStatus.OPEN
        else f'<span class="pill status status-{status}">'
        f"{escape(labels.statuses.get(row.status, row.status))}</span>"
    )
    preview_span = f'<span class="preview">{escape(preview)}</span>' if preview else ""
    customer = escape(row.customer_name or row.sender_name or "") or labels.unknown
    if row.sender_handle:
        customer += f' <span class="muted">{escape(row.sender_handle)}</span>'
    channel = labels.channels.get(row.channel, row.channel)
    account_name = escape(row.account_name)
    where = f'<span class="pill channel" title="{account_name}">{escape(channel)}</span>'
    said_where = [channel]
    if row.account_name.strip().lower() not in labels.kind_names.get(row.channel, ()):
        where += f' <span class="muted">{account_name}</span>'
        said_where.append(row.account_name)
    if row.thread_id is not None:
        # The same message as the template's tag had (`in {{ name }}`).
        space = gettext("in %(name)s") % {"name": row.space_name}
        where += f' <span class="muted">{escape(space)}</span>'
        said_where.append(space)
    # Beside the pill the column has room for a few letters ("Community i…"): the cell's
    # title says the rest.
    where_title = escape(" ".join(said_where))
    intent = (
        f'<span class="pill intent" title="{labels.intent_title}">'
        f"{labels.intents.get(row.intent) or escape(capfirst(row.intent))}</span>"
        if row.intent
        else ""
    )
    area = (
        f'<span class="pill area" title="{labels.area_title}">'
        f"{escape(row.area_name or row.product_area)}</span>"
        if row.product_area
        else ""
    )
    feeling = ""
    if row.sentiment in ("negative", "positive"):
        said = labels.negative if row.sentiment == "negative" else labels.positive
        feeling = (
            f'<span class="pill sentiment-{row.sentiment}" title="{labels.feeling_title}">'
            f"{said}</span>"
        )
    when = timezone.localtime(row.last_message_at)
    said = ago(row.last_message_at)  # in full: the short form is "2 h" (short_ago)
    sla = ""
    if row.status == ConversationStatus.OPEN and row.response_due_at is not None:
        # inbox/_sla.html's markup.
        clock = sla_clock(row.response_due_at, now)
        due = labels.due % {"when": labels.title(timezone.localtime(row.response_due_at))}
        # The column is narrow: the short clock shows ("38 h"), the full one is its title and
        # what a screen reader says ("due in 38 h 49 min"), as on the conversation page. A
        # phone's rows have no column headers and show the full one (openline.css).
        sla = (
            f'<span class="sla sla-{escape(clock["state"])}"'
            f' title="{escape(clock["label"])} · {escape(due)}">'
            f'<span class="clock-short" aria-hidden="true">{escape(clock["short"])}</span>'
            f'<span class="clock-full visually-hidden">{escape(clock["label"])}</span></span>'
        )
    assignee = (
        escape(row.assignee) if row.assignee else f'<span class="muted">{labels.unassigned}</span>'
    )
    if row.champion:
        champion = gettext("Champion: %(name)s") % {"name": row.champion}
        assignee += f' <span class="pill champion">{escape(champion)}</span>'
    return (
        f'\n    <tr class="inbox-row status-row-{status}" id="conversation-{pk}"'
        f' data-conversation="{pk}" data-href="{url}" data-assign-url="{assign_url}"'
        f' data-status-url="{status_url}">\n'
        f'      <td class="col-pick"><input type="checkbox" name="conversation" value="{pk}"'
        f' form="bulk-form" aria-label="{escape(select)}"></td>\n'
        f'      <td class="col-subject" title="{title}"><a href="{url}">{subject}</a>\n'
        f"        {status_pill}\n"
        f"        {preview_span}</td>\n"
        f'      <td class="col-customer">{customer}</td>\n'
        f'      <td class="col-channel" title="{where_title}">{where}</td>\n'
        f'      <td class="col-reading">{intent}\n'
        f"        {area}\n"
        f"        {feeling}</td>\n"
        f'      <td class="col-when"><time datetime="{escape(when.isoformat())}"'
        f' title="{escape(said)} · {escape(labels.title(when))} UTC">'
        f'<span class="clock-short" aria-hidden="true">'
        f"{escape(short_ago(row.last_message_at, now))}</span>"
        f'<span class="clock-full visually-hidden">{escape(said)}</span></time></td>\n'
        "      \n"
        f'      <td class="col-sla">{sla}</td>\n'
        f'      <td class="col-assignee">{assignee}</td>\n'
        "    </tr>\n    "
    )
