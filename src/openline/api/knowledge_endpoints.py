"""Similar questions: the threads nearest in meaning to a text, filtered by what the caller may
see (anonymous callers: public spaces only)."""

from ninja import Query, Router, Schema

from openline.core.ratelimit import client_address, hit
from openline.knowledge.similar import MAX_LIMIT, QUERY_CHARS, SimilarThread, similar_threads

from .auth import ReadApiRequest, read_auth
from .schemas import NOT_BLANK, Error, FieldErrors, absolute

router = Router()


class SimilarOut(Schema):
    id: int
    title: str
    url: str
    status: str
    score: float

    @staticmethod
    def from_similar(s: SimilarThread) -> "SimilarOut":
        return SimilarOut(
            id=s.thread.pk, title=s.thread.title, url=absolute(s.thread.get_absolute_url()),
            status="solved" if s.solved else s.thread.status, score=round(s.score, 4),
        )  # fmt: skip


@router.get(
    "/threads/similar",
    response={200: list[SimilarOut], 401: Error, 422: FieldErrors, 429: Error},
    auth=read_auth, openapi_extra={"security": [{}]}, tags=["threads"],
)  # fmt: skip
def similar(
    request: ReadApiRequest,
    text: str = Query(..., min_length=1, max_length=QUERY_CHARS, pattern=NOT_BLANK),
    limit: int = Query(5, ge=1, le=MAX_LIMIT),
):
    """Up to `limit` (1 to 10, default 5) threads you can see that answer the same need as
    `text`, best first; solved threads come first among near-equal scores. `score` is the
    cosine similarity of the two texts' embeddings (-1 to 1)."""
    user = request.auth if request.auth.is_authenticated else None
    hit("similar", str(user.pk) if user else client_address(request))
    found = similar_threads(user, text, limit=limit)
    return [SimilarOut.from_similar(s) for s in found]
