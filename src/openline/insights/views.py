"""The staff dashboards: participation (1-9-90 shares, the trend, how members move) and the
expert finder. Read-only: the recompute button posts to participation. Each view: parse →
access → check → respond."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from openline.accounts.http import AuthenticatedHttpRequest
from openline.community.models import Tag
from openline.inbox.expert_finder import WHO, find_experts
from openline.participation import segments
from openline.participation import selectors as participation_selectors
from openline.participation.permissions import can_run_programme

from . import charts, permissions


@require_GET
@login_required
def participation(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_view_insights(request.user)
    try:
        days = participation_selectors.clean_days(request.GET.get("days"))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        days = segments.DEFAULT_DAYS
    page = participation_selectors.participation_page(days)
    context = {
        "days": days,
        "page": page,
        "bars": charts.share_bars(page.counts),
        "chart": charts.trend_columns(page.trend),
        "trend_rows": charts.trend_rows(page.trend),
        "transitions": charts.transition_rows(page.transitions),
        "can_recompute": can_run_programme(request.user),
    }
    return render(request, "insights/participation.html", context)


@require_GET
@login_required
def experts(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_view_insights(request.user)
    tag = request.GET.get("tag", "")[:50]
    query = request.GET.get("q", "")[:200].strip()
    who = request.GET.get("who", "staff")
    who = who if who in WHO else "staff"
    found = find_experts(request.user, tag=tag or None, query=query or None, who=who, limit=20)
    context = {"experts": found, "tags": Tag.objects.all(), "tag": tag, "q": query, "who": who}
    return render(request, "insights/experts.html", context)
