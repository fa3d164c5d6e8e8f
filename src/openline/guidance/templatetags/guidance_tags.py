from datetime import timedelta
from typing import Any

from django import template
from django.utils.translation import gettext, pgettext_lazy

from openline.guidance.selectors import kind_label as _kind_label

register = template.Library()


@register.filter
def duration(value: timedelta | None) -> str:
    """A time in review as people say it: "under a minute", "45 min", "3 h 12 min", "2 d 4 h"."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    if minutes < 1:
        return gettext("under a minute")
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        if hours:
            return gettext("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
        return gettext("%(days)s d") % {"days": days}
    if hours:
        if minutes:
            return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
        return gettext("%(hours)s h") % {"hours": hours}
    return gettext("%(minutes)s min") % {"minutes": minutes}


@register.filter
def kind_label(kind: str) -> str:
    return str(_kind_label(kind))


@register.filter
def finding_kinds(findings: list[dict[str, Any]]) -> list[str]:
    """Each kind of a draft's findings once, in their order: two apologies made the review
    queue say "Legal risk Legal risk" (the review itself lists each finding)."""
    return list(dict.fromkeys(str(f["kind"]) for f in findings if f.get("kind")))


# What a policy does, in a word, for the policy table (Action's labels are whole sentences);
# a context of their own: another app's "Block" (watched words) would win otherwise.
ACTION_NAMES = {
    "inform": pgettext_lazy("guidance action", "Inform"),
    "warn": pgettext_lazy("guidance action", "Warn"),
    "review": pgettext_lazy("guidance action", "Review"),
    "block": pgettext_lazy("guidance action", "Block"),
    "off": pgettext_lazy("guidance action", "Off"),
}


@register.filter
def action_name(action: str) -> str:
    """ "warn" → "Warn" (German: "Warnen"); a value no name knows as it is, capitalised."""
    return str(ACTION_NAMES.get(action, action.capitalize()))
