"""Voice of the customer for product teams: the labelled items and the ideas with their
demand, with the product-feedback page's filters (the same rows as its CSV and JSON exports)."""

from datetime import date
from enum import StrEnum

from django.contrib.auth.models import AnonymousUser
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError

from openline.accounts.models import User
from openline.feedback.selectors import CHUNK, idea_rows, item_page
from openline.inbox.models import ChannelKind
from openline.insights import permissions
from openline.insights.product import PageFilters, page_filters
from openline.insights.service import MAX_DAYS
from openline.language.voice import INTENTS, SENTIMENTS

from .auth import ReadApiRequest, read_auth
from .schemas import Error, FieldErrors

router = Router(tags=["feedback"])


Intent = StrEnum("Intent", {name.upper(): name for name in INTENTS})  # type: ignore[misc]
Sentiment = StrEnum("Sentiment", {name.upper(): name for name in SENTIMENTS})  # type: ignore[misc]


class FeedbackQuery(Schema):
    from_: date | None = Field(
        None, alias="from", description="First day (30 days back); the range is at most "
        f"{MAX_DAYS} days and must not start after it ends (422).",
    )  # fmt: skip
    to: date | None = Field(None, description="Last day, included (today).")
    area: str | None = Field(
        None, max_length=100,
        description="A product area (tag slug; 404 if none), or 'unassigned'.",
    )  # fmt: skip
    channel: ChannelKind | None = Field(None, description="A channel kind.")
    intent: Intent | None = None
    sentiment: Sentiment | None = None


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


def _text(value: object) -> str | None:
    """The query string's value as the page's form gives it to page_filters."""
    return None if value is None else str(getattr(value, "value", None) or value)


def _filters(query: FeedbackQuery) -> PageFilters:
    params = {"from": _text(query.from_), "to": _text(query.to), "area": query.area,
              "channel": _text(query.channel), "intent": _text(query.intent),
              "sentiment": _text(query.sentiment)}  # fmt: skip
    return page_filters(params)


@router.get(
    "/feedback/items",
    response={200: ItemsOut, 401: Error, 403: Error, 404: FieldErrors, 422: FieldErrors},
    auth=read_auth, by_alias=True,
)  # fmt: skip
def items(request: ReadApiRequest, query: Query[ItemsQuery]):
    """Customer messages and posts read in the range with their labels, oldest read first,
    a page at a time. Staff only."""
    _staff(request)
    filters = _filters(query)
    base = request.build_absolute_uri("/")[:-1]
    rows, cursor = item_page(filters.items(), after=query.after, limit=query.limit, base_url=base)
    return {"from": filters.since, "to": filters.until, "items": rows, "next": cursor}


@router.get(
    "/feedback/ideas",
    response={200: IdeasOut, 401: Error, 403: Error, 404: FieldErrors, 422: FieldErrors},
    auth=read_auth,
)  # fmt: skip
def ideas(request: ReadApiRequest, query: Query[FeedbackQuery]):
    """Ideas posted up to the range's end, most wanted first, with their demand. Staff only."""
    _staff(request)
    filters = _filters(query)
    return {"ideas": list(idea_rows(filters.items(), request.build_absolute_uri("/")[:-1]))}
