"""Guidance: check a draft before it is published, and add to the confidential register."""

from datetime import datetime
from typing import Literal

from django.conf import settings
from ninja import Field, Router, Schema, Status

from openline.core.ratelimit import hit
from openline.guidance import actions, permissions
from openline.guidance.checks import CheckResult, check_text
from openline.guidance.models import Kind, TermCategory

from .auth import ApiRequest, write_auth
from .schemas import Error, FieldErrors

router = Router(tags=["guidance"])

ERRORS = {401: Error, 403: Error, 422: FieldErrors}
CHECK_ERRORS = {**ERRORS, 429: Error}
Severity = Literal["inform", "warn", "review", "block"]


class CheckIn(Schema):
    text: str = Field(
        ..., max_length=settings.OPENLINE["BODY_MAX"], description="The draft, as typed."
    )
    channel: str = Field(
        "community", pattern=r"^[a-z][a-z0-9_-]{0,31}$",
        description="Where it will be published: community, email, webhook, …",
    )  # fmt: skip
    live: bool = Field(
        False, description="The editor's check as someone types: answers within the keystroke "
        "budget, reading at most a few sentences the wording model has not read before, and "
        "lists the others in `pending`; ask again until `complete`. Publishing always checks "
        "everything.",
    )  # fmt: skip


class FindingOut(Schema):
    kind: str = Field(..., description=f"What was found: {', '.join(Kind.values)}.")
    label: str = Field(..., description="What it is called, as the pages show it.")
    severity: Severity = Field(..., description="What the policy does about this finding.")
    start: int = Field(..., description="Offset of the first character (Unicode code points).")
    end: int = Field(..., description="Offset just past the last character.")
    message: str = Field(..., description="Why it matters, in plain words.")
    suggestion: str = Field(..., description="How to fix it.")


class PendingOut(Schema):
    start: int = Field(..., description="Offset of the sentence's first character.")
    end: int = Field(..., description="Offset just past its last character.")


class CheckOut(Schema):
    action: Literal["publish", "inform", "warn", "review", "block"] = Field(
        ..., description="The strictest severity among the findings; publish when there are none."
    )
    findings: list[FindingOut]
    complete: bool = Field(
        ..., description="Whether the whole draft was checked; only a `live` check can be "
        "incomplete, and its action then says nothing about the pending sentences.",
    )  # fmt: skip
    pending: list[PendingOut] = Field(
        ..., description="Sentences a `live` check has not read yet: ask again."
    )


def check_answer(result: CheckResult) -> dict[str, object]:
    return {
        "action": result.action,
        "findings": [f.as_dict() for f in result.findings],
        "complete": result.complete,
        "pending": [{"start": start, "end": end} for start, end in result.pending],
    }


class TermIn(Schema):
    term: str = Field(..., max_length=200, description="Matched ignoring case, punctuation and "
                      "a small typo.")  # fmt: skip
    category: TermCategory = TermCategory.CODE_NAME
    note: str = Field("", max_length=500, description="Why it is confidential.")


class TermOut(Schema):
    id: int
    term: str
    category: str
    note: str
    active: bool
    created_at: datetime


@router.post("/guidance/check", response={200: CheckOut, **CHECK_ERRORS}, auth=write_auth)
def check_draft(request: ApiRequest, payload: CheckIn):
    """Checks a draft reply of a staff member or super-user. Nothing is stored. Rate limited
    per person (429); a match on the confidential register names the register's term only to
    staff."""
    permissions.check_check_drafts(request.auth)
    hit("check", str(request.auth.pk))
    result = check_text(
        payload.text, channel=payload.channel, author_role=request.auth.role, live=payload.live
    )
    return check_answer(result)


@router.post("/guidance/register", response={201: TermOut, **ERRORS}, auth=write_auth)
def add_register_term(request: ApiRequest, payload: TermIn):
    """Adds a term to the confidential register (moderators and admins)."""
    permissions.check_manage_register(request.auth)
    term = actions.add_confidential_term(
        request.auth, term=payload.term, category=payload.category.value, note=payload.note
    )
    return Status(201, term)
