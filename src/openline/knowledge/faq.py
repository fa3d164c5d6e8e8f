"""FAQ candidates: questions customers keep asking, in public or not, proposed to staff as
articles.

Recent public questions and problems, and recent inbox conversations of the company's own
channels (e-mail, social networks, webhooks) read as a question or a problem, are grouped by
meaning (`cluster`: an item with the most near neighbours seeds a group of the still-ungrouped
items that score at least `CLUSTER_MIN_SCORE` with it, then the next). A group of `MIN_SIZE`
or more that no article covers yet (none of its threads is an article's source, and no
published article is as near to the group's centre) is a candidate, with its size by source,
its trend (asked in the last 30 days against the 30 before) and its best answer. Staff turn
one into an article in one step (the article form, pre-filled and masked from the group).

Computed when the page is asked for, over at most `MAX_THREADS` of the newest threads and as
many conversations, and kept for `CACHE_SECONDS` (the page says when it was computed)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from django.core.cache import cache
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Reply, Thread, ThreadKind
from openline.core.markdown import plain_text_of_html
from openline.inbox.models import Conversation
from openline.language.selectors import stored_vectors

from .articles import (
    ARTICLE,
    best_answer,
    check_write,
    first_replies,
    private_questions,
    published,
)
from .embeddings import CONVERSATION, THREAD
from .models import Article

CLUSTER_MIN_SCORE = 0.6
MIN_SIZE = 3
MAX_THREADS = 3000
WINDOW_DAYS = 180
BLOCK = 500  # rows of the similarity matrix computed at once (memory stays ~6 MB)
CACHE_SECONDS = 600
KINDS = (ThreadKind.QUESTION, ThreadKind.PROBLEM)
# A conversation's reading (feedback labels): "" until the worker has read it.
CONVERSATION_INTENTS = ("question", "problem", "")


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
    threads: list[Thread]  # the group's public threads, solved and most voted first
    conversations: list[Conversation]  # and its private conversations, newest first
    recent: int  # asked in the last 30 days
    before: int  # asked in the 30 days before those
    best_answer: Reply | None
    question: str  # the lead thread's title, else the lead conversation's words, masked
    private_answer: str  # with no public answer: the staff reply in the lead conversation, masked

    @property
    def lead(self) -> Thread | None:
        return self.threads[0] if self.threads else None

    @property
    def asked(self) -> int:
        return len(self.threads) + len(self.conversations)

    @property
    def ids(self) -> str:
        return ",".join(str(t.pk) for t in self.threads)

    @property
    def answer_text(self) -> str:
        """The best answer as the reader sees it: its Markdown source showed "**4.2.1**"."""
        return plain_text_of_html(self.best_answer.body_html) if self.best_answer else ""

    @property
    def conversation_ids(self) -> str:
        return ",".join(str(c.pk) for c in self.conversations)

    @property
    def channels(self) -> list[tuple[str, int]]:
        """How many of the private conversations came by each channel, most first."""
        counts: dict[str, int] = {}
        for c in self.conversations:
            counts[c.account.name] = counts.get(c.account.name, 0) + 1
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


@dataclass(frozen=True)
class Candidates:
    computed_at: datetime
    items: list[Candidate]


def _recent_conversation_ids(now: datetime) -> list[int]:
    return list(
        Conversation.objects.filter(
            thread__isnull=True,
            intent__in=CONVERSATION_INTENTS,
            created_at__gte=now - timedelta(days=WINDOW_DAYS),
        )
        .order_by("-created_at")
        .values_list("pk", flat=True)[:MAX_THREADS]
    )


def _article_vectors() -> np.ndarray:
    """The published articles' vectors, read once for every group (two queries)."""
    return stored_vectors(ARTICLE, list(published().values_list("pk", flat=True)))[1]


def _covered_by_an_article(centre: np.ndarray, articles: np.ndarray) -> bool:
    return bool(len(articles)) and float((articles @ centre).max()) >= CLUSTER_MIN_SCORE


