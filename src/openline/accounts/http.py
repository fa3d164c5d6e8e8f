"""Request types for views: what the sign-in checks guarantee about `request.user`."""

from django.http import HttpRequest
from django.utils.functional import empty

from .models import User


class AuthenticatedHttpRequest(HttpRequest):
    """The request of a view behind `login_required` (or a stricter check): `request.user` is a
    User, never AnonymousUser. Only an annotation: Django still passes its own request."""

    user: User


def signed_in_user(request: HttpRequest) -> User | None:
    """The signed-in person, or None for an anonymous visitor (the selectors' and permissions'
    `actor`)."""
    user = request.user
    if not user.is_authenticated:
        return None
    # The User itself rather than the middleware's lazy proxy: pages ask the permissions about
    # it once per post, and every attribute through the proxy costs a call.
    wrapped = getattr(user, "_wrapped", user)
    return user if wrapped is empty else wrapped
