"""Champion pages (/champions/): the queue, opting in and out, one conversation; and the staff
side: choosing the areas, offering a conversation, taking one over. Champions are members,
not staff: every view checks the champion permissions of inbox.permissions, never the inbox's.

Live updates: the page polls with htmx (`?v=<generation>` of the inbox counter); an unchanged
generation answers 204 after the session and access checks, a changed one the fragment."""

from collections.abc import Callable
from functools import partial, wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core import counters
from openline.core.forms import add_action_errors
from openline.core.publishing import held_drafts
from openline.people.permissions import can_be_champion

from .. import selectors as inbox_selectors
from ..ingestion import INBOX_COUNTER
from ..models import ChampionArea, ChampionOptIn, Conversation
from ..permissions import (
    can_use_champion_queue,
    check_manage_champion_areas,
    check_use_champion_queue,
    check_use_inbox,
)
from ..views import send_reply_form
from . import actions, presentation, selectors
from .forms import AreaForm, ChampionReplyForm, HandBackForm, OfferForm, OptInForm


def signed_in(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def _generation() -> int:
    return counters.read(INBOX_COUNTER)


# --- the queue --------------------------------------------------------------------------------


def _queue_context(request: AuthenticatedHttpRequest) -> dict[str, Any]:
    generation = _generation()
    offered = list(selectors.offered_conversations(request.user)[:100])
    for c in offered:
        c.shown_subject = presentation.shown_subject(c)
        c.asked_by = presentation.customer_label(c)
        c.offer_ends_at = selectors.offer_ends_at(c)
    mine = selectors.my_conversations(request.user)
    for c in mine:
        c.shown_subject = presentation.shown_subject(c)
    return {"offered": offered, "mine": mine, "generation": generation}


@require_GET
@signed_in
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    if can_be_champion(request.user) and not can_use_champion_queue(request.user):
        return redirect("champions:opt_in")
    context = _queue_context(request)
    context["areas"] = selectors.my_areas(request.user)
    return render(request, "inbox/champions/queue.html", context)


@require_GET
@signed_in
def queue_live(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_use_champion_queue(request.user)
    if request.GET.get("v") == str(_generation()):
        return HttpResponse(status=204, headers={"Cache-Control": "no-store"})
    response = render(request, "inbox/champions/queue.html#live", _queue_context(request))
    response["Cache-Control"] = "no-store"
    return response


@signed_in
def opt_in(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not can_be_champion(request.user):
        raise PermissionDenied(_("The champion queue is for super-users and trust level 4."))
    current = ChampionOptIn.objects.filter(user=request.user, active=True).first()
    form = OptInForm(
        request.POST or None, initial={"areas": current.areas.all() if current else []}
    )
    if request.method == "POST":
        try:
            if request.POST.get("answer") == "out":
                actions.opt_out(request.user)
                messages.success(
                    request, _("You left the champion queue. Thank you for your help.")
                )
                return redirect("champions:opt_in")
            if form.is_valid():
                actions.opt_in(request.user, areas=list(form.cleaned_data["areas"]))
                messages.success(request, _("You are in the champion queue."))
                return redirect("champions:queue")
        except ValidationError as error:
            add_action_errors(form, error)
    return render(request, "inbox/champions/opt_in.html", {"form": form, "current": current})


# --- one conversation -------------------------------------------------------------------------


def _live_context(request: AuthenticatedHttpRequest, conversation: Conversation) -> dict[str, Any]:
    turn = selectors.open_turn(conversation) if conversation.champion_id else None
    ends = selectors.offer_ends_at(conversation)
    is_mine = conversation.champion_id == request.user.pk
    # The clock that ends the facts' row: the champion's first answer, or the offer's window.
    clock = "answer" if is_mine and turn and not turn.first_answer_at else ""
    clock = clock or ("offer" if not is_mine and ends else "")
    return {
        "conversation": conversation,
        "subject": presentation.shown_subject(conversation),
        "asked_by": presentation.customer_label(conversation),
        "messages_list": presentation.shown_messages(conversation),
        # Only the champion's own replies in review: colleagues' drafts are not theirs to read.
        "held_list": held_drafts(conversation_id=conversation.pk, author_id=request.user.pk),
        "turn": turn,
        "offer_ends_at": ends,
        "is_mine": is_mine,
        "clock": clock,
        "generation": _generation(),
    }


def _page(
    request: AuthenticatedHttpRequest,
    conversation: Conversation,
    *,
    status: int = 200,
    **forms: Any,
) -> HttpResponse:
    context = _live_context(request, conversation)
    context.update(
        reply_form=forms.get("reply_form") or ChampionReplyForm(),
        hand_back_form=forms.get("hand_back_form") or HandBackForm(),
        answer_minutes=selectors.champion_settings()["ANSWER_MINUTES"],
    )
    return render(request, "inbox/champions/conversation.html", context, status=status)


@require_GET
@signed_in
def conversation(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _page(request, selectors.access_champion_conversation(request.user, pk))


@require_GET
@signed_in
def conversation_live(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_champion_conversation(request.user, pk)
    if request.GET.get("v") == str(_generation()):
        return HttpResponse(status=204, headers={"Cache-Control": "no-store"})
    context = _live_context(request, conversation)
    response = render(request, "inbox/champions/conversation.html#live", context)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@signed_in
def take(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_champion_conversation(request.user, pk)
    try:
        actions.take_conversation(request.user, conversation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("champions:queue")
    messages.success(request, _("It is yours: the customer is waiting for your first answer."))
    return redirect("champions:conversation", pk=conversation.pk)


@require_POST
@signed_in
def reply(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_champion_conversation(request.user, pk)
    form = ChampionReplyForm(request.POST)
    if form.is_valid():
        publish = partial(actions.reply_as_champion, request.user, conversation)
        send_reply_form(request, form, publish, sent=_("Reply sent to the customer."))
    if form.errors:
        return _page(request, conversation, status=400, reply_form=form)
    return redirect("champions:conversation", pk=conversation.pk)


@require_POST
@signed_in
def hand_back(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_champion_conversation(request.user, pk)
    form = HandBackForm(request.POST)
    if not form.is_valid():
        return _page(request, conversation, status=400, hand_back_form=form)
    actions.hand_back(request.user, conversation, note=form.cleaned_data["note"])
    messages.success(request, _("Handed back to staff. Thank you."))
    return redirect("champions:queue")


@require_POST
@signed_in
def solve(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = selectors.access_champion_conversation(request.user, pk)
    actions.solve_conversation(request.user, conversation)
    messages.success(request, _("Marked solved. Nice work."))
    return redirect("champions:conversation", pk=conversation.pk)


# --- staff ------------------------------------------------------------------------------------


@signed_in
def areas(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Which product areas are offered to champions (moderators and admins)."""
    check_manage_champion_areas(request.user)
    form = AreaForm(request.POST or None)
    if request.method == "POST" and (area_id := request.POST.get("toggle", "")).isdigit():
        area = get_object_or_404(ChampionArea, pk=int(area_id))
        actions.set_area_active(request.user, area, active=not area.is_active)
        return redirect("champions:areas")
    if request.method == "POST" and form.is_valid():
        try:
            actions.create_area(request.user, **form.cleaned_data)
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(
                request,
                _("“%(item)s” is offered to champions.") % {"item": form.cleaned_data["name"]},
            )
            return redirect("champions:areas")
    all_areas = ChampionArea.objects.select_related("space", "tag").annotate(
        champions=Count("opt_ins")
    )
    context = {"form": form, "areas": all_areas, "current": "champion_areas"}
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "inbox/champions/areas.html", context, status=status)


@require_POST
@signed_in
def take_over(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    conversation = inbox_selectors.access_conversation(request.user, pk)
    try:
        actions.take_over(request.user, conversation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("You took the conversation over; the champion no longer has it.")
        )
    return redirect(reverse("inbox:conversation", args=[conversation.pk]))


@require_POST
@signed_in
def offer(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_use_inbox(request.user)
    conversation = inbox_selectors.access_conversation(request.user, pk)
    form = OfferForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Choose an active champion area."))
        actions.offer_to_champions(request.user, conversation, form.cleaned_data["area"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Offered to the champions of %(item)s.") % {"item": form.cleaned_data["area"]},
        )
    return redirect(reverse("inbox:conversation", args=[conversation.pk]))
