"""The triage queue of likely duplicates: each new thread beside the earlier one it most likely
repeats, with merge, mark or dismiss. Open to trust level 3, super-users and staff."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest

from . import duplicates
from .models import FlagOutcome

PAGE_SIZE = 30
DONE = {
    FlagOutcome.MERGED: _("Merged: the new thread's address now leads to the earlier one."),
    FlagOutcome.MARKED: _("Marked as a duplicate: readers are pointed to the earlier thread."),
    FlagOutcome.DISMISSED: _("Dismissed: both threads stay as they are."),
}


@login_required
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    flags = duplicates.open_flags(request.user)
    page = Paginator(flags, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "knowledge/duplicates.html", {"page": page})


@require_POST
@login_required
def decide(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    flag = duplicates.open_flags(request.user).filter(pk=pk).first()
    if flag is None:
        raise Http404("No such flag waiting for a decision.")
    outcome = request.POST.get("outcome", "")
    try:
        duplicates.decide(request.user, flag, outcome)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        response = queue(request)
        response.status_code = 400
        return response
    messages.success(request, DONE[FlagOutcome(outcome)])
    return redirect("knowledge:duplicates")
