"""`{{ when|ago }}` ("just now", "5 minutes ago") and `{{ start|since:end }}` (a duration: "less
than a minute", "2 hours, 5 minutes"), as people say them; never "0 minutes". Builtins (settings
TEMPLATES), so every template has them without `{% load %}`."""

from datetime import datetime, timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

register = template.Library()


@register.filter
def ago(value: datetime | None) -> str:
    """ "just now" under a minute (and for a clock a little ahead), never "0 minutes ago"."""
    if not value:
        return ""
    if timezone.now() - value < timedelta(minutes=1):
        return "just now"
    return f"{timesince(value)} ago"


@register.filter
def since(value: datetime | None, until: datetime | None = None) -> str:
    """How long from `value` to `until` (to now without it)."""
    if not value:
        return ""
    end = until or timezone.now()
    if end - value < timedelta(minutes=1):
        return "less than a minute"
    return timesince(value, end)
