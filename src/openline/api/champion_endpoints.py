"""The champion queue: what is offered to a champion, taking, answering, handing back and
solving, under the permissions of the pages (opted-in super-users and trust-level-4 members;
never staff, who use the inbox endpoints). Text from private channels comes redacted, exactly
as the pages show it. And the outcomes per champion, for staff."""

from datetime import datetime
from typing import Literal

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import AuthenticationError

from openline.accounts.models import User
from openline.core.publishing import PublishRefused
from openline.core.ratelimit import hit
from openline.guidance.checks import check_text
from openline.inbox.champions import actions as champion_actions
from openline.inbox.champions import presentation
from openline.inbox.champions import selectors as champion_selectors
from openline.inbox.models import Conversation
from openline.inbox.permissions import check_work_champion_conversation
from openline.insights import permissions as insights_permissions
from openline.insights.champions import DEFAULT_DAYS, champion_outcomes
from openline.participation.selectors import MAX_DAYS, MIN_DAYS, clean_days

from .auth import ApiRequest, ReadApiRequest, read_auth, write_auth
from .guidance_endpoints import CheckIn, CheckOut, check_answer
from .inbox_endpoints import Held, Refused, _refused
from .schemas import Error, FieldErrors, absolute

router = Router(tags=["champions"])
ERRORS = {401: Error, 403: Error, 404: Error, 422: FieldErrors}


def _signed_in(request: ReadApiRequest) -> User:
    user = request.auth
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        raise AuthenticationError()
    return user


class ChampionConversationOut(Schema):
    id: int
    url: str = Field(..., description="The conversation's page in the champion queue.")
    subject: str = Field(..., description="Redacted when it comes from a private channel.")
    channel: str
    status: str
    asked_by: str = Field(..., description="A public name, or a first name on private channels.")
    area: str | None
    offer_ends_at: datetime | None = Field(
        None, description="Offered: when it goes back to staff if nobody takes it."
    )
    answer_due_at: datetime | None = Field(
        None, description="Taken: when the champion's first answer is due."
    )
    thread_url: str | None


def _out(conversation: Conversation, *, offered: bool) -> dict:
    turn = None
    if not offered:  # my_conversations attaches the open turn; a single one reads it
        turn = getattr(conversation, "turn", None) or champion_selectors.open_turn(conversation)
    thread = conversation.thread
    return {
        "id": conversation.pk,
        "url": absolute(reverse("champions:conversation", args=[conversation.pk])),
        "subject": presentation.shown_subject(conversation),
        "channel": conversation.account.kind,
        "status": conversation.status,
        "asked_by": presentation.customer_label(conversation),
        "area": str(conversation.champion_area) if conversation.champion_area_id else None,
        "offer_ends_at": champion_selectors.offer_ends_at(conversation) if offered else None,
        "answer_due_at": turn.answer_due_at if turn and not turn.first_answer_at else None,
        "thread_url": absolute(thread.get_absolute_url()) if thread else None,
    }


class ShownMessageOut(Schema):
    id: int
    kind: Literal["inbound", "reply"]
    who: str
    body_html: str = Field(..., description="Redacted and rendered again for private channels.")
    created_at: datetime
    hidden_attachments: int


class ChampionConversationDetail(ChampionConversationOut):
    messages: list[ShownMessageOut]


def _detail(conversation: Conversation, user) -> dict:
    offered = conversation.champion_id != user.pk
    messages = [
        {
            "id": m.pk,
            "kind": m.kind,
            "who": m.who,
            "body_html": m.body_html,
            "created_at": m.created_at,
            "hidden_attachments": m.hidden_attachments,
        }
        for m in presentation.shown_messages(conversation)
    ]
    return {**_out(conversation, offered=offered), "messages": messages}


@router.get(
    "/champions/offered", response={200: list[ChampionConversationOut], **ERRORS}, auth=read_auth
)
def list_offered(request: ReadApiRequest):
    """Conversations offered in your areas, oldest first."""
    user = _signed_in(request)
    return [_out(c, offered=True) for c in champion_selectors.offered_conversations(user)[:100]]


@router.get(
    "/champions/mine", response={200: list[ChampionConversationOut], **ERRORS}, auth=read_auth
)
def list_mine(request: ReadApiRequest):
    """The conversations you took and still hold."""
    user = _signed_in(request)
    return [_out(c, offered=False) for c in champion_selectors.my_conversations(user)]


@router.get(
    "/champions/conversations/{conversation_id}",
    response={200: ChampionConversationDetail, **ERRORS},
    auth=read_auth,
)
def get_conversation(request: ReadApiRequest, conversation_id: int):
    """One conversation offered to you or yours: the dialogue without notes or attachments."""
    user = _signed_in(request)
    return _detail(champion_selectors.access_champion_conversation(user, conversation_id), user)


