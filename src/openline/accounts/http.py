"""Request types for views: what the sign-in checks guarantee about `request.user`."""

from django.http import HttpRequest

from .models import User


class AuthenticatedHttpRequest(HttpRequest):
    """The request of a view behind `login_required` (or a stricter check): `request.user` is a
    User, never AnonymousUser. Only an annotation: Django still passes its own request."""

    user: User


def signed_in_user(request: HttpRequest) -> User | None:
    """The signed-in person, or None for an anonymous visitor (the selectors' and permissions'
    `actor`)."""
    user = request.user
    return user if user.is_authenticated else None
