"""Guidance pages: the review queue for reviewers, the author's own requests, the mistake flow
and the learning library. Each view: parse → access → check → act → respond."""

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
from openline.community import permissions as community_permissions
from openline.community import selectors as community_selectors
from openline.core.forms import add_action_errors
from openline.core.publishing import PublishRefused, findings_context

from . import actions, permissions, selectors
from .checks import localised
from .forms import LearningCaseForm, MistakeForm, ReviewDecisionForm


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
    found = [localised(f) for f in item.findings]
    context = {"item": item, "form": form, "guidance": findings_context(item.text, found)}
    context["can_decide"] = item.is_pending and item.author_id != request.user.pk
    return render(request, "guidance/review.html", context, status=400 if form.errors else 200)


@login_required
def my_reviews(request: AuthenticatedHttpRequest) -> HttpResponse:
    if request.method == "POST":
        actions.mark_review_outcomes_seen(request.user)
        return redirect("guidance:my_reviews")
    items = _page(request, selectors.reviews_of(request.user))
    for item in items:
        item.guidance = findings_context(item.text, [localised(f) for f in item.findings])
    return render(request, "guidance/my_reviews.html", {"page": items})


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
