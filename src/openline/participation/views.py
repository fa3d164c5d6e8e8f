"""Pages: a member's reputation history and programme page, the public super-user directory,
the staff page of candidates and invitations, and every write of the programme (invite,
withdraw, accept, decline, leave, thank, pin a trust level, recompute). Each view: parse →
access → check → act → respond."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from openline.accounts.http import AuthenticatedHttpRequest, signed_in_user
from openline.accounts.models import User
from openline.people import actions as people_actions
from openline.people import selectors as people_selectors
from openline.people import trust
from openline.people.models import SuperUserInvitation

from . import actions, permissions, selectors
from .candidates import rank_candidates
from .forms import InviteForm, PinForm, ThankForm
from .tasks import enqueue_recompute


def _errors(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


# --- the member's own pages -------------------------------------------------------------------


@require_GET
@login_required
def reputation(request: AuthenticatedHttpRequest) -> HttpResponse:
    events = people_selectors.reputation_history(request.user)
    page = Paginator(events, settings.OPENLINE["PAGE_SIZE"]).get_page(request.GET.get("page"))
    record = people_selectors.trust_record(request.user)
    context = {
        "page": page,
        "rows": selectors.reputation_events(request.user, list(page.object_list)),
        "points": people_selectors.reputation_points(request.user),
        "record": record,
        "level_name": trust.LEVEL_NAMES[record.level],
        "progress": trust.next_level_progress(record.level, record.stats),
    }
    return render(request, "participation/reputation.html", context)


@login_required
def my_programme(request: AuthenticatedHttpRequest) -> HttpResponse:
    invitation = people_selectors.latest_invitation(request.user)
    if request.method == "POST":
        answer = request.POST.get("answer")
        try:
            if answer == "leave":
                actions.leave_programme(request.user, request.user)
                messages.success(request, _("You have left the super-user programme. Thank you."))
            elif invitation is None or answer not in ("accept", "decline"):
                raise ValidationError(_("Choose to accept or decline the invitation."))
            elif answer == "accept":
                actions.accept_invitation(request.user, invitation)
                messages.success(request, _("Welcome to the super-user programme!"))
            else:
                actions.decline_invitation(request.user, invitation)
                messages.success(request, _("Invitation declined. Thanks for letting us know."))
        except ValidationError as error:
            _errors(request, error)
        return redirect("participation:programme")
    context = {"invitation": invitation, "is_superuser": request.user.role == "superuser"}
    return render(request, "participation/programme.html", context)


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    entries = selectors.superuser_directory(signed_in_user(request))
    return render(request, "participation/directory.html", {"entries": entries})


# --- staff: the recompute, asked for from the participation dashboard (insights) --------------


@require_POST
@login_required
def recompute(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_run_programme(request.user)
    queued = enqueue_recompute()
    messages.success(
        request,
        _("Recomputing reputation, trust levels and segments in the background.")
        if queued
        else _("A recompute is already waiting to run."),
    )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "participation:superusers"
    return redirect(back)


# --- staff: super-users -----------------------------------------------------------------------


@require_GET
@login_required
def superusers(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_view_participation(request.user)
    try:
        days = selectors.clean_days(request.GET.get("days"), default=365)
    except ValidationError as error:
        _errors(request, error)
        days = 365
    spaces = list(selectors.programme_spaces())
    context = {
        "days": days,
        "candidates": rank_candidates(days=days),
        "invitations": selectors.pending_invitations(),
        "members": selectors.superuser_directory(request.user),
        "form": InviteForm(spaces=spaces, initial={"spaces": [s.slug for s in spaces]}),
        "can_invite": permissions.can_run_programme(request.user),
    }
    return render(request, "participation/superusers.html", context)


@require_POST
@login_required
def invite(request: AuthenticatedHttpRequest) -> HttpResponse:
    permissions.check_run_programme(request.user)
    form = InviteForm(request.POST, spaces=selectors.programme_spaces())
    if not form.is_valid():
        messages.error(request, _("Name the member to invite and the spaces to open to them."))
        return redirect("participation:superusers")
    person = User.objects.filter(username=form.cleaned_data["username"], is_active=True).first()
    try:
        if person is None:
            raise ValidationError(_("No active member with that username."))
        actions.invite_to_programme(
            request.user, person, message=form.cleaned_data["message"],
            space_slugs=form.cleaned_data["spaces"],
        )  # fmt: skip
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(
            request, _("%(name)s is invited; they were sent an e-mail.") % {"name": person.name}
        )
    return redirect("participation:superusers")


@require_POST
@login_required
def withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    permissions.check_run_programme(request.user)
    invitation = get_object_or_404(SuperUserInvitation, pk=pk)
    try:
        actions.withdraw_invitation(request.user, invitation)
    except ValidationError as error:
        _errors(request, error)
    return redirect("participation:superusers")


# --- staff on a profile: thanks and trust pins ------------------------------------------------


@require_POST
@login_required
def thank(request: AuthenticatedHttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(User, username=username, is_active=True)
    form = ThankForm(request.POST)
    try:
        people_actions.add_thank_you_note(request.user, person, body=form.data.get("body", ""))
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(
            request, _("Your thank-you note is on %(name)s's profile.") % {"name": person.name}
        )
    return redirect("community:profile", username=person.username)


@require_POST
@login_required
def pin_trust(request: AuthenticatedHttpRequest, username: str) -> HttpResponse:
    person = get_object_or_404(User, username=username, is_active=True)
    permissions.check_run_programme(request.user)
    form = PinForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a level from 0 to 4, or none to unpin."))
    else:
        people_actions.pin_trust_level(request.user, person, level=form.cleaned_data["level"])
        messages.success(
            request, _("The trust level of %(name)s is saved.") % {"name": person.name}
        )
    return redirect("community:profile", username=person.username)
