"""The triage page of a thread: retag, move, mark as a duplicate, merge into the original.
Open to trust level 3, super-users and staff (openline.people.permissions); the actions check
it again."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from openline.accounts.http import AuthenticatedHttpRequest

from . import actions, permissions, selectors
from .models import Tag, Thread

_THREAD_ID = re.compile(r"(?:^|/t/)(\d{1,18})(?:/|$)")


def _original(request: AuthenticatedHttpRequest) -> Thread | None:
    """The thread named by id or URL in the form; empty takes the duplicate mark off."""
    raw = request.POST.get("original", "").strip()
    if not raw:
        return None
    match = _THREAD_ID.search(raw)
    try:
        return selectors.access_thread(request.user, int(match.group(1)) if match else 0)
    except Http404:
        raise ValidationError({"original": _("No such thread: give its number or link.")}) from None


def _act(request: AuthenticatedHttpRequest, thread: Thread) -> str:
    operation = request.POST.get("operation")
    if operation == "retag":
        actions.retag_thread(request.user, thread, tags=request.POST.getlist("tags"))
        return "Tags saved."
    if operation == "move":
        try:
            space = selectors.access_space(request.user, request.POST.get("space", ""))
        except Http404:
            raise ValidationError({"space": _("No such space.")}) from None
        actions.move_thread(request.user, thread, space=space)
        return f"Moved to {space.name}."
    if operation == "duplicate":
        original = _original(request)
        actions.mark_duplicate(request.user, thread, original=original)
        return "Marked as a duplicate." if original else "Duplicate mark taken off."
    if operation == "merge":
        original = _original(request)
        if original is None:
            raise ValidationError(
                {"original": _("Give the number or link of the original thread.")}
            )
        merged = actions.merge_thread(request.user, thread, into=original)
        return f"Merged into “{merged.title}”: its old address now leads there."
    raise ValidationError(_("Choose what to do: retag, move, mark as a duplicate or merge."))


@login_required
def triage(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    thread = selectors.access_thread(request.user, pk)
    permissions.check_triage(request.user, thread)
    status = 200
    if request.method == "POST":
        try:
            messages.success(request, _act(request, thread))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
        else:
            return redirect(selectors.address_of(Thread.objects.get(pk=thread.pk)))
    context = {
        "thread": thread,
        "tags": Tag.objects.all(),
        "current_tags": set(thread.tags.values_list("slug", flat=True)),
        "spaces": selectors.visible_spaces(request.user),
        "can_merge_ideas": permissions.can_merge_ideas(request.user),
    }
    return render(request, "community/triage.html", context, status=status)