@router.post(
    "/champions/conversations/{conversation_id}/take",
    response={200: ChampionConversationDetail, **ERRORS},
    auth=write_auth,
)
def take(request: ApiRequest, conversation_id: int):
    """Takes an offered conversation; 422 when someone took it first."""
    conversation = champion_selectors.access_champion_conversation(request.auth, conversation_id)
    champion_actions.take_conversation(request.auth, conversation)
    return _detail(conversation, request.auth)


class ChampionReplyIn(Schema):
    body: str = Field(..., description="Markdown.")
    status: Literal["open", "pending"] = "pending"
    acknowledged: bool = False


class ChampionReplyOut(Schema):
    id: int
    body: str
    created_at: datetime


@router.post(
    "/champions/conversations/{conversation_id}/reply",
    response={201: ChampionReplyOut, 202: Held, **ERRORS, 422: Refused},
    auth=write_auth,
)
def reply(request: ApiRequest, conversation_id: int, payload: ChampionReplyIn):
    """Answers the customer, through the same pre-publish checks as a staff reply: 422 with
    the findings when they refuse it."""
    conversation = champion_selectors.access_champion_conversation(request.auth, conversation_id)
    try:
        message = champion_actions.reply_as_champion(
            request.auth,
            conversation,
            body=payload.body,
            status=payload.status,
            acknowledged=payload.acknowledged,
        )
    except PublishRefused as refused:
        return _refused(refused)
    return Status(201, message)


class HandBackIn(Schema):
    note: str = Field("", max_length=champion_actions.NOTE_MAX, description="For staff; optional.")


@router.post(
    "/champions/conversations/{conversation_id}/hand-back",
    response={204: None, **ERRORS},
    auth=write_auth,
)
def hand_back(request: ApiRequest, conversation_id: int, payload: HandBackIn):
    """Back to the staff's Unassigned queue; you lose access to it."""
    conversation = champion_selectors.access_champion_conversation(request.auth, conversation_id)
    champion_actions.hand_back(request.auth, conversation, note=payload.note)
    return Status(204, None)


@router.post(
    "/champions/conversations/{conversation_id}/solve",
    response={204: None, **ERRORS},
    auth=write_auth,
)
def solve(request: ApiRequest, conversation_id: int):
    conversation = champion_selectors.access_champion_conversation(request.auth, conversation_id)
    champion_actions.solve_conversation(request.auth, conversation)
    return Status(204, None)


@router.post(
    "/champions/conversations/{conversation_id}/check",
    response={200: CheckOut, **ERRORS, 429: Error},
    auth=write_auth,
)
def champion_check_draft(request: ApiRequest, conversation_id: int, payload: CheckIn):
    """Guidance on a draft reply to your conversation, as you type (nothing is stored). The
    channel is the conversation's, whatever the request says. Rate limited per person (429);
    a match on the confidential register is shown without the register's term or note."""
    conversation = champion_selectors.access_champion_conversation(request.auth, conversation_id)
    check_work_champion_conversation(request.auth, conversation)
    hit("check", str(request.auth.pk))
    result = check_text(
        payload.text,
        channel=conversation.account.kind,
        author_role=request.auth.role,
        live=payload.live,
    )
    return check_answer(result)


# --- outcomes, for staff ----------------------------------------------------------------------


class Reactions(Schema):
    accepted: int = Field(..., description="The customer accepted the champion's reply.")
    upvoted: int = Field(..., description="The customer upvoted the champion's reply.")
    wrote_back: int = Field(..., description="The customer wrote again (no sentiment guessed).")
    none: int


class OutcomeOut(Schema):
    username: str
    name: str
    taken: int
    solved: int
    handed_back: int
    taken_over: int
    opted_out: int
    late: int = Field(..., description="Returned to staff by the champion SLA (no answer).")
    answered: int
    median_first_answer_minutes: float | None
    positive: int = Field(..., description="accepted + upvoted.")
    reactions: Reactions


class OutcomesOut(Schema):
    days: int
    champions: list[OutcomeOut]


class OutcomesQuery(Schema):
    days: int | None = Field(None, ge=MIN_DAYS, le=MAX_DAYS,
                             description="Turns taken in the last so many days (90).")  # fmt: skip


@router.get("/champions/outcomes", response={200: OutcomesOut, **ERRORS}, auth=read_auth)
def outcomes(request: ReadApiRequest, query: Query[OutcomesQuery]):
    """Per champion: conversations taken, solved, handed back, taken over, returned late,
    median minutes to the first answer, and the customers' reactions. Staff only."""
    user = _signed_in(request)
    insights_permissions.check_view_insights(user)
    days = clean_days(query.days, default=DEFAULT_DAYS)
    rows = [
        {
            "username": o.champion.username,
            "name": o.champion.name,
            "taken": o.taken,
            "solved": o.solved,
            "handed_back": o.handed_back,
            "taken_over": o.taken_over,
            "opted_out": o.opted_out,
            "late": o.late,
            "answered": o.answered,
            "median_first_answer_minutes": o.median_first_answer_minutes,
            "positive": o.positive,
            "reactions": o.reactions,
        }
        for o in champion_outcomes(days=days)
    ]
    return {"days": days, "champions": rows}
