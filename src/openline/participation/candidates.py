"""Super-user candidates, ranked with the evidence a community manager needs to decide.

Evidence over a window (default 365 days), for members who are not staff nor super-users yet
and who answered at least MIN_ANSWERS questions or problems of other people:

- answers accepted, and answers written;
- helpfulness to others: upvotes on those answers, and how many different people they helped;
- tone: the share of their recent posts with no hostile wording or profanity (the guidance
  detectors' own phrase lists, registered here by guidance, which sits above participation:
  `register_unkind_check`), and how many carry warm words ("thanks", "hope this helps");
- breadth: the product areas (tags) and spaces they answered in;
- consistency: the share of the window's weeks in which they answered.

score = (3 ln(1+accepted) + 2 ln(1+upvotes) + ln(1+answers) + ln(1+tags+spaces))
        * (0.5 + 0.5 consistency) * tone
Each part is returned, so the ranking can be checked and argued with.
"""

import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Q
from django.utils import timezone

from openline.accounts.models import Role, User
from openline.community.models import ANSWERABLE_KINDS, Reply, Thread
from openline.people.models import Reputation, SuperUserInvitation, TrustLevel

DEFAULT_DAYS = 365
MIN_ANSWERS = 3
SHORTLIST = 200  # members looked at in detail, by answers and acceptances
TONE_SAMPLE = 40
CACHE_SECONDS = 600  # most recent posts whose tone is checked
WARM = re.compile(
    r"\b(?:thanks|thank you|glad|happy to help|hope (?:this|that) helps|welcome|good luck"
    r"|sorry to hear|great question)\b",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    user: User
    score: float
    accepted: int
    answers: int
    upvotes: int
    people_helped: int
    tone: float
    posts_checked: int
    unkind_posts: int
    warm_posts: int
    tags: list[str]
    spaces: list[str]
    active_weeks: int
    weeks: int
    reputation: int = 0
    trust_level: int = 0
    invitation: str = ""
    first_answer_at: datetime | None = None
    last_answer_at: datetime | None = None

    @property
    def consistency(self) -> float:
        return round(self.active_weeks / self.weeks, 2) if self.weeks else 0.0


_unkind_checks: list[Callable[[str], bool]] = []


def register_unkind_check(check: Callable[[str], bool]) -> None:
    """`check(text)` says whether a post has hostile wording or profanity."""
    if check not in _unkind_checks:
        _unkind_checks.append(check)


def _is_unkind(text: str) -> bool:
    return any(check(text) for check in _unkind_checks)


def tone_of(texts: list[str]) -> tuple[float, int, int]:
    """(share of texts without unkind wording, unkind texts, warm texts)."""
    if not texts:
        return 1.0, 0, 0
    unkind = sum(1 for t in texts if _is_unkind(t))
    warm = sum(1 for t in texts if WARM.search(t))
    return round(1 - unkind / len(texts), 2), unkind, warm


def _score(c: Candidate) -> float:
    base = (
        3 * math.log1p(c.accepted)
        + 2 * math.log1p(c.upvotes)
        + math.log1p(c.answers)
        + math.log1p(len(c.tags) + len(c.spaces))
    )
    return round(base * (0.5 + 0.5 * c.consistency) * c.tone, 2)


def _shortlist(since: datetime) -> list[Mapping[str, Any]]:
    answers = (
        Reply.objects.filter(
            created_at__gte=since,
            retracted_at__isnull=True,
            thread__kind__in=ANSWERABLE_KINDS,
            author__is_active=True,
            author__role=Role.CUSTOMER,
        )
        .exclude(author_id=F("thread__author_id"))
        .values("author_id")
        .annotate(
            answers=Count("id"),
            accepted=Count("id", filter=Q(thread__accepted_reply_id=F("id"))),
        )
        .filter(answers__gte=MIN_ANSWERS)
        .order_by("-accepted", "-answers", "author_id")
    )
    return list(answers[:SHORTLIST])


def rank_candidates(*, days: int = DEFAULT_DAYS, limit: int = 25) -> list[Candidate]:
    """The best candidates first. The evidence is computed at most every ten minutes (seconds
    at a hundred thousand members); invitation statuses are always current."""
    key = f"participation:candidates:{days}"
    ranked: list[Candidate] | None = cache.get(key)
    if ranked is None:
        ranked = _rank(days)
        cache.set(key, ranked, CACHE_SECONDS)
    shown = ranked[:limit]
    invitations = dict(
        SuperUserInvitation.objects.filter(user_id__in=[c.user.pk for c in shown])
        .order_by("created_at")
        .values_list("user_id", "status")
    )
    for c in shown:
        c.invitation = invitations.get(c.user.pk, "")
    return shown


def _rank(days: int) -> list[Candidate]:
    now = timezone.now()
    since = now - timedelta(days=days)
    short = _shortlist(since)
    ids = [row["author_id"] for row in short]
    if not ids:
        return []
    weeks = max(1, math.ceil(days / 7))
    answers = (
        Reply.objects.filter(
            author_id__in=ids, created_at__gte=since, retracted_at__isnull=True,
            thread__kind__in=ANSWERABLE_KINDS,
        )
        .exclude(author_id=F("thread__author_id"))
        .values_list("author_id", "created_at", "upvote_count", "thread__author_id",
                     "thread__space__name")
    )  # fmt: skip
    stats: dict[int, dict[str, Any]] = defaultdict(
        lambda: {"upvotes": 0, "helped": set(), "weeks": set(), "spaces": set(), "times": []}
    )
    for author_id, created_at, upvotes, asker, space in answers:
        s = stats[author_id]
        s["upvotes"] += upvotes
        s["helped"].add(asker)
        s["weeks"].add((now - created_at).days // 7)
        s["spaces"].add(space)
        s["times"].append(created_at)
    tags: dict[int, set[str]] = defaultdict(set)
    tag_rows = (
        Reply.objects.filter(author_id__in=ids, created_at__gte=since, retracted_at__isnull=True)
        .exclude(author_id=F("thread__author_id"))
        .exclude(thread__tags__isnull=True)
        .values_list("author_id", "thread__tags__slug")
        .distinct()
    )
    for author_id, slug in tag_rows:
        tags[author_id].add(slug)
    texts = _recent_texts(ids, since)
    users = User.objects.in_bulk(ids)
    reputation = dict(Reputation.objects.filter(user_id__in=ids).values_list("user_id", "points"))
    levels = dict(TrustLevel.objects.filter(user_id__in=ids).values_list("user_id", "level"))
    candidates = []
    for row in short:
        user_id = row["author_id"]
        s = stats[user_id]
        tone, unkind, warm = tone_of(texts.get(user_id, []))
        c = Candidate(
            user=users[user_id], score=0.0, accepted=row["accepted"], answers=row["answers"],
            upvotes=s["upvotes"], people_helped=len(s["helped"]), tone=tone,
            posts_checked=len(texts.get(user_id, [])), unkind_posts=unkind, warm_posts=warm,
            tags=sorted(tags[user_id]), spaces=sorted(s["spaces"]),
            active_weeks=len(s["weeks"]), weeks=weeks,
            reputation=reputation.get(user_id, 0), trust_level=levels.get(user_id, 0),
            first_answer_at=min(s["times"], default=None),
            last_answer_at=max(s["times"], default=None),
        )  # fmt: skip
        c.score = _score(c)
        candidates.append(c)
    candidates.sort(key=lambda c: (-c.score, c.user.pk))
    return candidates


def _recent_texts(ids: list[int], since: datetime) -> dict[int, list[str]]:
    """Each member's most recent replies in the window, then threads, for the tone."""
    texts: dict[int, list[str]] = defaultdict(list)
    replies = (
        Reply.objects.filter(author_id__in=ids, created_at__gte=since)
        .order_by("author_id", "-created_at")
        .values_list("author_id", "body")
    )
    threads = (
        Thread.objects.filter(author_id__in=ids, created_at__gte=since)
        .order_by("author_id", "-created_at")
        .values_list("author_id", "body")
    )
    for rows in (replies, threads):
        for author_id, body in rows.iterator(chunk_size=2000):
            if len(texts[author_id]) < TONE_SAMPLE:
                texts[author_id].append(body)
    return texts
