"""Privileges that follow from trust: `can_*` for templates, `check_*` raising PermissionDenied
(or a rate-limit error for posting too much). The community's actions call these, so a level is
enforced on the server for pages and API alike.

Staff act at the top level. A super-user (the role given by the programme) acts at least at the
triage level, whatever their figures say."""

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from openline.accounts.models import Role, User
from openline.core.ratelimit import RateLimited

from . import trust
from .models import TrustLevel

_CACHE_ATTRIBUTE = "_openline_trust_level"
LINK_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>()\[\]]+")


def _signed_in(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def stored_level(user: User) -> int:
    """The member's level from the table (0 before the first recompute), read once per object."""
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = (
            TrustLevel.objects.filter(user_id=user.pk).values_list("level", flat=True).first() or 0
        )
        setattr(user, _CACHE_ATTRIBUTE, cached)
    return cached


# The stored level in plain SQL, one parameter (the member's id), for a caller that reads it
# in one query with its own rows; it then calls remember_level.
LEVEL_SQL = f"SELECT level FROM {TrustLevel._meta.db_table} WHERE user_id = %s"  # noqa: S608


def remember_level(user: User, level: int) -> None:
    """The level as a caller read it with its own query (community.selectors.reader_state)."""
    setattr(user, _CACHE_ATTRIBUTE, level)


def remembered_level(user: User) -> int | None:
    """The level if this request already read it (`stored_level`, `remember_level`), else None."""
    return getattr(user, _CACHE_ATTRIBUTE, None)


def effective_level(user: User | None) -> int:
    if not _signed_in(user):
        return 0
    assert user is not None
    if user.is_staff_member:
        return max(trust.LEVELS)
    level = stored_level(user)
    if user.role == Role.SUPERUSER:
        level = max(level, trust.TRIAGE_LEVEL)
    return level


def forget_level(user: User) -> None:
    """Drops the level read for this object, after it changed."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


# --- triage and champions ---------------------------------------------------------------------


def can_triage(user: User | None) -> bool:
    """Retag threads, move them between public spaces, mark duplicates."""
    return effective_level(user) >= trust.TRIAGE_LEVEL


def check_triage(user: User | None) -> None:
    if not can_triage(user):
        raise PermissionDenied(
            _(
                "Retagging, moving and marking duplicates open up at trust level "
                "%(level)d (%(name)s)."
            )
            % {"level": trust.TRIAGE_LEVEL, "name": trust.LEVEL_NAMES[trust.TRIAGE_LEVEL]}
        )


def can_be_champion(user: User | None) -> bool:
    """May opt in to the champion queue: trust level 4 or a super-user; not staff, who work the
    inbox itself."""
    if not _signed_in(user):
        return False
    assert user is not None
    if user.is_staff_member:
        return False
    return user.role == Role.SUPERUSER or stored_level(user) >= trust.CHAMPION_LEVEL


def check_be_champion(user: User | None) -> None:
    if not can_be_champion(user):
        raise PermissionDenied(
            _(
                "The champion queue is open to super-users and members at trust level "
                "%(level)d (%(name)s)."
            )
            % {"level": trust.CHAMPION_LEVEL, "name": trust.LEVEL_NAMES[trust.CHAMPION_LEVEL]}
        )


# --- new members' limits ----------------------------------------------------------------------


class DailyPostLimit(RateLimited):
    def __init__(self, limit: int, retry_after: int) -> None:
        super().__init__(retry_after)
        hours = max(1, round(retry_after / 3600))
        self.args = (
            ngettext(
                "New members can post %(limit)d times a day. You can post again in about "
                "%(hours)d hour; the limit rises as you take part.",
                "New members can post %(limit)d times a day. You can post again in about "
                "%(hours)d hours; the limit rises as you take part.",
                hours,
            )
            % {"limit": limit, "hours": hours},
        )


def count_links(text: str) -> int:
    return len(LINK_RE.findall(text or ""))


def check_post_limits(
    user: User,
    body: str,
    *,
    recent_posts: Callable[[datetime], list[datetime]] | None = None,
) -> None:
    """Refuses a post over the member's limits: links in one post, and (for a new post, when
    `recent_posts(since)` gives the creation times of their posts since then) posts per day."""
    if user.is_staff_member:
        return
    rules = trust.privileges(effective_level(user))
    links = rules.get("links_per_post")
    if links is not None and count_links(body) > links:
        raise ValidationError(
            {
                "body": ngettext(
                    "New members can include at most %(links)d link in a post (%(now)d now). "
                    "The limit rises as you take part.",
                    "New members can include at most %(links)d links in a post (%(now)d now). "
                    "The limit rises as you take part.",
                    links,
                )
                % {"links": links, "now": count_links(body)}
            }
        )
    per_day = rules.get("posts_per_day")
    if per_day is None or recent_posts is None:
        return
    now = timezone.now()
    times = sorted(recent_posts(now - timedelta(days=1)))
    if len(times) >= per_day:
        oldest_counted = times[len(times) - per_day]
        retry_after = max(60, int((oldest_counted + timedelta(days=1) - now).total_seconds()))
        raise DailyPostLimit(per_day, retry_after)


# --- privacy requests -------------------------------------------------------------------------


def can_handle_privacy_requests(user: User | None) -> bool:
    """Administrators: an export holds everything about a person, an erasure cannot be undone."""
    return _signed_in(user) and user is not None and (user.role == Role.ADMIN or user.is_superuser)


def check_handle_privacy_requests(user: User | None) -> None:
    if not can_handle_privacy_requests(user):
        raise PermissionDenied(_("Only administrators handle privacy requests."))