def compute(now: datetime | None = None) -> Candidates:
    now = now or timezone.now()
    thread_ids = list(
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
    found_threads, thread_vectors = stored_vectors(THREAD, thread_ids)
    found_conversations, conversation_vectors = stored_vectors(
        CONVERSATION, _recent_conversation_ids(now)
    )
    items_found = [(THREAD, pk) for pk in found_threads] + [
        (CONVERSATION, pk) for pk in found_conversations
    ]
    vectors = np.vstack([thread_vectors, conversation_vectors])
    covered = set(Article.sources.through.objects.values_list("thread_id", flat=True))
    groups = []
    articles = _article_vectors()
    for rows in cluster(vectors, CLUSTER_MIN_SCORE, MIN_SIZE):
        members = [items_found[i] for i in rows]
        if covered.intersection(pk for kind, pk in members if kind == THREAD):
            continue
        centre = vectors[rows].mean(axis=0)
        if _covered_by_an_article(centre / (np.linalg.norm(centre) or 1.0), articles):
            continue
        groups.append(members)
    threads = Thread.objects.select_related("accepted_reply__author", "space").in_bulk(
        [pk for g in groups for kind, pk in g if kind == THREAD]
    )
    conversations = Conversation.objects.select_related("account").in_bulk(
        [pk for g in groups for kind, pk in g if kind == CONVERSATION]
    )
    # Read in bulk for every group: the newest conversation's words, the newest staff answer.
    leads = [_lead_conversations(group, conversations) for group in groups]
    wanted = [pk for group_leads in leads for pk in group_leads]
    questions, answers = private_questions(wanted), first_replies(wanted)
    month = timedelta(days=30)
    items = []
    for group, group_leads in zip(groups, leads, strict=True):
        group_threads = sorted(
            (threads[pk] for kind, pk in group if kind == THREAD and pk in threads),
            key=lambda t: (t.accepted_reply_id is None, -t.upvote_count, t.pk),
        )
        group_conversations = sorted(
            (
                conversations[pk]
                for kind, pk in group
                if kind == CONVERSATION and pk in conversations
            ),
            key=lambda c: (-c.created_at.timestamp(), c.pk),
        )
        asked_at = [t.created_at for t in group_threads] + [
            c.created_at for c in group_conversations
        ]
        best = best_answer(group_threads) if group_threads else None
        answered = next((answers[pk] for pk in group_leads if pk in answers), "")
        items.append(
            Candidate(
                threads=group_threads,
                conversations=group_conversations,
                recent=sum(at >= now - month for at in asked_at),
                before=sum(now - 2 * month <= at < now - month for at in asked_at),
                best_answer=best,
                question=(
                    group_threads[0].title
                    if group_threads
                    else next((questions[pk] for pk in group_leads if pk in questions), "")
                ),
                private_answer=answered if best is None else "",
            )
        )
    items.sort(key=lambda c: (-c.asked, -c.recent))
    return Candidates(computed_at=now, items=items)


LEADS = 10  # a group's most recent private conversations read for its question and answer


def _lead_conversations(
    group: list[tuple[str, int]], conversations: dict[int, Conversation]
) -> list[int]:
    """The group's most recent private conversations, newest first."""
    found = [conversations[pk] for k, pk in group if k == CONVERSATION and pk in conversations]
    found.sort(key=lambda c: (-c.created_at.timestamp(), c.pk))
    return [c.pk for c in found[:LEADS]]


def faq_candidates(user: User, *, fresh: bool = False) -> Candidates:
    """The candidates for staff, from the cache unless `fresh`."""
    check_write(user)
    key = "knowledge:faq-candidates"
    if not fresh and (cached := cache.get(key)) is not None:
        return cached  # type: ignore[no-any-return]
    result = compute()
    cache.set(key, result, CACHE_SECONDS)
    return result
