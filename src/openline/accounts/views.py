"""Account pages: join, confirm the address, sign in and out, passwords, profile.
Each view: parse → access → check → act → respond; the writes are in actions."""

from math import ceil
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from openline.core.forms import add_action_errors
from openline.core.ratelimit import RateLimited, client_address, hit

from . import access, actions, selectors, sso, two_factor
from .forms import PasswordResetForm, ProfileForm, SignInForm, SignUpForm
from .http import AuthenticatedHttpRequest
from .models import User

if TYPE_CHECKING:  # what the mixin is mixed into
    from django.views.generic.edit import FormView

    _FormView = FormView[Any]
else:
    _FormView = object


def too_many_attempts(request: HttpRequest, error: RateLimited) -> HttpResponse:
    minutes = max(1, ceil(error.retry_after / 60))
    context = {"retry_after": error.retry_after, "minutes": minutes}
    response = render(request, "accounts/rate_limited.html", context, status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


def _next_url(request: HttpRequest) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if safe else ""


def account_key(request: HttpRequest) -> str | None:
    """The account a password is being tried against: the signed-in person, or the one the
    sign-in form names (by username or e-mail, in any case)."""
    if request.user.is_authenticated:
        return request.user.username.lower()
    login = request.POST.get("username", "")[:254]
    return (selectors.username_for_login(login) or login.strip()).lower() or None


def hit_password_attempt(request: HttpRequest, scope: str = "signin") -> None:
    """Counts a password attempt per client address and per account (RATE_SIGNIN_ACCOUNT), so
    neither one address nor many addresses can keep guessing. Raises RateLimited."""
    hit(scope, client_address(request))
    if account := account_key(request):
        hit("signin_account", account)


class RateLimitedPostMixin(_FormView):
    """Counts every POST against OPENLINE["RATE_<scope>"] per client address and, when a
    password is checked, per account."""

    rate_scope = "signin"
    counts_account = True

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            if self.counts_account:
                hit_password_attempt(request, self.rate_scope)
            else:
                hit(self.rate_scope, client_address(request))
        except RateLimited as error:
            return too_many_attempts(request, error)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: Form) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=form), status=400)


class SignInView(RateLimitedPostMixin, auth_views.LoginView):
    """The password step. Someone with an authenticator (or staff, when the operator requires
    one) is not signed in yet: the session waits for their code (two_factor_step)."""

    template_name = "accounts/signin.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        context["sso_name"] = sso.provider_name() if sso.enabled() else ""
        return context

    def form_valid(self, form: Form) -> HttpResponse:
        assert isinstance(form, SignInForm)
        user = form.get_user()
        enrolled = two_factor.has_device(user)
        if enrolled or two_factor.required_for(user):
            session = self.request.session
            two_factor.start_pending(session, user, user.backend, self.get_success_url())
            return redirect("accounts:two_factor_step" if enrolled else "accounts:two_factor")
        response = super().form_valid(form)
        self.request.session[two_factor.METHOD_KEY] = "password"
        return response


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_next_url(request) or settings.LOGIN_REDIRECT_URL)
    if request.method == "POST":
        try:
            hit("signup", client_address(request))
        except RateLimited as error:
            return too_many_attempts(request, error)
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = actions.register_user(
                username=data["username"], email=data["email"], password=data["password"],
                display_name=data["display_name"],
            )  # fmt: skip
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            welcome = f"Welcome! We sent a link to {user.email}: open it to confirm your address."
            messages.success(request, welcome)
            return redirect(_next_url(request) or "accounts:profile")
    context = {"form": form, "next": _next_url(request)}
    return render(request, "accounts/signup.html", context, status=400 if form.errors else 200)


@require_GET
def verify_email(request: HttpRequest, token: str) -> HttpResponse:
    try:
        person = actions.verify_email(token)
    except ValidationError as error:
        context = {"ok": False, "reason": error.code, "message": " ".join(error.messages)}
        return render(request, "accounts/verify.html", context, status=400)
    return render(request, "accounts/verify.html", {"ok": True, "person": person})


