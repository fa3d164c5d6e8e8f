"""The inbox for agents: conversations across channels, their messages (internal notes
included: every endpoint here is for staff only), replies, notes, assignment and status.

Anonymous callers get 401 and customers 403, on reads too: nothing here is public."""

from datetime import datetime
from typing import Literal

from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status

from openline.accounts.models import User
from openline.core.errors import UnknownReference
from openline.core.publishing import HeldForReview, NeedsAcknowledgement, PublishRefused
from openline.inbox import actions, selectors
from openline.inbox.models import Attachment, ChannelAccount, Conversation, Delivery, Message
from openline.inbox.views import attachment_response

from .auth import ApiRequest, write_auth
from .schemas import Error, FieldErrors, absolute, paginate

router = Router(tags=["inbox"])
# Reads need a signed-in staff member too: `write_auth` answers 401 to anonymous callers (and
# checks CSRF on session writes only, never on a GET).
staff_auth = write_auth
ERRORS = {401: Error, 403: Error, 404: Error, 422: FieldErrors}

Queue = Literal["unassigned", "mine", "waiting", "breaching", "champions", "all", "solved"]
StatusName = Literal["open", "pending", "solved"]


class PersonOut(Schema):
    id: int
    name: str
    email: str


class StaffOut(Schema):
    username: str
    name: str


class ChannelOut(Schema):
    id: int
    kind: str
    name: str


class ConversationOut(Schema):
    id: int
    url: str = Field(..., description="The conversation's page in the inbox.")
    subject: str
    status: str
    channel: ChannelOut
    customer: PersonOut | None
    assignee: StaffOut | None
    champion: StaffOut | None = Field(
        None, description="The champion (a member, not staff) answering it, if any."
    )
    thread_id: int | None = Field(..., description="The community thread, on that channel.")
    response_due_at: datetime | None = Field(
        ..., description="When a staff answer is due (the SLA clock); null when none is owed."
    )
    created_at: datetime
    last_message_at: datetime

    @staticmethod
    def resolve_url(obj: Conversation) -> str:
        return absolute(reverse("inbox:conversation", args=[obj.pk]))

    @staticmethod
    def resolve_channel(obj: Conversation) -> ChannelAccount:  # ninja makes it a ChannelOut
        return obj.account


class ConversationPage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    next_page: int | None
    previous_page: int | None
    items: list[ConversationOut]


class SenderOut(Schema):
    channel_kind: str
    handle: str
    name: str


class DeliveryOut(Schema):
    state: Literal["queued", "sent", "failed"]
    attempts: int
    last_error: str = Field(..., description="Why the last attempt failed.")
    sent_at: datetime | None


class AttachmentOut(Schema):
    id: int
    filename: str
    content_type: str
    size: int
    url: str = Field(..., description="Download it here, with the same credentials.")

    @staticmethod
    def resolve_url(obj: Attachment) -> str:
        return absolute(reverse("api-v1:get_attachment", args=[obj.pk]))


class ThreadPostOut(Schema):
    """A post earlier in a social network thread, as the network showed it when the message
    came in (the agent's context; not stored as messages of the conversation)."""

    id: str
    author: str = Field(..., description="The author's handle, e.g. `@ana@example.social`.")
    name: str = ""
    text: str
    url: str = ""
    created_at: str = ""


class MessageOut(Schema):
    id: int
    kind: Literal["inbound", "reply", "note"] = Field(
        ..., description="`note`: an internal note, never sent and never shown to customers."
    )
    body: str
    body_html: str
    url: str
    sender: SenderOut | None = Field(..., description="Who wrote an inbound message.")
    author: StaffOut | None = Field(..., description="The staff member, for replies and notes.")
    delivery: DeliveryOut | None = Field(..., description="For replies: the outbox state.")
    attachments: list[AttachmentOut]
    thread_context: list[ThreadPostOut] = Field(
        default_factory=list,
        description="Social networks: the posts before this one in its thread, oldest first.",
    )
    created_at: datetime

    @staticmethod
    def resolve_sender(obj: Message) -> object:
        return obj.identity

    @staticmethod
    def resolve_thread_context(obj: Message) -> list:
        posts = (obj.raw or {}).get("thread_context") if obj.kind == "inbound" else None
        return [p for p in posts if isinstance(p, dict)] if isinstance(posts, list) else []

    @staticmethod
    def resolve_delivery(obj: Message) -> Delivery | None:
        try:
            return obj.delivery
        except Delivery.DoesNotExist:
            return None

    @staticmethod
    def resolve_attachments(obj: Message) -> list:
        return list(obj.attachments.all())


class ConversationDetail(ConversationOut):
    messages: list[MessageOut]

    @staticmethod
    def resolve_messages(obj: Conversation) -> list:
        return obj.messages_list


class ConversationFilters(Schema):
    queue: Queue = "all"
    channel: str | None = Field(None, pattern=r"^[a-z][a-z0-9_-]{0,19}$", description="Kind.")
    space: str | None = Field(None, max_length=100, description="Community space (slug).")
    tag: str | None = Field(None, max_length=100, description="Community tag (slug).")
    status: StatusName | None = None
    page: int = Field(1, ge=1, le=100_000)


class BodyIn(Schema):
    body: str = Field(..., description="Markdown.")


