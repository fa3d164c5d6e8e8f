"""The SLA clock as agents read it: "due in 23 min", "overdue by 5 min"; and as the inbox
list's narrow column shows it, in the largest unit: "23 min", "38 h", "5 min late"."""

import math
from datetime import datetime
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import gettext, npgettext

from ..models import Conversation, ConversationStatus
from ..models import channel_label as _channel_label
from ..voice_labels import intent_label as _intent_label
from ..voice_labels import sentiment_label as _sentiment_label

register = template.Library()
SOON_MINUTES = 15


def _span(minutes: int) -> str:
    if minutes < 60:
        return gettext("%(minutes)s min") % {"minutes": minutes}
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if rest:
            return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
        return gettext("%(hours)s h") % {"hours": hours}
    days = hours // 24
    # After "due in" / "overdue by": German declines it there ("in 2 Tagen", not "in 2 Tage").
    return npgettext("after due in or overdue by", "%(days)s day", "%(days)s days", days) % {
        "days": days
    }


def _short_span(minutes: int) -> str:
    """The span in its largest unit alone: "45 min", "38 h", "2 d" ("38 Std.", "2 T.")."""
    if minutes < 60:
        return gettext("%(minutes)s min") % {"minutes": minutes}
    if minutes < 48 * 60:
        return gettext("%(hours)s h") % {"hours": minutes // 60}
    return gettext("%(days)s d") % {"days": minutes // (24 * 60)}


def _clock_minutes(due: datetime, now: datetime | None) -> tuple[str, int]:
    seconds = (due - (now or timezone.now())).total_seconds()
    if seconds <= 0:
        return "overdue", max(1, math.floor(-seconds / 60))
    minutes = math.ceil(seconds / 60)
    return ("soon" if minutes <= SOON_MINUTES else "ok"), minutes


def clock_span(due: datetime, now: datetime | None = None) -> tuple[str, str]:
    """(state, span) of a moment: ok, soon or overdue, and how far ahead or past it is
    ("23 min"), for a phrase of its own around it."""
    state, minutes = _clock_minutes(due, now)
    return state, _span(minutes)


def sla_clock(due: datetime | None, now: datetime | None = None) -> dict[str, str]:
    """{"label", "short", "state"} where state is ok, soon or overdue; empty when nothing is
    owed. `short` is the inbox list's (session 23, qa-v10): the largest unit alone, overdue
    marked in its words as well as its colour; `label` says it in full."""
    if due is None:
        return {}
    state, minutes = _clock_minutes(due, now)
    span, short = _span(minutes), _short_span(minutes)
    if state == "overdue":
        return {
            "label": gettext("overdue by %(span)s") % {"span": span},
            "short": gettext("%(span)s late") % {"span": short},
            "state": state,
        }
    return {"label": gettext("due in %(span)s") % {"span": span}, "short": short, "state": state}


@register.inclusion_tag("inbox/_sla.html")
def sla(conversation: Conversation) -> dict[str, Any]:
    """The clock of an open conversation; nothing for one waiting on the customer or solved."""
    if conversation.status != ConversationStatus.OPEN:
        return {"clock": {}}
    return {"clock": sla_clock(conversation.response_due_at), "due": conversation.response_due_at}


@register.filter
def intent_label(value: str) -> str:
    """A stored intent ("complaint") as the reader calls it ("Complaint", "Beschwerde")."""
    return _intent_label(value or "")


@register.filter
def sentiment_label(value: str) -> str:
    return _sentiment_label(value or "")


@register.filter
def channel_label(value: str) -> str:
    """A stored channel ("email") as the reader calls it ("E-Mail")."""
    return _channel_label(value)
