"""Privacy requests handled by administrators: find the person, download what is held about
them, erase them (with an audit record)."""

from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core import privacy
from openline.core.models import ErasureRecord

from . import actions, permissions, selectors


@require_GET
@login_required
def privacy_requests(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_handle_privacy_requests(request.user)
    query = request.GET.get("q", "")[:200]
    context = {
        "query": query,
        "matches": selectors.find_privacy_subjects(query),
        "policy": privacy.policy(),
        "policies": privacy.POLICIES,
        "records": ErasureRecord.objects.all()[:20],
    }
    return render(request, "people/privacy.html", context)


@require_GET
@login_required
def privacy_export(request: AuthenticatedHttpRequest, key: str, fmt: str) -> HttpResponse:
    permissions.check_handle_privacy_requests(request.user)
    subject = selectors.access_privacy_subject(key)
    if fmt == "zip":
        response = HttpResponse(privacy.export_zip(subject), content_type="application/zip")
    else:
        body = privacy.export_json(subject)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = f"openline-{key}-{datetime.now(UTC):%Y%m%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def privacy_erase(request: AuthenticatedHttpRequest, key: str) -> HttpResponse:
    permissions.check_handle_privacy_requests(request.user)
    subject = selectors.access_privacy_subject(key)
    try:
        record = actions.erase_on_request(
            request.user,
            subject,
            note=request.POST.get("note", ""),
            policy=request.POST.get("policy", privacy.policy()),
            confirmed=request.POST.get("confirm") == "yes",
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        query = urlencode({"q": request.POST.get("q", "")})
        return redirect(f"{reverse('people:privacy')}?{query}")
    messages.success(
        request, _("Erased (%(subject)s); the record is below.") % {"subject": record.subject}
    )
    return redirect("people:privacy")
