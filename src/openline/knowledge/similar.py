"""Similar questions: the threads a reader may see that are nearest in meaning to a text.

The query text is embedded on the request (a few milliseconds for a title and a paragraph);
the threads' vectors were computed in the background (embeddings.py) and are searched exactly
in process (language/index.py). Then one query keeps the threads the reader may see, whatever
the number of threads."""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from django.conf import settings

from openline.accounts.models import User
from openline.community.models import Thread, ThreadKind, ThreadStatus
from openline.community.selectors import visible_threads
from openline.language import embed, index
from openline.language.embedders import model_id

from .embeddings import THREAD, thread_text

MAX_LIMIT = 10
QUERY_CHARS = 2000
QUERY_VECTORS = 1024  # search queries' vectors kept per process (1.5 KB each)
# Nearest vectors read before the privacy filter: private, merged or deleted threads among them
# are dropped, and 50 leaves room for that on any real community.
CANDIDATES = 50
# "Solved ones first among near-equal scores": a solved thread ranks as if this much nearer.
SOLVED_BONUS = 0.04
# Threads that can answer a need (or gather votes for one); praise and chat do not.
SUGGESTED_KINDS = [ThreadKind.QUESTION, ThreadKind.PROBLEM, ThreadKind.IDEA, ThreadKind.FEEDBACK]


@dataclass
class SimilarThread:
    thread: Thread
    score: float

    @property
    def solved(self) -> bool:
        return (
            self.thread.status == ThreadStatus.SOLVED or self.thread.accepted_reply_id is not None
        )


def similar_threads(
    user: User | None,
    title: str,
    body: str = "",
    *,
    limit: int = 5,
    exclude: int | None = None,
    kinds: list[ThreadKind] | None = None,
) -> list[SimilarThread]:
    """Up to `limit` threads `user` may see that answer the same need, best first; `kinds`
    narrows them (the ideas while posting an idea)."""
    text = thread_text(title[:QUERY_CHARS], body[:QUERY_CHARS])
    if not text:
        return []
    (vector,) = embed([text])
    candidates = dict(index.nearest(THREAD, vector, CANDIDATES))
    floor = settings.OPENLINE["SIMILAR_MIN_SCORE"]
    wanted = [pk for pk, score in candidates.items() if score >= floor and pk != exclude]
    if not wanted:
        return []
    threads = (
        visible_threads(user)
        .filter(pk__in=wanted, duplicate_of__isnull=True, kind__in=kinds or SUGGESTED_KINDS)
        .select_related("space")
        .only(
            "id",
            "title",
            "slug",
            "status",
            "accepted_reply_id",
            "reply_count",
            "upvote_count",
            "kind",
            "space__slug",
            "space__name",
            "space__is_private",
        )
    )
    found = [SimilarThread(t, candidates[t.pk]) for t in threads]
    found.sort(key=lambda s: (-(s.score + (SOLVED_BONUS if s.solved else 0.0)), s.thread.pk))
    return found[: max(1, min(limit, MAX_LIMIT))]


def search_candidates(user: User | None, query: str, limit: int) -> list[tuple[int, float]]:
    """Community search's semantic provider (`OPENLINE["SEARCH_SEMANTIC"]`): the threads
    nearest in meaning to a query, best first, above `SEARCH_SEMANTIC_MIN_SCORE`. Search keeps
    only those the reader may see and fuses them with its word matches."""
    text = query[:QUERY_CHARS].strip()
    if not text or not index.size(THREAD):  # no thread has a vector yet: nothing to embed for
        return []
    vector = _query_vector(model_id(), text)
    floor = settings.OPENLINE["SEARCH_SEMANTIC_MIN_SCORE"]
    return [(pk, score) for pk, score in index.nearest(THREAD, vector, limit) if score >= floor]


@lru_cache(maxsize=QUERY_VECTORS)
def _query_vector(model: str, text: str) -> np.ndarray:
    """A search query's vector, kept for the next pages, the next reader asking the same and
    the query being refined (5-10 ms of CPU each); per model, so a new model embeds again."""
    vector: np.ndarray = embed([text])[0]
    vector.flags.writeable = False  # shared between requests
    return vector
