"""Guidance pages: the review queue for reviewers, the author's own requests, the mistake flow
and the learning library. Each view: parse → access → check → act → respond."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.accounts.models import User
from openline.community import permissions as community_permissions
from openline.community import selectors as community_selectors
from openline.community.models import Reply
from openline.core.forms import add_action_errors
from openline.core.publishing import PublishRefused, findings_context
from openline.core.ratelimit import RateLimited
from openline.inbox import permissions as inbox_permissions
from openline.inbox import selectors as inbox_selectors
from openline.inbox.models import Message

from . import actions, permissions, register_reports, selectors
from .checks import localised
from .detectors.internal import KIND as REGISTER_KIND
from .forms import LearningCaseForm, MistakeForm, NameTermForm, ReviewDecisionForm
from .models import ConfidentialTerm, ReportStatus, ReviewRequest


def _page[M: Model](request: HttpRequest, items: QuerySet[M], per_page: int = 30) -> Page[M]:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


@require_GET
@login_required
def reviews(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_review(request.user)
    context = {
        "pending": list(selectors.review_queue()),
        "decided": selectors.recent_decisions(),
        "average": selectors.average_time_in_review(),
    }
    return render(request, "guidance/reviews.html", context)


@login_required
def review(request: AuthenticatedHttpRequest, review_id: int) -> HttpResponse:
    item = selectors.access_review(request.user, review_id)
    form = ReviewDecisionForm(request.POST or None, initial={"text": item.text})
    if request.method == "POST" and form.is_valid():
        permissions.check_decide_review(request.user, item)
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                decided = actions.approve_review(
                    request.user, item, text=data["text"], note=data["note"]
                )
            else:
                decided = actions.return_review(request.user, item, note=data["note"])
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(
                request,
                _("%(outcome)s: %(author)s.")
                % {"outcome": decided.get_status_display(), "author": item.author.name},
            )
            return redirect("guidance:reviews")
    guidance = findings_context(item.text, [localised(f) for f in item.findings])
    context = {"item": item, "form": form, "guidance": guidance}
    context["can_decide"] = item.is_pending and item.author_id != request.user.pk
    context["answered"] = _answered(request.user, item)
    context.update(_reporting(request.user, guidance))
    return render(request, "guidance/review.html", context, status=400 if form.errors else 200)


def _answered(user: User, item: ReviewRequest) -> Message | None:
    """The customer's message a reply held in a conversation answers: a reviewer judges the
    draft against what was asked (for one who may open the inbox, as the conversation)."""
    if item.conversation_id is None or not inbox_permissions.can_use_inbox(user):
        return None
    return inbox_selectors.access_message_answered(user, item.conversation_id, item.created_at)


@login_required
def my_reviews(request: AuthenticatedHttpRequest) -> HttpResponse:
    if request.method == "POST":
        actions.mark_review_outcomes_seen(request.user)
        return redirect("guidance:my_reviews")
    items = _page(request, selectors.reviews_of(request.user))
    for item in items:
        item.guidance = findings_context(item.text, [localised(f) for f in item.findings])
        item.register_findings = register_findings(item.guidance)
    can_report = permissions.can_report_ordinary_use(request.user)
    return render(
        request, "guidance/my_reviews.html", {"page": items, "can_report_ordinary": can_report}
    )


@require_POST
@login_required
def withdraw(request: AuthenticatedHttpRequest, review_id: int) -> HttpResponse:
    item = selectors.access_own_review(request.user, review_id)
    try:
        actions.withdraw_review(request.user, item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Withdrawn: nothing was published."))
    return redirect("guidance:my_reviews")


@login_required
def mistake(request: AuthenticatedHttpRequest, reply_id: int) -> HttpResponse:
    reply = community_selectors.access_reply(request.user, reply_id)
    community_permissions.check_correct_reply(request.user, reply)
    form = MistakeForm(request.POST or None)
    refusal = None
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            case = actions.record_mistake(request.user, reply, **data)
        except ValidationError as error:
            add_action_errors(form, error)
        except PublishRefused as error:
            refusal = error
        else:
            messages.success(
                request, _("The correction is on the reply; the case is in the library.")
            )
            return redirect("guidance:lesson", case.pk)
    context = {"reply": reply, "form": form, "guidance": None}
    if refusal is not None:
        context["guidance"] = findings_context(form.cleaned_data["correction"], refusal)
    status = 422 if refusal else 400 if form.errors else 200
    return render(request, "guidance/mistake.html", context, status=status)


@require_GET
@login_required
def lessons(request: AuthenticatedHttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    page = _page(request, selectors.learning_cases(request.user, query))
    return render(request, "guidance/lessons.html", {"page": page, "query": query})


@require_GET
@login_required
def lesson(request: AuthenticatedHttpRequest, case_id: int) -> HttpResponse:
    case = selectors.access_learning_case(request.user, case_id)
    context = {"case": case, "can_edit": permissions.can_edit_learning_case(request.user, case)}
    return render(request, "guidance/lesson.html", context)


@login_required
def edit_lesson(request: AuthenticatedHttpRequest, case_id: int) -> HttpResponse:
    case = selectors.access_learning_case(request.user, case_id)
    permissions.check_edit_learning_case(request.user, case)
    fields = ("title", "what_happened", "why", "what_now", "kind", "anonymised")
    initial = {name: getattr(case, name) for name in fields}
    form = LearningCaseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.edit_learning_case(request.user, case, **form.cleaned_data)
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            return redirect("guidance:lesson", case.pk)
    context = {"case": case, "form": form}
    return render(request, "guidance/lesson_edit.html", context, status=400 if form.errors else 200)


# --- the register's correction loop ------------------------------------------------------------


def register_findings(guidance: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """The register findings of a held reply, with their place among its stored findings."""
    return [(i, f) for i, f in enumerate(guidance["findings"]) if f.get("kind") == REGISTER_KIND]


def _reporting(user: User, guidance: dict[str, Any]) -> dict[str, object]:
    return {
        "register_findings": register_findings(guidance),
        "can_report_ordinary": permissions.can_report_ordinary_use(user),
        "can_name_term": permissions.can_report_variant(user),
    }


def _held_for(request: AuthenticatedHttpRequest, review_id: int) -> ReviewRequest:
    """A held reply its reviewers may see, or its author."""
    if permissions.can_review(request.user):
        return selectors.access_review(request.user, review_id)
    return selectors.access_own_review(request.user, review_id)


@require_POST
@login_required
def report_ordinary(request: AuthenticatedHttpRequest, review_id: int) -> HttpResponse:
    """ "Not confidential here" on a register finding of a held reply (its author or a
    reviewer): the finding is read from the stored request, never from the form."""
    item = _held_for(request, review_id)
    index = request.POST.get("finding", "")
    found = item.findings[int(index)] if index.isdigit() and int(index) < len(item.findings) else {}
    try:
        if found.get("kind") != REGISTER_KIND:
            raise ValidationError(_("Choose a confidential-reference finding."))
        report = register_reports.report_ordinary_use(
            request.user, text=item.text, start=found["start"], end=found["end"], review=item
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except RateLimited:
        messages.error(request, _("You have sent many reports: try again in a while."))
    else:
        messages.success(request, REPORTED[ReportStatus(report.status)])
    return _back(request, None, item)


def _back(
    request: AuthenticatedHttpRequest, reply: Reply | None, item: ReviewRequest | None
) -> HttpResponse:
    if reply is not None:
        return redirect(reply.get_absolute_url())
    if item is not None and permissions.can_review(request.user):
        return redirect("guidance:review", item.pk)
    return redirect("guidance:my_reviews")


@login_required
def name_term(
    request: AuthenticatedHttpRequest, reply_id: int | None = None, review_id: int | None = None
) -> HttpResponse:
    """ "This is <term>": a published reply (or a held one) names a register term another way;
    the words become a variant of the term, at once for a register manager."""
    reply = community_selectors.access_reply(request.user, reply_id) if reply_id else None
    item = _held_for(request, review_id) if review_id else None
    form = NameTermForm(request.POST or None, terms=selectors.terms_to_name(request.user))
    text = reply.body if reply is not None else item.text if item is not None else ""
    if request.method == "POST" and form.is_valid():
        term = ConfidentialTerm.objects.get(pk=form.cleaned_data["term"])
        try:
            report = register_reports.report_variant(
                request.user, term=term, phrase=form.cleaned_data["phrase"], text=text,
                reply=reply, review=item,
            )  # fmt: skip
        except ValidationError as error:
            add_action_errors(form, error)
        except RateLimited:
            form.add_error(None, _("You have sent many reports: try again in a while."))
        else:
            messages.success(request, NAMED[ReportStatus(report.status)])
            return _back(request, reply, item)
    context = {"form": form, "text": text, "reply": reply, "item": item}
    return render(request, "guidance/name_term.html", context, status=400 if form.errors else 200)


REPORTED = {
    ReportStatus.ACCEPTED: _("Noted as the word's ordinary use: the register no longer flags it "
                             "beside these words."),
    ReportStatus.PENDING: _("Reported: a register manager will decide. Until then the finding "
                            "stays."),
}  # fmt: skip
NAMED = {
    ReportStatus.ACCEPTED: _("Added as a variant: the register finds it in new drafts."),
    ReportStatus.PENDING: _("Sent to the register's managers: it is matched once they accept."),
}
