"""The community API: spaces, threads and their replies. Each endpoint reads through the
community selectors and writes through its actions, so the API shows and allows exactly what
the pages do: private content is 404 to outsiders."""

from typing import Any, Literal

from django.conf import settings
from django.http import Http404, HttpResponse
from ninja import Field, Query, Router, Schema, Status

from openline.community import actions, selectors
from openline.community.models import Tag
from openline.core.errors import UnknownReference
from openline.core.publishing import HeldForReview, PublishRefused
from openline.core.ratelimit import hit

from .auth import ApiRequest, ReadApiRequest, read_auth, viewer, write_auth
from .guidance_endpoints import FindingOut
from .schemas import (
    Error,
    FieldErrors,
    PageQuery,
    ReplyIn,
    ReplyOut,
    ReplyPage,
    SpaceOut,
    ThreadFilters,
    ThreadIn,
    ThreadOut,
    ThreadPage,
    paginate,
)

router = Router()

READ_ERRORS = {401: Error, 404: Error, 422: FieldErrors}
WRITE_ERRORS = {401: Error, 403: Error, 404: Error, 422: FieldErrors, 429: Error}
# Reads work without credentials too: say so in the schema (an empty requirement is "none").
# ninja already lists the bearer scheme; this entry is appended to it.
OPTIONAL_AUTH: dict[str, Any] = {"security": [{}]}


@router.get(
    "/spaces", response={200: list[SpaceOut], 401: Error}, auth=read_auth,
    openapi_extra=OPTIONAL_AUTH, tags=["spaces"],
)  # fmt: skip
def list_spaces(request: ReadApiRequest):
    """The spaces you can see."""
    return list(selectors.visible_spaces(viewer(request)))


@router.get(
    "/spaces/{slug}", response={200: SpaceOut, **READ_ERRORS}, auth=read_auth,
    openapi_extra=OPTIONAL_AUTH, tags=["spaces"],
)  # fmt: skip
def get_space(request: ReadApiRequest, slug: str):
    return selectors.access_space(viewer(request), slug)


@router.get(
    "/threads", response={200: ThreadPage, **READ_ERRORS}, auth=read_auth,
    openapi_extra=OPTIONAL_AUTH, tags=["threads"],
)  # fmt: skip
def list_threads(request: ReadApiRequest, filters: Query[ThreadFilters]):
    """Threads you can see, 30 a page, newest activity first unless `sort` says otherwise."""
    space = selectors.access_space(viewer(request), filters.space) if filters.space else None
    if filters.tag and not Tag.objects.filter(slug=filters.tag).exists():
        raise Http404("No such tag.")
    threads = selectors.thread_list(
        viewer(request), space=space, tag_slug=filters.tag, sort=filters.sort
    ).prefetch_related("tags")
    return paginate(threads, filters.page)


@router.get(
    "/threads/{thread_id}", response={200: ThreadOut, **READ_ERRORS}, auth=read_auth,
    openapi_extra=OPTIONAL_AUTH, tags=["threads"],
)  # fmt: skip
def get_thread(request: ReadApiRequest, thread_id: int):
    return selectors.access_thread(viewer(request), thread_id)


class ReplyRefused(Schema):
    detail: str
    findings: list[FindingOut] = Field(
        ..., description="What guidance found; offsets are Unicode code points into `body`."
    )


class ThreadCreateIn(ThreadIn):
    acknowledge_warnings: bool = Field(
        False, description="Post over the warnings: a member's own personal data in a public "
        "post is warned about (422 with the findings) until this is true.",
    )  # fmt: skip


@router.post(
    "/threads",
    response={201: ThreadOut, **WRITE_ERRORS, 422: FieldErrors | ReplyRefused},
    auth=write_auth, tags=["threads"],
)  # fmt: skip
def create_thread(request: ApiRequest, payload: ThreadCreateIn, response: HttpResponse):
    """Starts a thread. A space you cannot see answers like one that does not exist. A post
    showing its author's own personal data (phone, address, card, order number) is refused with
    422 and the findings (offsets into the title, two line breaks and the body) unless
    `acknowledge_warnings`."""
    try:
        space = selectors.access_space(request.auth, payload.space)
    except Http404:
        raise UnknownReference({"space": f"No space {payload.space!r} you can post in."}) from None
    hit("post", str(request.auth.pk))
    try:
        thread = actions.create_thread(
            request.auth, space, kind=payload.kind.value, title=payload.title,
            body=payload.body, tags=payload.tags, acknowledged=payload.acknowledge_warnings,
        )  # fmt: skip
    except PublishRefused as refused:
        return Status(422, {"detail": str(refused), "findings": refused.findings})
    response["Location"] = f"{settings.SITE_URL}{request.path.rstrip('/')}/{thread.pk}"
    return Status(201, thread)


@router.get(
    "/threads/{thread_id}/replies", response={200: ReplyPage, **READ_ERRORS}, auth=read_auth,
    openapi_extra=OPTIONAL_AUTH, tags=["replies"],
)  # fmt: skip
def list_replies(request: ReadApiRequest, thread_id: int, query: Query[PageQuery]):
    """The thread's replies, oldest first, 30 a page. Retracted replies stay, with their note."""
    thread = selectors.access_thread(viewer(request), thread_id)
    # Held replies wait for a moderator: the public (and so the API) does not see them.
    page = paginate(selectors.thread_replies(thread).filter(held_reason=""), query.page)
    for reply in page["items"]:
        reply.thread = thread
    return page


class ReplyCreateIn(ReplyIn):
    acknowledge_warnings: bool = Field(
        False, description="Publish over the guidance warnings (staff and super-users): the "
        "decision is written to the audit log. Blocked replies and replies that need a "
        "reviewer are not affected.",
    )  # fmt: skip


class HeldOut(Schema):
    detail: Literal["held for review"]
    review_id: int = Field(..., description="The review request; the author is notified.")


@router.post(
    "/threads/{thread_id}/replies",
    response={201: ReplyOut, 202: HeldOut, **WRITE_ERRORS, 422: FieldErrors | ReplyRefused},
    auth=write_auth, tags=["replies"],
)  # fmt: skip
def create_reply(request: ApiRequest, thread_id: int, payload: ReplyCreateIn):
    """Replies by staff and super-users are checked before they are published: a blocked reply,
    or one with warnings not acknowledged, is refused with 422 and the findings; one that needs
    a reviewer answers 202 with the review request's id and is published once approved."""
    thread = selectors.access_thread(request.auth, thread_id)
    hit("post", str(request.auth.pk))
    try:
        reply = actions.create_reply(
            request.auth, thread, body=payload.body, acknowledged=payload.acknowledge_warnings
        )
    except HeldForReview as held:
        return Status(202, {"detail": "held for review", "review_id": held.review_id})
    except PublishRefused as refused:
        return Status(422, {"detail": str(refused), "findings": refused.findings})
    return Status(201, reply)
