"""The staff page of champion outcomes (/staff/champions/)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from openline.accounts.http import AuthenticatedHttpRequest
from openline.inbox.permissions import can_manage_champion_areas
from openline.participation.selectors import clean_days

from . import permissions
from .champions import DEFAULT_DAYS, champion_outcomes


@require_GET
@login_required
def champions(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_view_insights(request.user)
    try:
        days = clean_days(request.GET.get("days"), default=DEFAULT_DAYS)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        days = DEFAULT_DAYS
    context = {
        "days": days,
        "outcomes": champion_outcomes(days=days),
        "can_manage_areas": can_manage_champion_areas(request.user),
    }
    return render(request, "insights/champions.html", context)
