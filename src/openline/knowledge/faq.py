"""FAQ candidates: questions the community keeps asking, proposed to staff as articles.

Recent public questions and problems are grouped by meaning (`cluster`: a thread with the most
near neighbours seeds a group of the still-ungrouped threads that score at least
`CLUSTER_MIN_SCORE` with it, then the next). A group of `MIN_SIZE` or more that no article
covers yet (none of its threads is an article's source) is a candidate, with its size, its
trend (asked in the last 30 days against the 30 before) and its best answer. Staff turn one
into an article in one step (the article form, pre-filled from the group's threads).

Computed when the page is asked for, over at most `MAX_THREADS` of the newest threads, and
kept for `CACHE_SECONDS` (the page says when it was computed)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from django.core.cache import cache
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Reply, Thread, ThreadKind
from openline.language.selectors import stored_vectors

from .articles import best_answer, check_write
from .embeddings import THREAD
from .models import Article

CLUSTER_MIN_SCORE = 0.6
MIN_SIZE = 3
MAX_THREADS = 3000
WINDOW_DAYS = 180
BLOCK = 500  # rows of the similarity matrix computed at once (memory stays ~6 MB)
CACHE_SECONDS = 600
KINDS = (ThreadKind.QUESTION, ThreadKind.PROBLEM)


def cluster(vectors: np.ndarray, threshold: float, min_size: int) -> list[list[int]]:
    """Groups of row indexes whose vectors (unit length) are near a common seed, largest
    first; rows in no group of `min_size` are left out."""
    n = len(vectors)
    if n == 0:
        return []
    neighbours: list[np.ndarray] = []
    for start in range(0, n, BLOCK):
        sims = vectors[start : start + BLOCK] @ vectors.T
        neighbours.extend(np.flatnonzero(row >= threshold) for row in sims)
    taken = np.zeros(n, dtype=bool)
    groups: list[list[int]] = []
    for seed in sorted(range(n), key=lambda i: (-len(neighbours[i]), i)):
        if taken[seed]:
            continue
        members = [int(j) for j in neighbours[seed] if not taken[j]]
        if seed not in members:
            members.insert(0, seed)
        if len(members) < min_size:
            continue
        taken[members] = True
        groups.append(members)
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


@dataclass(frozen=True)
class Candidate:
    threads: list[Thread]  # the group, solved and most voted first
    recent: int  # asked in the last 30 days
    before: int  # asked in the 30 days before those
    best_answer: Reply | None

    @property
    def lead(self) -> Thread:
        return self.threads[0]

    @property
    def ids(self) -> str:
        return ",".join(str(t.pk) for t in self.threads)


@dataclass(frozen=True)
class Candidates:
    computed_at: datetime
    items: list[Candidate]


def compute(now: datetime | None = None) -> Candidates:
    now = now or timezone.now()
    ids = list(
        Thread.objects.filter(
            space__is_private=False,
            kind__in=KINDS,
            merged_at__isnull=True,
            duplicate_of__isnull=True,
            created_at__gte=now - timedelta(days=WINDOW_DAYS),
        )
        .order_by("-created_at")
        .values_list("pk", flat=True)[:MAX_THREADS]
    )
    ordered, vectors = stored_vectors(THREAD, ids)
    covered = set(Article.sources.through.objects.values_list("thread_id", flat=True))
    groups = [[ordered[i] for i in g] for g in cluster(vectors, CLUSTER_MIN_SCORE, MIN_SIZE)]
    groups = [g for g in groups if not covered.intersection(g)]
    threads = Thread.objects.select_related("accepted_reply__author", "space").in_bulk(
        [pk for g in groups for pk in g]
    )
    month = timedelta(days=30)
    items = []
    for group in groups:
        members = sorted(
            (threads[pk] for pk in group if pk in threads),
            key=lambda t: (t.accepted_reply_id is None, -t.upvote_count, t.pk),
        )
        items.append(
            Candidate(
                threads=members,
                recent=sum(t.created_at >= now - month for t in members),
                before=sum(now - 2 * month <= t.created_at < now - month for t in members),
                best_answer=best_answer(members),
            )
        )
    return Candidates(computed_at=now, items=items)


def faq_candidates(user: User, *, fresh: bool = False) -> Candidates:
    """The candidates for staff, from the cache unless `fresh`."""
    check_write(user)
    key = "knowledge:faq-candidates"
    if not fresh and (cached := cache.get(key)) is not None:
        return cached  # type: ignore[no-any-return]
    result = compute()
    cache.set(key, result, CACHE_SECONDS)
    return result