class MessageReplyIn(BodyIn):
    status: StatusName = Field("pending", description="The conversation's status afterwards.")
    acknowledged: bool = Field(
        False, description="Send despite warnings you have read (after a 422 that allows it)."
    )
    split: bool = Field(
        False,
        description="On a channel with a post length limit (Mastodon, Bluesky, X): send a "
        "longer reply as a thread of numbered posts instead of refusing it (422).",
    )


class AssignIn(Schema):
    assignee: str | None = Field(
        ..., description="A colleague's username, `round-robin`, or null to unassign."
    )


class StatusIn(Schema):
    status: StatusName


class RefusedFinding(Schema):
    """What a pre-publish check found. Any registered check may refuse a reply, so only the
    kind and its label are sure to be there."""

    kind: str = ""
    label: str = Field("", description="What it is called, as the pages show it.")
    severity: str = ""
    start: int | None = None
    end: int | None = None
    message: str = ""
    suggestion: str = ""


class Refused(FieldErrors):
    findings: list[RefusedFinding] = Field(
        default_factory=list, description="What the pre-publish checks found."
    )
    acknowledgeable: bool = Field(
        False, description="True when sending again with `acknowledged: true` publishes it."
    )


class Held(Schema):
    detail: str
    review_id: int | None
    findings: list[RefusedFinding]


@router.get("/conversations", response={200: ConversationPage, **ERRORS}, auth=staff_auth)
def list_conversations(request: ApiRequest, filters: Query[ConversationFilters]):
    """Conversations in a queue (default: all open), newest activity first, 30 a page."""
    chosen = selectors.ListFilters(
        queue=filters.queue, channel=filters.channel or "", space=filters.space or "",
        tag=filters.tag or "", status=filters.status or "",
    )  # fmt: skip
    rows = selectors.conversations(request.auth, chosen)
    return paginate(rows, filters.page)


@router.get(
    "/conversations/{conversation_id}", response={200: ConversationDetail, **ERRORS},
    auth=staff_auth,
)  # fmt: skip
def get_conversation(request: ApiRequest, conversation_id: int):
    """The conversation with every message in order: inbound, replies with their delivery
    state, and internal notes."""
    conversation = selectors.access_conversation(request.auth, conversation_id)
    conversation.messages_list = list(selectors.conversation_messages(conversation))
    return conversation


@router.get(
    "/attachments/{attachment_id}", response={200: None, **ERRORS}, auth=staff_auth,
    openapi_extra={"responses": {200: {"description": "The file, as sent by the customer."}}},
)  # fmt: skip
def get_attachment(request: ApiRequest, attachment_id: int):
    """A customer's attachment, as a download (staff only)."""
    return attachment_response(selectors.access_attachment(request.auth, attachment_id))


def _refused(refused: PublishRefused) -> Status:
    if isinstance(refused, HeldForReview):
        held = {"detail": str(refused), "review_id": refused.review_id,
                "findings": refused.findings}  # fmt: skip
        return Status(202, held)
    detail = str(refused) or "The reply was not sent."
    body = {
        "detail": detail,
        "errors": {"body": [detail]},
        "findings": refused.findings,
        "acknowledgeable": isinstance(refused, NeedsAcknowledgement),
    }
    return Status(422, body)


@router.post(
    "/conversations/{conversation_id}/reply",
    response={201: MessageOut, 202: Held, **ERRORS, 422: Refused},
    auth=staff_auth,
)  # fmt: skip
def reply(request: ApiRequest, conversation_id: int, payload: MessageReplyIn):
    """Answers the customer on their channel; the reply is queued for delivery (201). When the
    pre-publish checks refuse it: 422 with the findings (`acknowledgeable` says whether sending
    again with `acknowledged: true` is allowed); when they hold it for review: 202."""
    conversation = selectors.access_conversation(request.auth, conversation_id)
    try:
        message = actions.reply(
            request.auth, conversation, body=payload.body, status=payload.status,
            acknowledged=payload.acknowledged, split=payload.split,
        )  # fmt: skip
    except PublishRefused as refused:
        return _refused(refused)
    return Status(201, message)


@router.post(
    "/conversations/{conversation_id}/notes", response={201: MessageOut, **ERRORS},
    auth=staff_auth,
)  # fmt: skip
def add_note(request: ApiRequest, conversation_id: int, payload: BodyIn):
    """An internal note: never sent, visible to staff only. @username notifies a colleague."""
    conversation = selectors.access_conversation(request.auth, conversation_id)
    return Status(201, actions.add_note(request.auth, conversation, body=payload.body))


def _colleague(username: str) -> User:
    colleague = User.objects.filter(username=username, is_active=True).first()
    if colleague is None:
        raise UnknownReference({"assignee": f"No colleague with the username {username!r}."})
    return colleague


@router.post(
    "/conversations/{conversation_id}/assign", response={200: ConversationOut, **ERRORS},
    auth=staff_auth,
)  # fmt: skip
def assign(request: ApiRequest, conversation_id: int, payload: AssignIn):
    conversation = selectors.access_conversation(request.auth, conversation_id)
    if payload.assignee == "round-robin":
        return actions.assign_round_robin(request.auth, conversation)
    assignee = _colleague(payload.assignee) if payload.assignee else None
    return actions.assign(request.auth, conversation, assignee)


@router.post(
    "/conversations/{conversation_id}/status", response={200: ConversationOut, **ERRORS},
    auth=staff_auth,
)  # fmt: skip
def change_status(request: ApiRequest, conversation_id: int, payload: StatusIn):
    conversation = selectors.access_conversation(request.auth, conversation_id)
    return actions.change_status(request.auth, conversation, payload.status)
