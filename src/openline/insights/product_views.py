"""The product-feedback page for product managers (staff), its drill-down to the quotes and
its exports (CSV and JSON of labelled items and of ideas with their demand, streamed, the same
filters as the page). Each view: parse → check → respond."""

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from openline.accounts.http import AuthenticatedHttpRequest
from openline.community.models import Tag
from openline.feedback.selectors import (
    IDEA_FIELDS,
    ITEM_FIELDS,
    UNASSIGNED,
    idea_rows,
    item_rows,
)
from openline.inbox.models import ChannelKind
from openline.language.voice import INTENTS, SENTIMENTS

from . import permissions, product
from .product import PageFilters, page_filters


def _choices(filters: PageFilters, query: str) -> dict[str, Any]:
    return {
        "filters": filters,
        "query": query,
        "tags": Tag.objects.all(),
        "unassigned": UNASSIGNED,
        "channels": ChannelKind.choices,
        "intents": INTENTS,
        "sentiments": SENTIMENTS,
    }


def _parse(request: AuthenticatedHttpRequest) -> PageFilters:
    permissions.check_view_insights(request.user)
    return page_filters(request.GET)


@require_GET
@login_required
def product_feedback(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        filters = _parse(request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        filters = page_filters({})
    context = {**product.product_feedback(filters), **_choices(filters, request.GET.urlencode())}
    return render(request, "insights/product_feedback.html", context)


@require_GET
@login_required
def quotes(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        filters = _parse(request)
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=400, content_type="text/plain")
    page = request.GET.get("page", "1")
    term = request.GET.get("term", "").strip()[:60]
    found = product.quotes(filters, page=int(page) if page.isdigit() and page != "0" else 1,
                           term=term)  # fmt: skip
    params = request.GET.copy()
    params.pop("page", None)
    context = {**found, **_choices(filters, params.urlencode()), "term": term,
               "area_names": dict(Tag.objects.values_list("slug", "name"))}  # fmt: skip
    return render(request, "insights/product_quotes.html", context)


def _csv_lines(head: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    class Line:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Line())
    yield writer.writerow(head)
    for row in rows:
        # A cell starting with = + - @ is text to a spreadsheet, never a formula.
        yield writer.writerow(
            [
                f"'{v}" if isinstance(v, str) and v[:1] in "=+-@" else v
                for v in (row[h] for h in head)
            ]
        )


def _json_lines(key: str, filters: PageFilters, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON document written piece by piece: {"from", "to", key: [...]}."""
    yield json.dumps({"from": filters.since.isoformat(), "to": filters.until.isoformat()})[:-1]
    yield f', "{key}": ['
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(row)
    yield "\n]}\n"


@require_GET
@login_required
def export(request: AuthenticatedHttpRequest, what: str, fmt: str) -> HttpResponseBase:
    try:
        filters = _parse(request)
    except ValidationError as error:
        return HttpResponse(" ".join(error.messages), status=400, content_type="text/plain")
    if what not in {"items", "ideas"} or fmt not in {"csv", "json"}:
        raise Http404("No such export.")
    base = request.build_absolute_uri("/")[:-1]
    rows = (item_rows if what == "items" else idea_rows)(filters.items(), base)
    head = ITEM_FIELDS if what == "items" else IDEA_FIELDS
    if fmt == "csv":
        body, content_type = _csv_lines(head, rows), "text/csv; charset=utf-8"
    else:
        body, content_type = _json_lines(what, filters, rows), "application/json"
    response = StreamingHttpResponse(body, content_type=content_type)
    name = f"openline-{what}-{filters.since}-{filters.until}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
