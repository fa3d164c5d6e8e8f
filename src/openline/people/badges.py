"""Badges for milestones. Each is earned from the figures stored on a member's trust level
(measured from community data by `openline.participation`); the super-user badge is given on
joining the programme. Badges are never taken back: they mark something that happened."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from .models import Badge, BadgeAward, TrustLevel


@dataclass(frozen=True)
class BadgeSpec:
    """`name` and `description` are stored in English and translated where shown (marked with
    `gettext_noop` so the catalog has them)."""

    slug: str
    name: str
    description: str
    tier: str
    earned: Callable[[int, dict[str, Any]], bool] | None  # (level, stats); None: given by hand


BADGES: list[BadgeSpec] = [
    BadgeSpec("helping-hand", gettext_noop("Helping hand"),
              gettext_noop("Answered someone else's question."), "bronze",
              lambda level, s: s.get("answers", 0) >= 1),
    BadgeSpec("first-accepted", gettext_noop("Solved it"),
              gettext_noop("First accepted answer."), "bronze",
              lambda level, s: s.get("accepted_answers", 0) >= 1),
    BadgeSpec("avid-reader", gettext_noop("Avid reader"),
              gettext_noop("Read 100 threads."), "bronze",
              lambda level, s: s.get("posts_read", 0) >= 100),
    BadgeSpec("ten-accepted", gettext_noop("Problem solver"),
              gettext_noop("Ten accepted answers."), "silver",
              lambda level, s: s.get("accepted_answers", 0) >= 10),
    BadgeSpec("helpful", gettext_noop("Helpful"),
              gettext_noop("50 upvotes on replies to others."), "silver",
              lambda level, s: s.get("upvotes_received", 0) >= 50),
    BadgeSpec("regular", gettext_noop("Regular"),
              gettext_noop("Reached trust level 3."), "silver",
              lambda level, s: level >= 3),
    BadgeSpec("fifty-accepted", gettext_noop("Guru"),
              gettext_noop("Fifty accepted answers."), "gold",
              lambda level, s: s.get("accepted_answers", 0) >= 50),
    BadgeSpec("leader", gettext_noop("Leader"),
              gettext_noop("Reached trust level 4."), "gold",
              lambda level, s: level >= 4),
    BadgeSpec("super-user", gettext_noop("Super-user"),
              gettext_noop("Joined the super-user programme."), "gold",
              None),
]  # fmt: skip


def sync_badges() -> dict[str, Badge]:
    """Creates or updates the badge rows from BADGES; returns them by slug."""
    existing = {b.slug: b for b in Badge.objects.all()}
    for position, spec in enumerate(BADGES):
        wanted = {"name": spec.name, "description": spec.description, "tier": spec.tier,
                  "position": position}  # fmt: skip
        badge = existing.get(spec.slug)
        if badge is None:
            existing[spec.slug] = Badge.objects.create(slug=spec.slug, **wanted)
        elif any(getattr(badge, k) != v for k, v in wanted.items()):
            Badge.objects.filter(pk=badge.pk).update(**wanted)
    return existing


def award_earned_badges() -> int:
    """Awards every badge a member has earned and does not hold yet. Returns how many."""
    badges = sync_badges()
    automatic = [spec for spec in BADGES if spec.earned is not None]
    held = set(BadgeAward.objects.values_list("user_id", "badge_id"))
    now = timezone.now()
    new = []
    rows = TrustLevel.objects.values_list("user_id", "level", "stats").iterator(chunk_size=5000)
    for user_id, level, stats in rows:
        for spec in automatic:
            badge_id = badges[spec.slug].pk
            earned = spec.earned
            if (user_id, badge_id) not in held and earned and earned(level, stats or {}):
                new.append(BadgeAward(user_id=user_id, badge_id=badge_id, awarded_at=now))
    with transaction.atomic():
        BadgeAward.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
    return len(new)
