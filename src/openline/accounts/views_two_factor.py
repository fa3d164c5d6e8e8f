"""Two-factor pages: setting up an authenticator, the code step after the password, new
recovery codes, turning it off. Each view: parse → access → check → act → respond; the
writes are in two_factor."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from openline.core.ratelimit import RateLimited, client_address, hit

from . import sso, two_factor
from .http import AuthenticatedHttpRequest
from .models import TwoFactorDevice, User
from .views import hit_password_attempt, too_many_attempts


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


def _show_codes(request: HttpRequest, codes: list[str], next_url: str) -> HttpResponse:
    context = {"codes": codes, "next_url": next_url}
    return render(request, "accounts/two_factor_codes.html", context)


def _who_sets_up(request: HttpRequest) -> tuple[User, two_factor.Pending | None] | None:
    """The signed-in person, or someone half-way through signing in who must set up an
    authenticator before they are signed in."""
    if isinstance(request.user, User):
        return request.user, None
    pending = two_factor.pending(request.session)
    if (
        pending
        and two_factor.required_for(pending.user)
        and not two_factor.has_device(pending.user)
    ):
        return pending.user, pending
    return None


@never_cache
def setup(request: HttpRequest) -> HttpResponse:
    who = _who_sets_up(request)
    if who is None:
        return redirect_to_login(request.get_full_path())
    user, pending = who
    device = TwoFactorDevice.objects.filter(user=user).first()
    if device is not None:
        context = {"device": device, "codes_left": two_factor.recovery_codes_left(user)}
        return render(request, "accounts/two_factor.html", context)
    secret = request.session.get(two_factor.ENROL_SECRET_KEY) or two_factor.new_secret()
    request.session[two_factor.ENROL_SECRET_KEY] = secret
    error = ""
    if request.method == "POST" and not user.has_usable_password():
        error = f"Your account signs in only through {sso.provider_name()}: nothing to set up."
    elif request.method == "POST":
        try:
            codes = two_factor.confirm_enrolment(user, secret, request.POST.get("code", ""))
        except ValidationError as invalid:
            error = _errors(invalid)
        else:
            request.session.pop(two_factor.ENROL_SECRET_KEY, None)
            next_url = ""
            if pending is not None:
                login(request, user, backend=pending.backend)
                two_factor.clear_pending(request.session)
                next_url = pending.next_url
            request.session[two_factor.METHOD_KEY] = "two_factor"
            return _show_codes(request, codes, next_url or settings.LOGIN_REDIRECT_URL)
    uri = two_factor.provisioning_uri(user, secret)
    context = {
        "person": user,
        "pending": pending is not None,
        "required": two_factor.required_for(user),
        "sso_only": not user.has_usable_password(),
        "sso_name": sso.provider_name(),
        "qr_svg": two_factor.qr_svg(uri),
        "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
        "error": error,
    }
    return render(request, "accounts/two_factor.html", context, status=400 if error else 200)


@never_cache
def step(request: HttpRequest) -> HttpResponse:
    """The code after the password: only now is the session signed in."""
    pending = two_factor.pending(request.session)
    if pending is None:
        messages.info(
            request, _("Your sign-in timed out before the code was typed. Sign in again.")
        )
        return redirect("accounts:signin")
    if not two_factor.has_device(pending.user):
        return redirect("accounts:two_factor")
    error = ""
    if request.method == "POST":
        try:  # as many tries as the password, counted with it
            hit("signin", client_address(request))
            hit("signin_account", pending.user.username.lower())
        except RateLimited as limited:
            return too_many_attempts(request, limited)
        used = two_factor.check_code(pending.user, request.POST.get("code", ""))
        if used:
            login(request, pending.user, backend=pending.backend)
            two_factor.clear_pending(request.session)
            request.session[two_factor.METHOD_KEY] = "two_factor"
            if used == "recovery":
                left = two_factor.recovery_codes_left(pending.user)
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code; %(left)d left. Each works once: "
                        "make new ones on the two-factor page if you are running out."
                    )
                    % {"left": left},
                )
            return redirect(pending.next_url or settings.LOGIN_REDIRECT_URL)
        error = str(two_factor.WRONG_CODE)
    context = {"error": error, "person": pending.user}
    return render(request, "accounts/two_factor_step.html", context, status=400 if error else 200)


@never_cache
@require_POST
@login_required
def regenerate(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        hit_password_attempt(request)
    except RateLimited as limited:
        return too_many_attempts(request, limited)
    try:
        codes = two_factor.regenerate_recovery_codes(
            request.user, code=request.POST.get("code", "")
        )
    except ValidationError as invalid:
        messages.error(request, _errors(invalid))
        return redirect("accounts:two_factor")
    return _show_codes(request, codes, "")


@require_POST
@login_required
def disable(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        hit_password_attempt(request)
    except RateLimited as limited:
        return too_many_attempts(request, limited)
    try:
        two_factor.disable(
            request.user, password=request.POST.get("password", ""),
            code=request.POST.get("code", ""),
        )  # fmt: skip
    except ValidationError as invalid:
        messages.error(request, _errors(invalid))
        return redirect("accounts:two_factor")
    request.session[two_factor.METHOD_KEY] = "password"
    messages.success(request, _("Two-factor sign-in is off: your password alone signs you in now."))
    return redirect("accounts:two_factor")
