"""Trust levels 0 to 4: what each level needs, what it may do, and how a member's level follows
from their figures. Pure functions: the figures are measured by `openline.participation` from
community data, the result is stored in `people.TrustLevel`.

An operator tunes both tables in settings, level by level, e.g.::

    OPENLINE["TRUST_LEVELS"] = {3: {"accepted_answers": 5}}
    OPENLINE["TRUST_PRIVILEGES"] = {0: {"posts_per_day": 5}}

Levels 1 and 2 count all time: once earned they stay, unless flags pile up. Levels 3 and 4 count
a rolling window (`window_days`), so they lapse when a member stops contributing, after a grace
period that protects a fresh promotion from a quiet fortnight.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

LEVELS = range(5)
LEVEL_NAMES = {
    0: pgettext_lazy("trust level", "New"),
    1: pgettext_lazy("trust level", "Basic"),
    2: pgettext_lazy("trust level", "Member"),
    3: pgettext_lazy("trust level", "Regular"),
    4: pgettext_lazy("trust level", "Leader"),
}
CRITERIA = ("days_visited", "posts_read", "replies", "accepted_answers")
CRITERION_LABELS = {
    "days_visited": _("Days visited"),
    "posts_read": _("Posts read"),
    "replies": _("Replies"),
    "accepted_answers": _("Accepted answers"),
}

DEFAULT_TRUST_LEVELS: dict[int, dict[str, Any]] = {
    1: {"days_visited": 2, "posts_read": 5, "replies": 0, "accepted_answers": 0,
        "max_flags_against": 2, "window_days": None},
    2: {"days_visited": 10, "posts_read": 30, "replies": 3, "accepted_answers": 0,
        "max_flags_against": 2, "window_days": None},
    3: {"days_visited": 25, "posts_read": 100, "replies": 15, "accepted_answers": 3,
        "max_flags_against": 1, "window_days": 100, "grace_days": 14},
    4: {"days_visited": 50, "posts_read": 200, "replies": 40, "accepted_answers": 10,
        "max_flags_against": 0, "window_days": 100, "grace_days": 14},
}  # fmt: skip

# None means no limit. Staff are never limited.
DEFAULT_TRUST_PRIVILEGES: dict[int, dict[str, Any]] = {
    0: {"posts_per_day": 20, "links_per_post": 2},
    1: {"posts_per_day": 100, "links_per_post": 10},
    2: {"posts_per_day": None, "links_per_post": None},
    3: {"posts_per_day": None, "links_per_post": None},
    4: {"posts_per_day": None, "links_per_post": None},
}
TRIAGE_LEVEL = 3  # retag, move between public spaces, mark duplicates
CHAMPION_LEVEL = 4  # may opt in to the champion queue


def _merged(defaults: dict[int, dict[str, Any]], name: str) -> dict[int, dict[str, Any]]:
    overrides = settings.OPENLINE.get(name, {})
    return {level: {**rules, **overrides.get(level, {})} for level, rules in defaults.items()}


def trust_levels() -> dict[int, dict[str, Any]]:
    return _merged(DEFAULT_TRUST_LEVELS, "TRUST_LEVELS")


def privileges(level: int) -> dict[str, Any]:
    return _merged(DEFAULT_TRUST_PRIVILEGES, "TRUST_PRIVILEGES")[level]


def windows() -> set[int | None]:
    """The distinct windows (in days, None for all time) the criteria are measured over."""
    return {rules.get("window_days") for rules in trust_levels().values()}


def stats_key(name: str, window_days: int | None) -> str:
    return name if window_days is None else f"{name}_{window_days}d"


def meets(level: int, stats: dict[str, int]) -> bool:
    rules = trust_levels()[level]
    window = rules.get("window_days")
    if stats.get(stats_key("flags_against", window), 0) > rules.get("max_flags_against", 0):
        return False
    return all(stats.get(stats_key(name, window), 0) >= rules.get(name, 0) for name in CRITERIA)


def computed_level(stats: dict[str, int]) -> int:
    """The highest level whose criteria hold, each level also needing the ones below."""
    level = 0
    for candidate in sorted(trust_levels()):
        if not meets(candidate, stats):
            break
        level = candidate
    return level


@dataclass(frozen=True)
class Decision:
    level: int
    promoted_at: datetime | None


def decide(
    *,
    current: int,
    computed: int,
    pinned: int | None,
    promoted_at: datetime | None,
    now: datetime,
) -> Decision:
    """The level that applies. A pin wins. A promotion applies at once; a demotion waits until
    the grace period of the level held has passed since the member was promoted to it."""
    if pinned is not None:
        return Decision(pinned, promoted_at)
    if computed > current:
        return Decision(computed, now)
    if computed < current:
        grace = trust_levels().get(current, {}).get("grace_days") or 0
        if promoted_at is not None and now - promoted_at < timedelta(days=grace):
            return Decision(current, promoted_at)
    return Decision(computed, promoted_at)


def next_level_progress(level: int, stats: dict[str, int]) -> list[dict[str, Any]]:
    """What the next level needs, criterion by criterion, for the member's own page."""
    if level + 1 not in trust_levels():
        return []
    rules = trust_levels()[level + 1]
    window = rules.get("window_days")
    rows = []
    for name in CRITERIA:
        needed = rules.get(name, 0)
        if needed:
            have = stats.get(stats_key(name, window), 0)
            rows.append({"name": CRITERION_LABELS[name], "have": have, "needed": needed,
                         "met": have >= needed, "window_days": window})  # fmt: skip
    return rows
