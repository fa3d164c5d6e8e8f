"""Flagging (members) and the flag queue with its actions (moderators and admins). Each view:
parse → access → check → act → respond; the actions in moderation.py check again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest

from . import moderation, permissions, selectors
from .models import FlagReason, Reply, Thread


def _post(request: AuthenticatedHttpRequest, kind: str, pk: int) -> Thread | Reply:
    """The thread or reply, through the selectors that answer 404 for what the actor cannot
    see."""
    if kind == "t":
        return selectors.access_thread(request.user, pk)
    if kind == "r":
        return selectors.access_reply(request.user, pk)
    raise Http404("No such post.")


def _back(request: AuthenticatedHttpRequest, default: str) -> str:
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if target and safe else default


@require_POST
@login_required
def flag(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    post = _post(request, kind, pk)
    thread = post.thread if isinstance(post, Reply) else post
    permissions.check_flag(request.user, thread, post if isinstance(post, Reply) else None)
    try:
        moderation.flag_post(
            request.user,
            post,
            reason=request.POST.get("reason", ""),
            note=request.POST.get("note", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Thank you: the moderators will look at it.")
    return redirect(post.get_absolute_url())


@require_GET
@login_required
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_moderate(request.user)
    context = {"items": selectors.flag_queue(), "reasons": dict(FlagReason.choices)}
    return render(request, "community/flags.html", context)


def _act(request: AuthenticatedHttpRequest, post: Thread | Reply) -> str:
    operation = request.POST.get("operation")
    if operation == "hide":
        moderation.hide_post(request.user, post)
        return "Hidden: the public sees “hidden by a moderator”."
    if operation == "unhide":
        moderation.unhide_post(request.user, post)
        return "Shown again."
    if operation == "delete":
        moderation.delete_post(request.user, post, reason=request.POST.get("reason", ""))
        return "Deleted: the reason is shown in its place."
    if operation == "dismiss":
        count = moderation.dismiss_flags(request.user, post)
        return f"{count} flag{'s' if count != 1 else ''} dismissed."
    if operation == "silence":
        raw = request.POST.get("days", "")
        days = int(raw) if raw.isdigit() and len(raw) < 4 else 0
        silence = moderation.silence_member(
            request.user, post.author, days=days, reason=request.POST.get("reason", "")
        )
        return f"{post.author.name} is silenced until {silence.until:%d %b %Y}."
    if operation in {"lock", "unlock"} and isinstance(post, Thread):
        moderation.set_locked(request.user, post, locked=operation == "lock")
        return "Locked: no new replies." if operation == "lock" else "Unlocked."
    raise ValidationError("Choose what to do: hide, unhide, delete, dismiss, lock or unlock.")


@require_POST
@login_required
def moderate(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    permissions.check_moderate(request.user)
    post = _post(request, kind, pk)
    try:
        messages.success(request, _act(request, post))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_back(request, reverse("community:flags")))
