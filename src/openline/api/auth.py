"""Who is calling: a bearer token, or the browser session (CSRF-checked for writes).

Reads also answer anonymous callers, who see exactly what an anonymous page visitor sees.
A request that presents a bearer token must present a good one: a revoked or mistyped token
gets 401, never a quiet downgrade to anonymous that would hide private threads without a word.
"""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from openline.accounts import suspensions
from openline.accounts.models import User
from openline.accounts.tokens import user_for_token


class ApiRequest(HttpRequest):
    """The request of an endpoint behind write_auth (or staff_auth): ninja sets `auth` to what
    ApiAuth returned, a signed-in User. Only an annotation."""

    auth: User


class ReadApiRequest(HttpRequest):
    """The request of an endpoint behind read_auth: `auth` is a User, or an AnonymousUser for
    a caller without credentials."""

    auth: User | AnonymousUser


def viewer(request: ReadApiRequest) -> User | None:
    """The caller as the selectors take them: None when anonymous."""
    return request.auth if request.auth.is_authenticated else None


class InvalidToken(AuthenticationError):
    def __init__(self) -> None:
        super().__init__(message="Invalid, revoked or deactivated API token.")


class ApiAuth(HttpBearer):
    """`Authorization: Bearer <token>`; otherwise the signed-in session; otherwise anonymous
    (reads only). Other Authorization schemes (e.g. a staging proxy's Basic) are ignored."""

    def __init__(self, *, write: bool) -> None:
        self.write = write
        super().__init__()

    def __call__(self, request: HttpRequest) -> Any:
        scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            return self.authenticate(request, credentials)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_active:
            if self.write and check_csrf(request) is not None:
                raise HttpError(
                    403, "CSRF check failed: send the csrftoken cookie's value as X-CSRFToken."
                )
            return user
        # None makes ninja answer 401; an AnonymousUser is truthy and lets a read through.
        return None if self.write else AnonymousUser()

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_token(token)
        if user is None:
            raise InvalidToken
        if message := suspensions.refusal(user):
            raise HttpError(403, message)
        return user


read_auth = ApiAuth(write=False)
write_auth = ApiAuth(write=True)
