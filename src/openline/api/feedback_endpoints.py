"""Voice of the customer for product teams: the labelled items and the ideas with their
demand, with the product-feedback page's filters (the same rows as its CSV and JSON exports)."""

from datetime import date

from django.contrib.auth.models import AnonymousUser
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError

from openline.accounts.models import User
from openline.feedback.selectors import CHUNK, idea_rows, item_page
from openline.insights import permissions
from openline.insights.product import page_filters

from .auth import ReadApiRequest, read_auth
from .schemas import Error, FieldErrors

router = Router(tags=["feedback"])


class FeedbackQuery(Schema):
    from_: str | None = Field(None, alias="from", description="YYYY-MM-DD (30 days back).")
    to: str | None = Field(None, description="YYYY-MM-DD, included (today).")
    area: str | None = Field(None, description="A product area (tag slug), or 'unassigned'.")
    channel: str | None = None
    intent: str | None = None
    sentiment: str | None = None


class ItemsQuery(FeedbackQuery):
    after: int = Field(0, ge=0, description="The `next` cursor of the previous page.")
    limit: int = Field(CHUNK, ge=1, le=CHUNK)


class ItemOut(Schema):
    date: str = Field(..., description="When the customer wrote it (ISO 8601).")
    kind: str = Field(..., description="message (inbox) or thread (community).")
    id: int
    channel: str
    intent: str = Field(..., description="An agent's correction wins.")
    sentiment: str
    sentiment_score: float
    product_area: str | None
    product_area_source: str | None = Field(..., description="tag, space or meaning.")
    corrected: bool
    link: str


class ItemsOut(Schema):
    from_: date = Field(..., alias="from")
    to: date
    items: list[ItemOut]
    next: int | None = Field(..., description="Pass as `after` for the next page; null at the end.")


class IdeaOut(Schema):
    id: int
    title: str
    status: str
    product_area: str | None
    demand: int
    created_at: str
    link: str


class IdeasOut(Schema):
    ideas: list[IdeaOut]


def _staff(request: ReadApiRequest) -> User:
    user = request.auth
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        raise AuthenticationError()
    permissions.check_view_insights(user)
    return user


def _params(query: FeedbackQuery) -> dict[str, str | None]:
    return {"from": query.from_, "to": query.to, "area": query.area, "channel": query.channel,
            "intent": query.intent, "sentiment": query.sentiment}  # fmt: skip


@router.get(
    "/feedback/items", response={200: ItemsOut, 401: Error, 403: Error, 422: FieldErrors},
    auth=read_auth, by_alias=True,
)  # fmt: skip
def items(request: ReadApiRequest, query: Query[ItemsQuery]):
    """Customer messages and posts read in the range with their labels, oldest read first,
    a page at a time. Staff only."""
    _staff(request)
    filters = page_filters(_params(query))
    base = request.build_absolute_uri("/")[:-1]
    rows, cursor = item_page(filters.items(), after=query.after, limit=query.limit, base_url=base)
    return {"from": filters.since, "to": filters.until, "items": rows, "next": cursor}


@router.get(
    "/feedback/ideas", response={200: IdeasOut, 401: Error, 403: Error, 422: FieldErrors},
    auth=read_auth,
)  # fmt: skip
def ideas(request: ReadApiRequest, query: Query[FeedbackQuery]):
    """Ideas posted up to the range's end, most wanted first, with their demand. Staff only."""
    _staff(request)
    filters = page_filters(_params(query))
    return {"ideas": list(idea_rows(filters.items(), request.build_absolute_uri("/")[:-1]))}
