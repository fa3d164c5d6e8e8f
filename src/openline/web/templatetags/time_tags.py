"""`{{ when|ago }}` ("just now", "5 minutes ago") and `{{ start|since:end }}` (a duration: "less
than a minute", "2 hours, 5 minutes"), as people say them; never "0 minutes". Builtins (settings
TEMPLATES), so every template has them without `{% load %}`. In the active language: German
says "gerade eben" and "vor 5 Minuten", whose units take another case than a bare duration's,
hence their own strings (context "ago")."""

import functools
from datetime import datetime, timedelta
from typing import Any

from django import template
from django.utils import timezone
from django.utils.timesince import MONTHS_DAYS, TIME_CHUNKS, TIME_STRINGS_KEYS, timesince
from django.utils.translation import get_language, gettext, gettext_noop, npgettext_lazy

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
    return ago_between(value, datetime.now(value.tzinfo))


def ago_between(value: datetime, now: datetime) -> str:
    """`value` "ago" seen at `now` (a minute or more later): Django's `timesince` with the "ago"
    units, the same text, but only its arithmetic runs per call; the wording is built once per
    language and shown pair of units (a cache miss of a thread page shows one per reply, and
    `timesince` resolving its lazy strings each time was most of a byline's cost, issue 19)."""
    if now - value < timedelta(minutes=1):  # a clock ahead: as `timesince` says it
        return gettext("%(delta)s ago") % {"delta": timesince(value, now, time_strings=AGO_STRINGS)}
    # Django's timesince, step for step: whole years and months from a calendar pivot, then
    # weeks, days, hours and minutes of the rest; the first unit not zero and the next.
    total_months = (now.year - value.year) * 12 + (now.month - value.month)
    if value.day > now.day or (value.day == now.day and value.time() > now.time()):
        total_months -= 1
    years, months = divmod(total_months, 12)
    pivot = value
    if years or months:
        pivot_year, pivot_month = value.year + years, value.month + months
        if pivot_month > 12:
            pivot_month -= 12
            pivot_year += 1
        pivot = datetime(
            pivot_year,
            pivot_month,
            min(MONTHS_DAYS[pivot_month - 1], value.day),
            value.hour,
            value.minute,
            value.second,
            tzinfo=value.tzinfo,
        )
    remaining = (now - pivot).total_seconds()
    partials = [years, months]
    for chunk in TIME_CHUNKS:
        count = int(remaining // chunk)
        partials.append(count)
        remaining -= chunk * count
    first = next((i for i, count in enumerate(partials) if count), None)
    if first is None:
        return _ago_text(get_language(), ((5, 0),))
    shown = [(first, partials[first])]
    if first + 1 < len(partials) and partials[first + 1]:
        shown.append((first + 1, partials[first + 1]))
    return _ago_text(get_language(), tuple(shown))


@functools.lru_cache(maxsize=4096)
def _ago_text(language: str | None, shown: tuple[tuple[int, int], ...]) -> str:
    """The "ago" text of (unit index, count) pairs in `language` (the active one)."""
    units = [
        (AGO_STRINGS[TIME_STRINGS_KEYS[i]] % {"num": count}).replace(" ", "\xa0")
        for i, count in shown
    ]
    return gettext("%(delta)s ago") % {"delta": gettext(", ").join(units)}


@register.filter
def since(value: datetime | None, until: datetime | None = None) -> str:
    """How long from `value` to `until` (to now without it)."""
    if not value:
        return ""
    end = until or timezone.now()
    if end - value < timedelta(minutes=1):
        return gettext("less than a minute")
    return timesince(value, end)


# "5 min", "2 h", "3 d" for a narrow column (the inbox list's "Last", session 23, qa-v10): the
# largest unit alone, no "ago"; its full form (`ago`) goes in the title beside it.
SHORT_UNITS = (
    (365 * 86400, gettext_noop("%(num)d yr")),
    (30 * 86400, gettext_noop("%(num)d mo")),
    (7 * 86400, gettext_noop("%(num)d wk")),
    (86400, gettext_noop("%(num)d d")),
    (3600, gettext_noop("%(num)d h")),
    (60, gettext_noop("%(num)d min")),
)


def short_ago(value: datetime, now: datetime | None = None) -> str:
    """How long ago `value` was, in its largest unit: "now", "38 min", "2 h", "3 d" ("jetzt",
    "38 Min.", "2 Std.", "3 T."). Days up to two weeks, as a list's rows are mostly that
    recent."""
    seconds = ((now or timezone.now()) - value).total_seconds()
    if seconds < 60:
        return gettext("now")
    units: tuple[tuple[int, str], ...]
    if seconds < 48 * 3600:  # "38 h" says more than "1 d" does
        units = SHORT_UNITS[4:]
    elif seconds < 14 * 86400:
        units = SHORT_UNITS[3:]
    else:
        units = SHORT_UNITS
    size, unit = next((size, unit) for size, unit in units if seconds >= size)
    return gettext(unit) % {"num": int(seconds // size)}
