"""What goes in and out of the API. Outputs are read from model instances the endpoints load
with their related rows (select_related / prefetch), so a resolver never runs a query."""

from datetime import datetime
from math import ceil
from typing import Any, Literal

from django.conf import settings
from django.db.models import QuerySet
from django.utils.html import escape
from ninja import Field, Schema

from openline.community.actions import TITLE_MIN
from openline.community.models import Reply, Space, Thread, ThreadKind


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def paginate(queryset: QuerySet, page: int) -> dict:
    size = settings.OPENLINE["PAGE_SIZE"]
    count = queryset.count()
    pages = max(1, ceil(count / size))
    items = list(queryset[(page - 1) * size : page * size]) if page <= pages else []
    return {
        "count": count,
        "page": page,
        "page_size": size,
        "pages": pages,
        "next_page": page + 1 if page < pages else None,
        "previous_page": min(page - 1, pages) if page > 1 else None,
        "items": items,
    }


class Error(Schema):
    detail: str


class FieldErrors(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(
        ..., description="Messages per input field; `__all__` for the request as a whole."
    )


class AuthorOut(Schema):
    username: str
    name: str
    role: str
    badge: str = Field(..., description="Role badge shown beside posts ('' for customers).")


class SpaceOut(Schema):
    slug: str
    name: str
    description: str
    is_private: bool
    url: str

    @staticmethod
    def resolve_url(obj: Space) -> str:
        return absolute(obj.get_absolute_url())


class SpaceRef(Schema):
    slug: str
    name: str


class TagOut(Schema):
    slug: str
    name: str


def _moderated(post: Thread | Reply) -> str:
    """What stands in place of the text of a post a moderator hid or deleted (flags hide it
    too): the API shows the public's view, whoever asks."""
    if post.deleted_at is not None:
        return f"Deleted by a moderator: {post.deletion_reason}"
    if post.held_reason and post.hidden_at is not None:
        return "Waiting for a moderator's review."
    return "Hidden by a moderator." if post.hidden_at is not None else ""


class ThreadOut(Schema):
    id: int
    url: str
    space: SpaceRef
    kind: str
    title: str
    body: str = Field(..., description="Markdown source as written.")
    body_html: str = Field(..., description="Rendered and sanitised HTML.")
    tags: list[TagOut]
    status: str
    status_reason: str
    accepted_reply_id: int | None
    reply_count: int
    upvote_count: int
    view_count: int
    author: AuthorOut
    created_at: datetime
    edited_at: datetime | None
    last_activity_at: datetime
    waiting_for_review: str = Field(
        "", description="Why the post waits for a moderator before it is public (a watched "
        "word, a new member's first post or link); empty once published.",
    )  # fmt: skip

    @staticmethod
    def resolve_waiting_for_review(obj: Thread) -> str:
        return obj.held_reason_shown if obj.hidden_at is not None else ""

    @staticmethod
    def resolve_url(obj: Thread) -> str:
        return absolute(obj.get_absolute_url())

    @staticmethod
    def resolve_tags(obj: Thread) -> list:
        return list(obj.tags.all())

    @staticmethod
    def resolve_body(obj: Thread) -> str:
        return _moderated(obj) or obj.body

    @staticmethod
    def resolve_body_html(obj: Thread) -> str:
        return escape(_moderated(obj)) or obj.body_html


class ThreadPage(Schema):
    count: int = Field(..., description="Threads matching, on all pages.")
    page: int
    page_size: int
    pages: int
    next_page: int | None
    previous_page: int | None
    items: list[ThreadOut]


class ReplyOut(Schema):
    id: int
    thread_id: int
    url: str
    body: str = Field(..., description="Markdown source as written.")
    body_html: str = Field(..., description="Rendered and sanitised HTML.")
    author: AuthorOut
    upvote_count: int
    is_accepted: bool
    created_at: datetime
    edited_at: datetime | None
    retracted_at: datetime | None
    retracted_by: str | None = Field(..., description="Username of who retracted it.")
    retraction_note: str
    waiting_for_review: str = Field(
        "", description="Why the post waits for a moderator before it is public (a watched "
        "word, a new member's first post or link); empty once published.",
    )  # fmt: skip

    @staticmethod
    def resolve_waiting_for_review(obj: Reply) -> str:
        return obj.held_reason_shown if obj.hidden_at is not None else ""

    @staticmethod
    def resolve_url(obj: Reply) -> str:
        return absolute(obj.get_absolute_url())

    @staticmethod
    def resolve_is_accepted(obj: Reply) -> bool:
        return obj.thread.accepted_reply_id == obj.pk

    @staticmethod
    def resolve_retracted_by(obj: Reply) -> str | None:
        return obj.retracted_by.username if obj.retracted_by else None

    @staticmethod
    def resolve_body(obj: Reply) -> str:
        return _moderated(obj) or obj.body

    @staticmethod
    def resolve_body_html(obj: Reply) -> str:
        return escape(_moderated(obj)) or obj.body_html


class ReplyPage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    next_page: int | None
    previous_page: int | None
    items: list[ReplyOut]


# What the actions accept, said in the schema so that generated clients send only that.
# `pattern` is searched for (unanchored), as JSON Schema and pydantic both do.
NOT_BLANK = r"\S"
TITLE = rf"\S(?:\s*\S){{{TITLE_MIN - 1}}}"  # at least TITLE_MIN characters besides spaces


def text_field(description: str, *, max_length: int) -> Any:
    """A required text that must hold more than white space."""
    return Field(..., description=description, min_length=1, max_length=max_length,
                 pattern=NOT_BLANK)  # fmt: skip


class ThreadIn(Schema):
    space: str = Field(
        ..., min_length=1, max_length=100, description="Slug of a space you can post in; "
        "one you cannot see answers 404, like one that does not exist.",
    )  # fmt: skip
    kind: ThreadKind = ThreadKind.QUESTION
    title: str = Field(
        ..., max_length=settings.OPENLINE["TITLE_MAX"], pattern=TITLE,
        description=f"At least {TITLE_MIN} characters besides spaces (runs of white space "
        "become one space).",
    )  # fmt: skip
    body: str = text_field("Markdown.", max_length=settings.OPENLINE["BODY_MAX"])
    tags: list[str] = Field(
        default_factory=list, max_length=5,
        description="Slugs of existing tags, at most five; an unknown one answers 404.",
    )  # fmt: skip


class ReplyIn(Schema):
    body: str = text_field("Markdown.", max_length=settings.OPENLINE["BODY_MAX"])


class ThreadFilters(Schema):
    space: str | None = Field(None, description="Only threads in this space (slug).")
    tag: str | None = Field(None, description="Only threads with this tag (slug).")
    sort: Literal["latest", "top", "unanswered"] = "latest"
    page: int = Field(1, ge=1, le=100_000)


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=100_000)


# The largest primary key (BigAutoField): a bigger number cannot name a row, and the databases
# refuse to compare with it.
MAX_ID = 2**63 - 1
