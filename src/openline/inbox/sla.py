"""The business-hours calendar of an SLA policy: its time zone and weekly opening hours.

Hours are written per weekday as "09:00-17:00" (several ranges with commas: "09:00-12:00,
13:00-17:00"; "" or a missing day is closed). A policy with no hours at all runs around the
clock. Minutes are counted in the policy's own time zone, across daylight-saving changes, by
turning every local opening into UTC instants before subtracting."""

import itertools
import zoneinfo
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HORIZON_DAYS = 400  # how far add_minutes looks for enough open minutes before giving up


@dataclass(frozen=True)
class Calendar:
    zone: ZoneInfo
    # weekday (0 = Monday) → opening ranges as (start, end) minutes after local midnight
    hours: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def always_open(self) -> bool:
        return not any(self.hours)

    def _openings(self, first: date, last: date) -> Iterator[tuple[datetime, datetime]]:
        day = first
        while day <= last:
            for start, end in self.hours[day.weekday()]:
                yield _instant(day, start, self.zone), _instant(day, end, self.zone)
            day += timedelta(days=1)

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Open minutes from `start` to `end` (0 when end is not after start)."""
        if end <= start:
            return 0.0
        if self.always_open:
            return (end - start).total_seconds() / 60
        first = start.astimezone(self.zone).date()
        last = end.astimezone(self.zone).date()
        seconds = 0.0
        for open_at, close_at in self._openings(first, last):
            overlap = (min(close_at, end) - max(open_at, start)).total_seconds()
            seconds += max(overlap, 0.0)
        return seconds / 60

    def add_minutes(self, start: datetime, minutes: float) -> datetime:
        """The instant `minutes` open minutes after `start`."""
        if self.always_open:
            return start + timedelta(minutes=minutes)
        left = timedelta(minutes=minutes)
        first = start.astimezone(self.zone).date()
        for open_at, close_at in self._openings(first, first + timedelta(days=_HORIZON_DAYS)):
            begin = max(open_at, start)
            if close_at <= begin:
                continue
            if begin + left <= close_at:
                return begin + left
            left -= close_at - begin
        raise ValidationError(_("The calendar has too few open hours to place this deadline."))


def _instant(day: date, minute: int, zone: ZoneInfo) -> datetime:
    """Local wall time on `day` as a UTC instant (24:00 is the next midnight)."""
    local = datetime.combine(day, time(0), tzinfo=zone) + timedelta(minutes=minute)
    # Adding to an aware datetime is wall-clock arithmetic; re-read the wall time in the zone so
    # that a day with a daylight-saving change gets that day's offset.
    wall = local.replace(tzinfo=None)
    return datetime.combine(wall.date(), wall.time(), tzinfo=zone).astimezone(UTC)


@cache
def zone_choices() -> list[tuple[str, str]]:
    """Every time zone this machine knows ("Europe/Berlin"): a policy's choices, read when a
    form is built, so the list follows the system's time-zone data and no migration holds it."""
    return [(zone, zone) for zone in sorted(zoneinfo.available_timezones())]


def parse_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            {"time_zone": _("Unknown time zone '%(zone)s'.") % {"zone": name}}
        ) from error


def _minute(text: str, day: str) -> int:
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
    except ValueError as error:
        raise ValidationError(
            {"business_hours": _("%(day)s: write times as HH:MM.") % {"day": day}}
        ) from error
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise ValidationError(
            {
                "business_hours": _("%(day)s: %(strip)s is not a time.")
                % {"day": day, "strip": text.strip()}
            }
        )
    return hours * 60 + minutes


def parse_hours(raw: Mapping[str, str]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """{"mon": "09:00-17:00", …} → per weekday, sorted non-overlapping (start, end) minutes."""
    if not isinstance(raw, Mapping):
        raise ValidationError(
            {"business_hours": _('Give the hours per day: {"mon": "09:00-17:00"}.')}
        )
    unknown = sorted(set(raw) - set(DAYS))
    if unknown:
        raise ValidationError(
            {
                "business_hours": _("Unknown day '%(day)s': use %(days)s.")
                % {"day": unknown[0], "days": ", ".join(DAYS)}
            }
        )
    week: list[tuple[tuple[int, int], ...]] = []
    for day in DAYS:
        text = raw.get(day) or ""
        if not isinstance(text, str):
            raise ValidationError(
                {"business_hours": _("%(day)s: write the hours as text.") % {"day": day}}
            )
        ranges = []
        for part in filter(None, (p.strip() for p in text.split(","))):
            if part.count("-") != 1:
                raise ValidationError(
                    {"business_hours": _("%(day)s: write ranges as 09:00-17:00.") % {"day": day}}
                )
            start, end = (_minute(p, day) for p in part.split("-"))
            if end <= start:
                raise ValidationError(
                    {
                        "business_hours": _("%(day)s: %(part)s ends before it starts.")
                        % {"day": day, "part": part}
                    }
                )
            ranges.append((start, end))
        ranges.sort()
        if any(b[0] < a[1] for a, b in itertools.pairwise(ranges)):
            raise ValidationError(
                {"business_hours": _("%(day)s: the ranges overlap.") % {"day": day}}
            )
        week.append(tuple(ranges))
    return tuple(week)


def calendar(time_zone: str, business_hours: Mapping[str, str]) -> Calendar:
    return Calendar(parse_zone(time_zone), parse_hours(business_hours or {}))


ALWAYS = Calendar(ZoneInfo("UTC"), ((),) * 7)