@require_GET
def confirm_email_change(request: HttpRequest, token: str) -> HttpResponse:
    try:
        person = actions.confirm_email_change(token)
    except ValidationError as error:
        context = {"ok": False, "reason": error.code, "message": " ".join(error.messages)}
        return render(request, "accounts/verify.html", context, status=400)
    return render(request, "accounts/verify.html", {"ok": True, "person": person})


@require_POST
@login_required
def resend_verification(request: AuthenticatedHttpRequest) -> HttpResponse:
    try:
        actions.resend_verification_email(request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("We sent a new link to %(email)s.") % {"email": request.user.email}
        )
    return redirect(_next_url(request) or "accounts:profile")


def _asks_to_change_email(request: AuthenticatedHttpRequest) -> bool:
    asked = request.POST.get("email", "").strip().lower()
    return request.method == "POST" and bool(asked) and asked != request.user.email.lower()


@login_required
def profile(request: AuthenticatedHttpRequest) -> HttpResponse:
    if _asks_to_change_email(request):
        try:  # the current password is checked: as many tries as signing in, no more
            hit_password_attempt(request)
        except RateLimited as error:
            return too_many_attempts(request, error)
    form = ProfileForm(request.POST or None, request.FILES or None, person=request.user)
    if request.method == "POST" and form.is_valid():
        changes_email = form.changes_email
        fields = ("display_name", "bio", "avatar", "remove_avatar", "language")
        try:
            with transaction.atomic():
                actions.update_profile(
                    request.user, request.user, **{name: form.cleaned_data[name] for name in fields}
                )
                if changes_email:
                    email = actions.request_email_change(request.user, form.cleaned_data["email"])
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            # In the language the person may just have chosen.
            with translation.override(request.user.language or translation.get_language()):
                sent = (
                    " "
                    + _("We sent a link to %(email)s: your address changes when you open it.")
                    % {"email": email}
                    if changes_email
                    else ""
                )
                messages.success(request, _("Your profile is saved.") + sent)
            return redirect("accounts:profile")
    status = 400 if form.errors else 200
    return render(request, "accounts/profile.html", {"form": form}, status=status)


class PasswordResetView(RateLimitedPostMixin, auth_views.PasswordResetView):
    counts_account = False  # no password is checked; it must not lock anyone out
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    email_template_name = "accounts/email/password_reset.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: Form) -> HttpResponse:
        # Read per request, not at import, so the settings of the moment apply.
        self.extra_email_context = {
            "site_url": settings.SITE_URL,
            "company_name": settings.OPENLINE["COMPANY_NAME"],
        }
        return super().form_valid(form)


class SignOutView(auth_views.LogoutView):
    """Django's sign-out, and for staff the end of their open inboxes' live tokens: another
    tab of the same session must not keep receiving the list (accounts.access)."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        access.staff_access_changed_for(user if isinstance(user, User) else None)
        return super().post(request, *args, **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """A new password ends the sessions signed in with the old one, and their live tokens."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form: Any) -> HttpResponse:
        access.staff_access_changed_for(self.user)
        return super().form_valid(form)

    def form_invalid(self, form: Form) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=form), status=400)


class PasswordChangeView(RateLimitedPostMixin, auth_views.PasswordChangeView):
    """Rate limited too: a borrowed session must not become a way to guess the password."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")

    def form_valid(self, form: Form) -> HttpResponse:
        # This session stays signed in (Django updates its hash); the others end.
        access.staff_access_changed_for(self.request.user)  # type: ignore[arg-type]
        return super().form_valid(form)


@csrf_exempt  # on every page, cached ones too, which carry no token: see docs/decisions.md
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """The footer's language switcher: Django's view sets the language cookie and goes back to
    `next`. Someone signed in who chose a language in their profile has it replaced, else the
    profile's choice would keep winning over the switch."""
    response = i18n.set_language(request)
    language = request.POST.get(i18n.LANGUAGE_QUERY_PARAMETER, "")
    user = request.user
    if isinstance(user, User) and user.language and language in dict(settings.LANGUAGES):
        actions.set_language(user, language)
    return response
