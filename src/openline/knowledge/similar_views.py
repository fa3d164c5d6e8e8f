"""Similar questions on the ask page: the htmx partial shown while typing, and the link that
counts a chosen suggestion before it opens the thread."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_GET

from openline.accounts.http import AuthenticatedHttpRequest
from openline.community.models import ThreadKind
from openline.community.selectors import access_thread
from openline.core.ratelimit import RateLimited, hit

from . import actions
from .articles import similar_articles
from .similar import similar_threads

TEMPLATE = "knowledge/similar.html#suggestions"


@require_GET
@login_required
def similar_while_asking(request: AuthenticatedHttpRequest) -> HttpResponse:
    title, body = request.GET.get("title", ""), request.GET.get("body", "")
    try:
        hit("similar", str(request.user.pk))
    except RateLimited:
        return render(request, TEMPLATE, {"suggestions": [], "limited": True})
    if len(title.strip()) < 8:
        return render(request, TEMPLATE, {"suggestions": [], "articles": []})
    if request.GET.get("kind") == ThreadKind.IDEA:  # an idea: vote for the same one instead
        ideas = similar_threads(request.user, title, body, kinds=[ThreadKind.IDEA])
        return render(request, TEMPLATE, {"suggestions": ideas, "articles": [], "ideas": True})
    suggestions = similar_threads(request.user, title, body)
    found = similar_articles(f"{title}\n{body}")
    return render(request, TEMPLATE, {"suggestions": suggestions, "articles": found})


def _number(value: str | None, default: float) -> float:
    try:
        return float(value or default)
    except ValueError:
        return default


@require_GET
@login_required
def choose_suggestion(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    thread = access_thread(request.user, pk)
    actions.record_suggestion_choice(
        request.user, thread,
        position=int(_number(request.GET.get("position"), 0)),
        score=_number(request.GET.get("score"), 0.0),
    )  # fmt: skip
    return HttpResponseRedirect(thread.get_absolute_url())
