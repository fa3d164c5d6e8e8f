"""People and participation: 1-9-90 figures, super-user candidates, the expert finder (staff),
trust-level pins (moderators), and thread triage (trust level 3, super-users, staff) under the
same rules as the pages."""

from datetime import datetime
from typing import Literal

from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError

from openline.accounts.models import User
from openline.community import actions, selectors
from openline.community.models import Tag
from openline.core.errors import UnknownReference
from openline.inbox.expert_finder import find_experts
from openline.insights import permissions
from openline.participation.candidates import rank_candidates
from openline.participation.selectors import MAX_DAYS, MIN_DAYS, clean_days, live_participation
from openline.people import actions as people_actions

from .auth import ApiRequest, ReadApiRequest, read_auth, write_auth
from .schemas import Error, FieldErrors, ThreadOut, absolute

router = Router()

READ_ERRORS = {401: Error, 403: Error, 404: Error, 422: FieldErrors}
WRITE_ERRORS = {401: Error, 403: Error, 404: Error, 422: FieldErrors}


def _staff(request: ReadApiRequest) -> User:
    user = request.auth
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        raise AuthenticationError()
    permissions.check_view_insights(user)
    return user


# --- participation ----------------------------------------------------------------------------


class Shares(Schema):
    creator: float
    responder: float
    reader: float


class SegmentCounts(Schema):
    creator: int
    responder: int
    reader: int
    inactive: int


class ParticipationOut(Schema):
    days: int
    start: datetime
    end: datetime
    members: int = Field(..., description="Community members (staff not counted).")
    participants: int = Field(..., description="Members who at least read in the window.")
    counts: SegmentCounts
    shares: Shares = Field(..., description="Shares of the participants.")
    reference: Shares = Field(..., description="The 1-9-90 reference.")


class DaysQuery(Schema):
    days: int | None = Field(None, ge=MIN_DAYS, le=MAX_DAYS,
                             description="Window length in days (default 90).")  # fmt: skip


@router.get(
    "/insights/participation", response={200: ParticipationOut, **READ_ERRORS}, auth=read_auth,
    tags=["insights"],
)  # fmt: skip
def participation(request: ReadApiRequest, query: Query[DaysQuery]):
    """Members by participation segment over a rolling window: creators (start threads or
    answer others), responders (other replies, votes), readers (only read), inactive. Staff."""
    _staff(request)
    return live_participation(clean_days(query.days))


# --- super-user candidates --------------------------------------------------------------------


class Tone(Schema):
    score: float = Field(..., description="Share of posts checked with no unkind wording.")
    posts_checked: int
    unkind_posts: int
    warm_posts: int


class Breadth(Schema):
    tags: list[str]
    spaces: list[str]


class Consistency(Schema):
    active_weeks: int
    weeks: int
    share: float


class Evidence(Schema):
    accepted_answers: int
    answers: int
    upvotes_on_answers: int
    people_helped: int
    tone: Tone
    breadth: Breadth
    consistency: Consistency
    first_answer_at: datetime | None
    last_answer_at: datetime | None


class CandidateOut(Schema):
    rank: int
    username: str
    name: str
    url: str
    score: float
    reputation: int
    trust_level: int
    invitation: str = Field(..., description="Status of their latest invitation, '' if none.")
    evidence: Evidence


class CandidatesQuery(Schema):
    days: int | None = Field(None, ge=MIN_DAYS, le=MAX_DAYS,
                             description="Window in days (default 365).")  # fmt: skip
    limit: int = Field(25, ge=1, le=100)


@router.get(
    "/people/superuser-candidates", response={200: list[CandidateOut], **READ_ERRORS},
    auth=read_auth, tags=["people"],
)  # fmt: skip
def superuser_candidates(request: ReadApiRequest, query: Query[CandidatesQuery]):
    """Members who could be invited as super-users, best first, with the evidence. Staff."""
    _staff(request)
    found = rank_candidates(days=clean_days(query.days, default=365), limit=query.limit)
    return [
        {
            "rank": rank,
            "username": c.user.username,
            "name": c.user.name,
            "url": absolute(f"/u/{c.user.username}/"),
            "score": c.score,
            "reputation": c.reputation,
            "trust_level": c.trust_level,
            "invitation": c.invitation,
            "evidence": {
                "accepted_answers": c.accepted,
                "answers": c.answers,
                "upvotes_on_answers": c.upvotes,
                "people_helped": c.people_helped,
                "tone": {
                    "score": c.tone,
                    "posts_checked": c.posts_checked,
                    "unkind_posts": c.unkind_posts,
                    "warm_posts": c.warm_posts,
                },
                "breadth": {"tags": c.tags, "spaces": c.spaces},
                "consistency": {
                    "active_weeks": c.active_weeks,
                    "weeks": c.weeks,
                    "share": c.consistency,
                },
                "first_answer_at": c.first_answer_at,
                "last_answer_at": c.last_answer_at,
            },
        }
        for rank, c in enumerate(found, start=1)
    ]


# --- expert finder ----------------------------------------------------------------------------


class NamedCount(Schema):
    name: str
    answers: int


