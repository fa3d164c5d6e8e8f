"""`{{ when|ago }}` ("just now", "5 minutes ago") and `{{ start|since:end }}` (a duration: "less
than a minute", "2 hours, 5 minutes"), as people say them; never "0 minutes". Builtins (settings
TEMPLATES), so every template has them without `{% load %}`. In the active language: German
says "gerade eben" and "vor 5 Minuten", whose units take another case than a bare duration's,
hence their own strings (context "ago")."""

from datetime import datetime, timedelta
from typing import Any

from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext, npgettext_lazy

register = template.Library()

# The units inside "%(delta)s ago" ("vor 3 Tagen": German declines them there).
AGO_STRINGS: dict[str, Any] = {
    "year": npgettext_lazy("ago", "%(num)d year", "%(num)d years", "num"),
    "month": npgettext_lazy("ago", "%(num)d month", "%(num)d months", "num"),
    "week": npgettext_lazy("ago", "%(num)d week", "%(num)d weeks", "num"),
    "day": npgettext_lazy("ago", "%(num)d day", "%(num)d days", "num"),
    "hour": npgettext_lazy("ago", "%(num)d hour", "%(num)d hours", "num"),
    "minute": npgettext_lazy("ago", "%(num)d minute", "%(num)d minutes", "num"),
}


@register.filter
def ago(value: datetime | None) -> str:
    """ "just now" under a minute (and for a clock a little ahead), never "0 minutes ago"."""
    if not value:
        return ""
    if timezone.now() - value < timedelta(minutes=1):
        return gettext("just now")
    return gettext("%(delta)s ago") % {"delta": timesince(value, time_strings=AGO_STRINGS)}


@register.filter
def since(value: datetime | None, until: datetime | None = None) -> str:
    """How long from `value` to `until` (to now without it)."""
    if not value:
        return ""
    end = until or timezone.now()
    if end - value < timedelta(minutes=1):
        return gettext("less than a minute")
    return timesince(value, end)
