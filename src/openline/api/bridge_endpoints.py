"""The bridge: an inbox conversation published as a public community thread with its staff
answer accepted (staff only), under exactly the rules of the conversation page's form."""

from typing import Literal

from ninja import Field, Router, Schema, Status

from openline.community import selectors as community_selectors
from openline.community.actions import PartsRefused
from openline.core.publishing import NeedsAcknowledgement
from openline.inbox import selectors as inbox_selectors
from openline.knowledge.bridge import actions

from .auth import ApiRequest, write_auth
from .inbox_endpoints import ERRORS, RefusedFinding
from .schemas import FieldErrors, absolute

router = Router(tags=["inbox"])


class PublishConversationIn(Schema):
    title: str
    question: str = Field(description="The customer's question as published: no personal data.")
    source: Literal["rewritten", "quoted", "consent"] = Field(
        description="rewritten by staff; quoted (only posts that were public where written); "
        "consent: quoted with the customer's consent, described in `consent_note`."
    )
    consent_note: str = ""
    answer_id: int = Field(description="The staff reply (a message id) that becomes the answer.")
    answer: str = Field(description="The answer as published, by the reply's author.")
    space: str = Field(description="The slug of a public space.")
    kind: Literal["question", "problem"] = "question"
    tags: list[str] = []
    acknowledged: bool = False
    link_back: bool = False
    link_back_text: str = Field("", description="Sent to the customer; {link} is the address.")


class PublishedConversationOut(Schema):
    conversation_id: int
    thread_id: int
    thread_url: str
    question_source: str
    link_back_message_id: int | None


class PartRefusalOut(Schema):
    detail: str
    findings: list[RefusedFinding]
    acknowledgeable: bool


class PublishRefusedOut(FieldErrors):
    parts: dict[str, PartRefusalOut] = Field(
        description="Per text (question, answer, link_back): why the checks refused it."
    )
    acknowledgeable: bool = Field(
        description="True when sending again with `acknowledged: true` publishes it."
    )


@router.post(
    "/conversations/{conversation_id}/publish",
    response={201: PublishedConversationOut, **ERRORS, 422: PublishRefusedOut | FieldErrors},
    auth=write_auth,
)  # fmt: skip
def publish_conversation(request: ApiRequest, conversation_id: int, payload: PublishConversationIn):
    """Publishes the conversation as a community thread: the question by you, the chosen staff
    reply as the accepted answer by its author, optionally a reply to the customer with the
    thread's address. Every text passes the pre-publish checks first; on a refusal (422)
    `parts` says which text and why, and nothing is written."""
    conversation = inbox_selectors.access_conversation(request.auth, conversation_id)
    space = community_selectors.access_space(request.auth, payload.space)
    try:
        record = actions.publish_conversation(
            request.auth, conversation, answer_id=payload.answer_id, space=space,
            kind=payload.kind, title=payload.title, question=payload.question,
            answer=payload.answer, source=payload.source, consent_note=payload.consent_note,
            tags=payload.tags, acknowledged=payload.acknowledged, link_back=payload.link_back,
            link_back_text=payload.link_back_text,
        )  # fmt: skip
    except PartsRefused as refused:
        parts = {
            name: {"detail": str(r), "findings": r.findings,
                   "acknowledgeable": isinstance(r, NeedsAcknowledgement)}
            for name, r in refused.parts.items()
        }  # fmt: skip
        errors = {name: [part["detail"]] for name, part in parts.items()}
        body = {"detail": str(refused), "errors": errors, "parts": parts,
                "acknowledgeable": not refused.blocked}  # fmt: skip
        return Status(422, body)
    return Status(
        201,
        {
            "conversation_id": conversation.pk,
            "thread_id": record.thread_id,
            "thread_url": absolute(record.thread.get_absolute_url()),
            "question_source": record.question_source,
            "link_back_message_id": record.link_back_id,
        },
    )