class ExpertOut(Schema):
    username: str
    name: str
    role: str
    team: str
    badge: str
    score: int = Field(
        ...,
        description="5 per accepted answer + 1 per upvote + 1 per community answer + 1 per "
        "conversation answered on another channel.",
    )
    answers: int = Field(..., description="Answers in the community.")
    accepted: int
    upvotes: int
    channel_answers: int = Field(
        ..., description="Conversations answered on the other channels (e-mail, webhooks…)."
    )
    tags: list[NamedCount]
    spaces: list[NamedCount]
    channels: list[NamedCount] = Field(
        ..., description="Answers per channel, the community's included, most first."
    )


class ExpertsQuery(Schema):
    tag: str | None = Field(None, description="Only answers in this product area (tag slug).")
    q: str | None = Field(None, max_length=200, description="Only answers on this topic.")
    name: str | None = Field(None, max_length=150, description="Username or name starts with.")
    who: Literal["staff", "community", "all"] = "staff"
    limit: int = Field(10, ge=1, le=50)


@router.get(
    "/people/experts", response={200: list[ExpertOut], **READ_ERRORS}, auth=read_auth,
    tags=["people"],
)  # fmt: skip
def experts(request: ReadApiRequest, query: Query[ExpertsQuery]):
    """Who has answered what, and whom peers recognise for it: to route a question to the
    right colleague or suggest whom to @-mention. Staff."""
    user = _staff(request)
    if query.tag and not Tag.objects.filter(slug=query.tag).exists():
        raise UnknownReference({"tag": f"No tag {query.tag!r}."})
    found = find_experts(
        user, tag=query.tag, query=(query.q or "").strip() or None,
        name=(query.name or "").strip() or None, who=query.who, limit=query.limit,
    )  # fmt: skip
    return [
        {
            "username": e.user.username,
            "name": e.user.name,
            "role": e.user.role,
            "team": e.user.team,
            "badge": e.user.badge,
            "score": e.score,
            "answers": e.answers,
            "accepted": e.accepted,
            "upvotes": e.upvotes,
            "channel_answers": e.channel_answers,
            "tags": [{"name": slug, "answers": n} for slug, n in e.tags],
            "spaces": [{"name": name, "answers": n} for name, n in e.spaces],
            "channels": [{"name": str(label), "answers": n} for label, n in e.channels],
        }
        for e in found
    ]


# --- trust pins -------------------------------------------------------------------------------


class TrustIn(Schema):
    level: int | None = Field(..., ge=0, le=4, description="0 to 4; null unpins.")


class TrustOut(Schema):
    username: str
    level: int
    computed_level: int
    pinned: bool


@router.post(
    "/people/{username}/trust", response={200: TrustOut, **WRITE_ERRORS}, auth=write_auth,
    tags=["people"],
)  # fmt: skip
def pin_trust(request: ApiRequest, username: str, payload: TrustIn):
    """Pins a member's trust level, or unpins it (moderators)."""
    person = get_object_or_404(User, username=username, is_active=True)
    record = people_actions.pin_trust_level(request.auth, person, level=payload.level)
    return {"username": person.username, "level": record.level,
            "computed_level": record.computed_level, "pinned": record.is_pinned}  # fmt: skip


# --- triage -----------------------------------------------------------------------------------


class RetagIn(Schema):
    tags: list[str] = Field(..., max_length=5, description="Tag slugs, at most five.")


class MoveIn(Schema):
    space: str = Field(..., description="Slug of the space to move the thread to.")


class DuplicateIn(Schema):
    original: int | None = Field(..., description="Id of the thread that answers it; null "
                                 "takes the mark off.")  # fmt: skip


@router.post(
    "/threads/{thread_id}/retag", response={200: ThreadOut, **WRITE_ERRORS}, auth=write_auth,
    tags=["triage"],
)  # fmt: skip
def retag(request: ApiRequest, thread_id: int, payload: RetagIn):
    """Replaces the thread's tags (trust level 3, super-users, staff)."""
    thread = selectors.access_thread(request.auth, thread_id)
    return actions.retag_thread(request.auth, thread, tags=payload.tags)


@router.post(
    "/threads/{thread_id}/move", response={200: ThreadOut, **WRITE_ERRORS}, auth=write_auth,
    tags=["triage"],
)  # fmt: skip
def move(request: ApiRequest, thread_id: int, payload: MoveIn):
    """Moves the thread to another space (trust level 3, super-users, staff; into or out of a
    private space: moderators)."""
    thread = selectors.access_thread(request.auth, thread_id)
    try:
        space = selectors.access_space(request.auth, payload.space)
    except Http404:
        raise UnknownReference({"space": f"No space {payload.space!r}."}) from None
    return actions.move_thread(request.auth, thread, space=space)


@router.post(
    "/threads/{thread_id}/duplicate", response={200: ThreadOut, **WRITE_ERRORS},
    auth=write_auth, tags=["triage"],
)  # fmt: skip
def duplicate(request: ApiRequest, thread_id: int, payload: DuplicateIn):
    """Marks the thread as a duplicate of another, or takes the mark off (trust level 3,
    super-users, staff)."""
    thread = selectors.access_thread(request.auth, thread_id)
    original = None
    if payload.original is not None:
        try:
            original = selectors.access_thread(request.auth, payload.original)
        except Http404:
            raise UnknownReference({"original": "No such thread."}) from None
    return actions.mark_duplicate(request.auth, thread, original=original)
