from datetime import timedelta

from django import template

from openline.guidance.selectors import kind_label as _kind_label

register = template.Library()


@register.filter
def duration(value: timedelta | None) -> str:
    """A time in review as people say it: "under a minute", "45 min", "3 h 12 min", "2 d 4 h"."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    if minutes < 1:
        return "under a minute"
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


@register.filter
def kind_label(kind: str) -> str:
    return _kind_label(kind)
