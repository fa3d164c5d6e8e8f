"""Tracking parameters: what a link carries for someone's analytics, never what a page shows.

Links shared on social networks and in newsletters arrive with `utm_source`, `fbclid`, `gclid`,
`mc_cid`… `TrackingParametersMiddleware` takes them out of `request.GET` (and the query string
`request.get_full_path()` reads) before anything else sees the request, so no view, page cache
key, canonical URL or `next=` link ever contains them. The address bar still shows them: the
page is answered at the URL the link named, not redirected, so client-side analytics would keep
them and a shared link costs no extra round trip.

The list is `OPENLINE["TRACKING_PARAMS"]`; a name ending in `*` is a prefix. Operators add names
with `OPENLINE_TRACKING_PARAMS` (comma-separated).
"""

from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict


@lru_cache(maxsize=8)
def _matcher(names: tuple[str, ...]) -> Callable[[str], bool]:
    exact = frozenset(name for name in names if not name.endswith("*"))
    prefixes = tuple(name[:-1] for name in names if name.endswith("*"))
    return lambda name: name in exact or name.startswith(prefixes)


def is_tracking(name: str) -> bool:
    return _matcher(tuple(settings.OPENLINE["TRACKING_PARAMS"]))(name)


def tracking_names(names: Iterable[str]) -> list[str]:
    return [name for name in names if is_tracking(name)]


def strip_tracking(request: HttpRequest) -> None:
    """Removes tracking parameters from the request's query, leaving the others in order."""
    found = tracking_names(request.GET)
    if not found:
        return
    query = request.GET.copy()
    for name in found:
        del query[name]
    replace_query(request, query.urlencode())


def replace_query(request: HttpRequest, query_string: str) -> None:
    """The request as if it had been made with `query_string` (what the view and
    `get_full_path()` see)."""
    request.META["QUERY_STRING"] = query_string
    request.GET = QueryDict(query_string)


class TrackingParametersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.META.get("QUERY_STRING") and request.method in ("GET", "HEAD"):
            strip_tracking(request)
        return self.get_response(request)
