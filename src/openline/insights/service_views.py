"""The service dashboard (figures over a range, by channel and space, narrowed to a team or an
agent within what the viewer may see), its CSV tables, and the public service promise with
the operator's form. Each view: parse → access → check → respond."""

import csv
from collections.abc import Iterable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from openline.accounts.http import AuthenticatedHttpRequest
from openline.accounts.models import STAFF_ROLES, User
from openline.community.models import Space
from openline.core.cache import cache_for_anonymous
from openline.inbox.models import ChannelKind
from openline.knowledge.bridge.selectors import bridged_conversations

from . import actions, charts, permissions, promise, tables
from .models import PublishedFigure
from .service import Filters, filters_from, range_bounds


def _filters(request: AuthenticatedHttpRequest) -> Filters:
    permissions.check_view_insights(request.user)
    return filters_from(request.user, request.GET)


@require_GET
@login_required
def service(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        filters = _filters(request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        filters = filters_from(request.user, {})
    found = tables.dashboard(filters, query=request.GET.urlencode())
    user = request.user
    everyone = permissions.can_see_everyone(user)
    agents = User.objects.filter(role__in=STAFF_ROLES, is_active=True) if everyone else [user]
    teams = [user.team] if user.team else []
    if everyone:
        named = User.objects.filter(role__in=STAFF_ROLES).exclude(team="")
        teams = sorted(set(named.values_list("team", flat=True)))
    context = {
        **found,
        "filters": filters,
        "channels": ChannelKind.choices,
        "spaces": Space.objects.all(),
        "agents": agents,
        "teams": teams,
        "agent_name": request.GET.get("agent", ""),
        "can_edit_promise": permissions.can_edit_promise(user),
        # Answers given privately or on a social network that became lasting public threads.
        "bridged": bridged_conversations(*range_bounds(filters)),
    }
    return render(request, "insights/service.html", context)


@require_GET
@login_required
def service_csv(request: AuthenticatedHttpRequest, table: str) -> HttpResponse:
    try:
        filters = _filters(request)
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=400, content_type="text/plain")
    found = tables.dashboard(filters)
    if table not in found["tables"]:
        raise Http404("No such table.")
    chosen = found["tables"][table]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"openline-{table}-{filters.since}-{filters.until}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    _write_csv(response, chosen["head"], chosen["rows"])
    return response


def _write_csv(out: Any, head: list[str], rows: Iterable[list[Any]]) -> None:
    writer = csv.writer(out)
    writer.writerow(head)
    for row in rows:
        # A cell starting with = + - @ is text to a spreadsheet, never a formula.
        writer.writerow([f"'{v}" if isinstance(v, str) and v[:1] in "=+-@" else v for v in row])


@require_GET
@cache_for_anonymous(lambda request: promise.cache_version())
def promise_page(request: HttpRequest) -> HttpResponse:
    context = promise.page_context()
    context["can_edit"] = permissions.can_edit_promise(
        request.user if request.user.is_authenticated else None
    )
    return render(request, "insights/promise.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def promise_edit(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_edit_promise(request.user)
    current = promise.current()
    if request.method == "POST":
        try:
            actions.save_promise(
                request.user,
                text=request.POST.get("text", ""),
                notes=request.POST.get("notes", ""),
                published=request.POST.getlist("published"),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            current.text, current.notes = (
                request.POST.get("text", ""),
                request.POST.get("notes", ""),
            )
            current.published = request.POST.getlist("published")
            return render(request, "insights/promise_edit.html", _edit_context(current), status=400)
        messages.success(request, _("The promise page is updated."))
        return redirect("insights:promise_edit")
    return render(request, "insights/promise_edit.html", _edit_context(current))


def _edit_context(current: Any) -> dict[str, Any]:
    return {
        "current": current,
        "figures": [
            (value, label, value in current.published) for value, label in PublishedFigure.choices
        ],
        "text_max": actions.TEXT_MAX,
        "small": charts.SMALL,
    }
