"""Flagging (members) and the flag queue with its actions (moderators and admins). Each view:
parse → access → check → act → respond; the actions in moderation.py check again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from openline.accounts import suspensions
from openline.accounts.http import AuthenticatedHttpRequest
from openline.accounts.models import Role, Suspension, User

from . import moderation, permissions, selectors, watched
from .models import FlagReason, Reply, Thread, WatchedAction, WatchedWord


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
        messages.success(request, _("Thank you: the moderators will look at it."))
    return redirect(post.get_absolute_url())


@require_GET
@login_required
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_moderate(request.user)
    context = {
        "items": selectors.flag_queue(),
        "held": selectors.held_queue(),
        "reasons": dict(FlagReason.choices),
        "can_suspend_indefinitely": request.user.role == Role.ADMIN,
    }
    return render(request, "community/flags.html", context)


def _days(raw: str) -> int:
    return int(raw) if raw.isdigit() and len(raw) < 4 else 0


def _act(request: AuthenticatedHttpRequest, post: Thread | Reply) -> str:
    operation = request.POST.get("operation")
    if operation == "hide":
        moderation.hide_post(request.user, post)
        return _("Hidden: the public sees “hidden by a moderator”.")
    if operation == "unhide":
        moderation.unhide_post(request.user, post)
        return _("Shown again.")
    if operation == "delete":
        moderation.delete_post(request.user, post, reason=request.POST.get("reason", ""))
        return _("Deleted: the reason is shown in its place.")
    if operation == "dismiss":
        count = moderation.dismiss_flags(request.user, post)
        return ngettext("%(count)d flag dismissed.", "%(count)d flags dismissed.", count) % {
            "count": count
        }
    if operation == "approve":
        moderation.approve_post(request.user, post)
        return _("Approved: it is public now.")
    if operation in {"pin", "unpin"} and isinstance(post, Thread):
        moderation.set_pinned(request.user, post, pinned=operation == "pin")
        return _("Pinned to the top of its space.") if operation == "pin" else _("Unpinned.")
    if operation == "suspend":
        raw = request.POST.get("days", "")
        days = None if raw == "indefinitely" else _days(raw)
        suspension = moderation.suspend_member(
            request.user, post.author, days=days, reason=request.POST.get("reason", "")
        )
        return _suspended(post.author.name, suspension)
    if operation == "silence":
        days = _days(request.POST.get("days", ""))
        silence = moderation.silence_member(
            request.user, post.author, days=days, reason=request.POST.get("reason", "")
        )
        return _("%(name)s is silenced until %(until)s.") % {
            "name": post.author.name,
            "until": date_format(silence.until, "SHORT_DATE_FORMAT"),
        }
    if operation in {"lock", "unlock"} and isinstance(post, Thread):
        moderation.set_locked(request.user, post, locked=operation == "lock")
        return _("Locked: no new replies.") if operation == "lock" else _("Unlocked.")
    raise ValidationError(
        _(
            "Choose what to do: approve, hide, unhide, delete, dismiss, lock, unlock, pin, unpin, "
            "silence or suspend."
        )
    )


def _suspended(name: str, suspension: Suspension) -> str:
    if suspension.until is None:
        return _("%(name)s is suspended until further notice and signed out.") % {"name": name}
    return _("%(name)s is suspended until %(until)s and signed out.") % {
        "name": name,
        "until": date_format(suspension.until, "SHORT_DATE_FORMAT"),
    }


@require_POST
@login_required
def moderate(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    permissions.check_moderate(request.user)
    post = _post(request, kind, pk)
    try:
        messages.success(request, _act(request, post))
    except (ValidationError, PermissionDenied) as error:
        text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        messages.error(request, text)
    return redirect(_back(request, reverse("community:flags")))


# --- thread tools: move and merge, the target found by searching ------------------------------


@login_required
def thread_tools(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    permissions.check_moderate(request.user)
    thread = selectors.access_thread(request.user, pk)
    if thread.merged_at is not None:
        raise Http404("This thread was merged already.")
    status = 200
    if request.method == "POST":
        try:
            return _tool(request, thread)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
        except PermissionDenied as error:
            messages.error(request, str(error))
            status = 403
    query = request.GET.get("find", "")
    context = {
        "thread": thread,
        "spaces": selectors.visible_spaces(request.user).exclude(pk=thread.space_id),
        "query": query,
        "choices": selectors.thread_choices(request.user, query, exclude=thread),
    }
    return render(request, "community/thread_tools.html", context, status=status)


def _tool(request: AuthenticatedHttpRequest, thread: Thread) -> HttpResponse:
    operation = request.POST.get("operation")
    if operation == "move":
        try:
            space = selectors.access_space(request.user, request.POST.get("space", ""))
        except Http404:
            raise ValidationError(_("Choose the space to move it to.")) from None
        moderation.move_thread(request.user, thread, space=space)
        messages.success(request, _("Moved to %(space)s.") % {"space": space.name})
        return redirect(thread)
    if operation == "merge":
        raw = request.POST.get("into", "")
        try:
            into = selectors.access_thread(request.user, int(raw) if raw.isdigit() else 0)
        except Http404:
            raise ValidationError(_("Choose the thread to merge into from the search.")) from None
        original = moderation.merge_thread(request.user, thread, into=into)
        messages.success(
            request,
            _("Merged into “%(title)s”: its old address leads there.") % {"title": original.title},
        )
        return redirect(original)
    raise ValidationError(_("Choose move or merge."))


# --- watched words ----------------------------------------------------------------------------


@login_required
def watched_words(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_moderate(request.user)
    form_data = {"phrase": "", "action": "block", "replacement": ""}
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        if remove := request.POST.get("remove", ""):
            word = get_object_or_404(WatchedWord, pk=int(remove) if remove.isdigit() else 0)
            watched.remove_watched_word(request.user, word)
            messages.success(
                request, _("“%(phrase)s” is no longer watched.") % {"phrase": word.phrase}
            )
            return redirect("community:watched_words")
        form_data = {key: request.POST.get(key, "") for key in form_data}
        try:
            word = watched.add_watched_word(request.user, **form_data)
        except ValidationError as error:
            errors, status = error.messages, 400
        else:
            messages.success(request, _("Watching for “%(phrase)s”.") % {"phrase": word.phrase})
            return redirect("community:watched_words")
    context = {
        "words": WatchedWord.objects.select_related("created_by"),
        "actions": WatchedAction.choices,
        "form": form_data,
        "errors": errors,
    }
    return render(request, "community/watched_words.html", context, status=status)


# --- suspensions and the moderation log -------------------------------------------------------


@login_required
def suspensions_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_moderate(request.user)
    status = 200
    if request.method == "POST":
        member = User.objects.filter(username=request.POST.get("username", "").strip()).first()
        try:
            if member is None:
                raise ValidationError(_("No member by that username."))
            if request.POST.get("operation") == "lift":
                moderation.lift_suspension(request.user, member)
                messages.success(request, _("%(name)s can sign in again.") % {"name": member.name})
            else:
                raw = request.POST.get("days", "")
                days = None if raw == "indefinitely" else _days(raw)
                suspension = moderation.suspend_member(
                    request.user, member, days=days, reason=request.POST.get("reason", "")
                )
                messages.success(request, _suspended(member.name, suspension))
            return redirect("community:suspensions")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            status = 400
        except PermissionDenied as error:
            messages.error(request, str(error))
            status = 403
    context = {
        "suspensions": suspensions.suspension_log(),
        "log": selectors.moderation_log(),
        "now": timezone.now(),
        "can_suspend_indefinitely": request.user.role == Role.ADMIN,
    }
    return render(request, "community/suspensions.html", context, status=status)
