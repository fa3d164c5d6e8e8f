"""Fast URL building for pages that link every item of a long list."""

from collections.abc import Callable

from django.http import HttpRequest
from django.urls import Resolver404, ResolverMatch, resolve, reverse

_SENTINEL = 987654321987


def url_formatter(name: str, *fixed: object) -> Callable[[int], str]:
    """reverse(name, args=[*fixed, last]) for many `last` values at the cost of one reverse().
    The last URL argument must be an integer."""
    template = reverse(name, args=[*fixed, _SENTINEL])
    head, _, tail = template.rpartition(str(_SENTINEL))
    return lambda last: f"{head}{last}{tail}"


def resolve_request(request: HttpRequest) -> ResolverMatch | None:
    """The request's URL match, resolved once for all the middleware that needs it early
    (Django resolves again only when the view runs)."""
    memo = vars(request)  # the request's own attributes, typed as the dict they are
    if "_openline_match" not in memo:
        if memo.get("resolver_match") is not None:  # Django's, once the view ran
            return memo["resolver_match"]  # type: ignore[no-any-return]
        try:
            memo["_openline_match"] = resolve(request.path_info)
        except Resolver404:
            memo["_openline_match"] = None
    match: ResolverMatch | None = memo["_openline_match"]
    return match
