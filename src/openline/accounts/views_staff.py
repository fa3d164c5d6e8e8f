"""Staff pages: the list of staff with their roles and sign-in security, invitations, and the
page where an invited colleague makes their account. Only admins see the list (403 for
everyone else signed in); the writes are in staff."""

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from openline.core.forms import add_action_errors
from openline.core.ratelimit import RateLimited, client_address, hit

from . import sso, staff, two_factor
from .forms import AcceptInvitationForm, InviteForm
from .http import AuthenticatedHttpRequest
from .models import Role, User
from .permissions import check_manage_staff
from .views import too_many_attempts


def _render_list(
    request: AuthenticatedHttpRequest, form: InviteForm, status: int = 200
) -> HttpResponse:
    context = {
        "members": staff.staff_members(request.user),
        "invitations": staff.open_invitations(request.user),
        "teams": staff.teams(request.user),
        "form": form,
        "roles": [*staff.ROLE_CHOICES, (Role.CUSTOMER, _("No staff role"))],
        "two_factor_required": request.user.is_staff_member
        and two_factor.required_for(request.user),
        "sso_name": sso.provider_name() if sso.enabled() else "",
    }
    return render(request, "accounts/staff.html", context, status=status)


@login_required
def staff_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_staff(request.user)
    return _render_list(request, InviteForm())


@require_POST
@login_required
def invite(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_staff(request.user)
    form = InviteForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            invitation = staff.invite_staff(
                request.user, email=data["email"], role=data["role"], team=data["team"]
            )
        except ValidationError as error:
            add_action_errors(form, error)
        except RateLimited as limited:
            return too_many_attempts(request, limited)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("accounts:staff")
    return _render_list(request, form, status=400)


@require_POST
@login_required
def change(request: AuthenticatedHttpRequest, person_id: int) -> HttpResponse:
    check_manage_staff(request.user)
    person = get_object_or_404(User, pk=person_id)
    action = request.POST.get("action", "")
    try:
        if action == "role":
            staff.change_role(request.user, person, request.POST.get("role", ""))
            done = _("%(name)s now has the role %(role)s.") % {
                "name": person.name,
                "role": person.get_role_display(),
            }
        elif action in {"deactivate", "activate"}:
            staff.set_active(request.user, person, active=action == "activate")
            done = (
                _("%(name)s is active again.")
                if person.is_active
                else _("%(name)s is deactivated.")
            )
            done = done % {"name": person.name}
        elif action == "team":
            staff.change_team(request.user, person, request.POST.get("team", ""))
            done = (
                _("%(name)s is in %(team)s.") % {"name": person.name, "team": person.team}
                if person.team
                else _("%(name)s is in no team.") % {"name": person.name}
            )
        elif action == "reset_two_factor":
            two_factor.reset_for(request.user, person)
            done = _("%(name)s's two-factor sign-in is off; they set it up again.") % {
                "name": person.name
            }
        else:
            raise ValidationError(_("Choose what to change."))
    except (ValidationError, PermissionDenied) as error:
        text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        messages.error(request, text)
    else:
        messages.success(request, done)
    return redirect("accounts:staff")


@require_POST
@login_required
def rename_team(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_staff(request.user)
    old, new = request.POST.get("old", ""), request.POST.get("team", "")
    try:
        moved = staff.rename_team(request.user, old, new)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            ngettext(
                "“%(old)s” is now “%(new)s” (%(count)d person).",
                "“%(old)s” is now “%(new)s” (%(count)d people).",
                moved,
            )
            % {"old": old, "new": " ".join(new.split()), "count": moved},
        )
    return redirect("accounts:staff")


@require_POST
@login_required
def withdraw(request: AuthenticatedHttpRequest, invitation_id: int) -> HttpResponse:
    check_manage_staff(request.user)
    try:
        invitation = staff.withdraw_invitation(request.user, invitation_id)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The invitation to %(email)s is withdrawn.") % {"email": invitation.email}
        )
    return redirect("accounts:staff")


def accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = staff.read_invitation(token)
    except ValidationError as error:
        context: dict[str, Any] = {"message": " ".join(error.messages), "reason": error.code}
        return render(request, "accounts/invitation.html", context, status=400)
    if request.method == "POST":
        try:
            hit("signup", client_address(request))
        except RateLimited as limited:
            return too_many_attempts(request, limited)
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and not request.user.is_authenticated and form.is_valid():
        data = form.cleaned_data
        try:
            user = staff.accept_invitation(
                token, username=data["username"], password=data["password"],
                display_name=data["display_name"],
            )  # fmt: skip
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            request.session[two_factor.METHOD_KEY] = "password"
            messages.success(request, _("Welcome to the team, %(name)s.") % {"name": user.name})
            return redirect("inbox:index")
    context = {
        "invitation": invitation,
        "form": form,
        "sso_name": sso.provider_name() if sso.enabled() else "",
    }
    return render(request, "accounts/invitation.html", context, status=400 if form.errors else 200)
