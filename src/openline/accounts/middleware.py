"""Staff without a second factor, when the operator requires one, are sent to set it up
before anything else (the admin included). Sessions signed in through the identity provider
are exempt: the provider checks its own factors."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from . import actions, two_factor
from .models import User

# What someone must still reach while setting up: the setup page itself, signing out, assets.
_OPEN_PREFIXES = ("/static/", "/media/", "/accounts/signout/", "/accounts/two-factor/")


class StaffTwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.OPENLINE.get("STAFF_TWO_FACTOR") != "required":
            # request.user stays lazy: the inbox's live polls answer without the session.
            return self.get_response(request)
        user = request.user
        if (
            isinstance(user, User)
            and two_factor.required_for(user)
            and request.session.get(two_factor.METHOD_KEY) not in {"two_factor", "sso"}
            and not request.path.startswith(_OPEN_PREFIXES)
            and not two_factor.has_device(user)
        ):
            return redirect(reverse("accounts:two_factor") + "?required=1")
        return self.get_response(request)


class ProfileLanguageMiddleware:
    """A signed-in reader's language choice in their profile wins over the cookie and
    Accept-Language, which Django's LocaleMiddleware (above) read; for a reader who chose none,
    the language LocaleMiddleware chose is remembered for their e-mails. Requests without a
    session cookie (every anonymous reader, the page cache's) keep LocaleMiddleware's choice and
    request.user stays lazy."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = request.user
            chosen = user.language if isinstance(user, User) else ""
            if chosen and translation.check_for_language(chosen):
                translation.activate(chosen)
                request.LANGUAGE_CODE = chosen
            elif isinstance(user, User):
                actions.remember_language(user, request.LANGUAGE_CODE)
        return self.get_response(request)
