"""Champion clocks, and the champion card on the staff conversation page."""

from datetime import datetime
from typing import Any

from django import template
from django.template import Context
from django.utils.formats import date_format
from django.utils.translation import gettext

from openline.people.permissions import can_be_champion

from ..champions.selectors import champion_history
from ..models import ChampionArea, Conversation, ConversationStatus
from ..permissions import can_use_champion_queue
from .inbox_tags import clock_span, sla_clock

register = template.Library()


@register.inclusion_tag("inbox/_sla.html")
def champion_clock(due: datetime | None) -> dict[str, Any]:
    """ "due in 12 min" / "overdue by 3 min" for a first answer (or an offer window in the
    queue's "Offer ends" column)."""
    return {"clock": sla_clock(due), "due": due}


@register.inclusion_tag("inbox/_sla.html")
def offer_clock(ends: datetime | None) -> dict[str, Any]:
    """ "offer ends in 1 h 6 min" / "offer ended 3 min ago": the offer window in a sentence
    of its own (the SLA clock's "due in" after "offer ends" read "offer ends due in")."""
    if ends is None:
        return {"clock": {}}
    state, span = clock_span(ends)
    if state == "overdue":
        label = gettext("offer ended %(span)s ago") % {"span": span}
    else:
        label = gettext("offer ends in %(span)s") % {"span": span}
    title = gettext("Offer ends %(when)s UTC") % {
        "when": date_format(ends, "SHORT_DATETIME_FORMAT")
    }
    return {"clock": {"label": label, "state": state}, "due": ends, "title": title}


@register.inclusion_tag("inbox/champions/_staff_panel.html", takes_context=True)
def champion_panel(context: Context, conversation: Conversation) -> dict[str, Any]:
    """Who the champion is, their turns, Take over; or Offer to champions."""
    history = list(champion_history(conversation))
    open_turn = next((t for t in history if t.ended_at is None), None)
    can_offer = (
        conversation.status == ConversationStatus.OPEN
        and conversation.champion_id is None
        and conversation.assignee_id is None
    )
    return {
        "conversation": conversation,
        "history": history,
        "turn": open_turn,
        "areas": list(ChampionArea.objects.filter(is_active=True)) if can_offer else [],
        "can_offer": can_offer,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("inbox/champions/_programme_link.html", takes_context=True)
def champion_link(context: Context) -> dict[str, Any]:
    """On the programme page: the way into the champion queue, for eligible members."""
    user = context.get("user")
    return {
        "eligible": can_be_champion(user),
        "opted_in": can_use_champion_queue(user),
    }
