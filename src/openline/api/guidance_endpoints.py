"""Guidance: check a draft before it is published, and add to the confidential register."""

from datetime import datetime
from typing import Literal

from django.conf import settings
from django.http import Http404
from ninja import Field, Router, Schema, Status

from openline.core.ratelimit import hit
from openline.guidance import actions, permissions, register_reports, selectors
from openline.guidance.checks import CheckResult, check_text
from openline.guidance.models import ConfidentialTerm, Kind, RegisterReport, TermCategory

from .auth import ApiRequest, write_auth
from .schemas import Error, FieldErrors, text_field

router = Router(tags=["guidance"])

ERRORS = {401: Error, 403: Error, 422: FieldErrors}
CHECK_ERRORS = {**ERRORS, 429: Error}
FOUND_ERRORS = {**ERRORS, 404: Error}
REPORT_ERRORS = {**CHECK_ERRORS, 404: Error}
# Cross-field rules JSON Schema cannot state (tests/api/test_contract.py knows them).
WORDS_OF_THE_DRAFT = "Choose words of the draft."
NOT_IN_THE_POST = "Those words are not in the post."
THREE_LETTERS = r"[^\W_](?:[\W_]*[^\W_]){2}"  # searched for: three letters or digits
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


# --- the register's correction loop -------------------------------------------------------------


class OrdinaryIn(Schema):
    text: str = text_field("The draft.", max_length=settings.OPENLINE["BODY_MAX"])
    start: int = Field(..., ge=0, description="Offset of the finding's first character.")
    end: int = Field(
        ..., ge=0, description="Offset just past its last character: after `start` and within "
        f"the text, else 422 ({WORDS_OF_THE_DRAFT!r}).",
    )  # fmt: skip


class VariantIn(Schema):
    term_id: int = Field(..., description="An active register term; another answers 404.")
    phrase: str = Field(
        ..., max_length=200, pattern=THREE_LETTERS,
        description="The words, as written in the post: at least three letters or digits.",
    )  # fmt: skip
    text: str = Field(
        "", max_length=settings.OPENLINE["BODY_MAX"],
        description="The post they were seen in (optional): the words must be in it, else 422 "
        f"({NOT_IN_THE_POST!r}).",
    )  # fmt: skip


class ReportOut(Schema):
    id: int
    kind: Literal["ordinary", "variant"]
    status: Literal["pending", "accepted", "rejected"] = Field(
        ..., description="pending: it waits for a register manager and changes nothing yet."
    )
    words: str
    created_at: datetime


class ReportDetailOut(ReportOut):
    term_id: int
    term: str = Field(..., description="The register term (register managers only).")
    sentence: str
    cues: str = Field(..., description="Ordinary use: the words that mark the ordinary sense.")
    reporter: str


class AcceptIn(Schema):
    cues: str | None = Field(
        None, max_length=300, description="Ordinary use: the words to keep, edited; none: "
        "those proposed.",
    )  # fmt: skip


def _detail(report: RegisterReport) -> dict[str, object]:
    return {
        "id": report.pk, "kind": report.kind, "status": report.status, "words": report.words,
        "created_at": report.created_at, "term_id": report.term_id, "term": report.term.term,
        "sentence": report.sentence, "cues": report.cues,
        "reporter": report.reporter.name if report.reporter else "",
    }  # fmt: skip


@router.post(
    "/guidance/register/reports/ordinary", response={201: ReportOut, **REPORT_ERRORS},
    auth=write_auth,
)  # fmt: skip
def report_ordinary_use(request: ApiRequest, payload: OrdinaryIn):
    """ "Not confidential here": the register finding at text[start:end] is the word in its
    ordinary sense. A register manager's report is a rule at once (the same draft is no longer
    flagged beside these words); anyone else's waits for one (status pending). Rate limited
    per person (429). No register finding at the offsets (on the register as it is now)
    answers 404. The answer never names the register's term."""
    report = register_reports.report_ordinary_use(
        request.auth, text=payload.text, start=payload.start, end=payload.end
    )
    return Status(201, report)


@router.post(
    "/guidance/register/reports/variant",
    response={201: ReportOut, **REPORT_ERRORS, 409: Error},
    auth=write_auth,
)  # fmt: skip
def report_variant(request: ApiRequest, payload: VariantIn):
    """ "This is <term>": the words name a register term another way (staff). Validated as a
    variant; added at once for a register manager, otherwise pending. Words that are already
    how the register writes the term answer 409."""
    permissions.check_report_variant(request.auth)
    term = ConfidentialTerm.objects.filter(pk=payload.term_id, active=True).first()
    if term is None:
        raise Http404("No such term.")
    try:
        report = register_reports.report_variant(
            request.auth, term=term, phrase=payload.phrase, text=payload.text
        )
    except register_reports.AlreadyOnRegister as error:
        return Status(409, {"detail": " ".join(error.messages)})
    return Status(201, report)


@router.get(
    "/guidance/register/reports", response={200: list[ReportDetailOut], **ERRORS}, auth=write_auth
)
def pending_reports(request: ApiRequest):
    """Reports waiting for a register manager, oldest first (moderators and admins)."""
    permissions.check_manage_register(request.auth)
    return [_detail(r) for r in selectors.register_reports(pending=True)[:200]]


@router.post(
    "/guidance/register/reports/{report_id}/accept",
    response={200: ReportDetailOut, **FOUND_ERRORS},
    auth=write_auth,
)
def accept_report(request: ApiRequest, report_id: int, payload: AcceptIn):
    """The report becomes data the register matches with: an ordinary context or a variant."""
    report = selectors.access_register_report(request.auth, report_id)
    return _detail(register_reports.accept_register_report(request.auth, report, cues=payload.cues))


@router.post(
    "/guidance/register/reports/{report_id}/reject",
    response={200: ReportDetailOut, **FOUND_ERRORS},
    auth=write_auth,
)
def reject_report(request: ApiRequest, report_id: int):
    """Nothing changes in matching; the report is kept, decided."""
    report = selectors.access_register_report(request.auth, report_id)
    return _detail(register_reports.reject_register_report(request.auth, report))
