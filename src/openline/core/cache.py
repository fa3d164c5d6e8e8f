"""A page cache for anonymous readers, correct without timers.

A view opts in with `@cache_for_anonymous(version)`, where `version(request, **url_kwargs)`
reads the page's current version from the database (one indexed query) or returns None to
bypass. The key is the path plus that version, so any change that bumps the version shows at
once on every web node, whatever the cache backend.

`AnonymousPageCacheMiddleware` does the work near the top of the middleware stack: a hit is
answered before sessions, CSRF, authentication and messages run, which is what makes the page
fast. Only requests without a session or messages cookie are served from or stored to the
cache: they all see the same page.

Language (issue 17). Such a request's language is the language cookie (the footer's switcher)
or else Accept-Language, as Django's LocaleMiddleware further down reads it: it is part of the
key, so a German reader never gets the English copy of a page or the other way round, and the
response varies on Cookie and Accept-Language for the caches outside.

Query parameters. A view names the ones that select a different page, each with a cleaner that
returns the canonical value or None for the default (`params={"page": page_number, "sort":
one_of("top", "unanswered")}`). Every other parameter (`?x=1`, a tracking parameter that
`core.tracking` did not know) is dropped, and the request the view renders is rewritten to the
cleaned query: the page cannot depend on what its key leaves out, the same bytes are served
with or without the extra parameters, and the number of copies per page is bounded by the
values the view accepts, not by what a visitor sends. Unknown parameters are not redirected
away: the canonical link already names the clean URL for search engines, and a redirect would
cost every shared link a round trip.
"""

import functools
from collections.abc import Callable, Mapping

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request

from . import metrics
from .tracking import is_tracking, replace_query
from .urls import resolve_request

VERSION_ATTRIBUTE = "anonymous_cache_version"
PARAMS_ATTRIBUTE = "anonymous_cache_params"
PAGE_MAX = 100_000  # further than any list goes; past it a page number is not a page

Cleaner = Callable[[str], str | None]


def one_of(*values: str) -> Cleaner:
    """A parameter taking one of `values`; anything else (and the default, left out) is None."""
    allowed = frozenset(values)
    return lambda value: value if value in allowed else None


def page_number(value: str) -> str | None:
    """A page after the first, written one way ("2" for "02" and " 2"); page 1 and what
    is not a page number are None, as Django's paginator reads them."""
    if len(value) > 8:
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return str(number) if 1 < number <= PAGE_MAX else None


def cache_for_anonymous(
    version: Callable[..., object | None], *, params: Mapping[str, Cleaner] | None = None
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """`params` names the query parameters that select a different page (sort, page), each
    with its cleaner; the others are dropped before the view runs."""
    params = dict(params or {})
    if tracking := [name for name in params if is_tracking(name)]:
        raise ImproperlyConfigured(f"Tracking parameters are never read by a page: {tracking}")

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        setattr(view, VERSION_ATTRIBUTE, version)
        setattr(view, PARAMS_ATTRIBUTE, params)
        return view

    return decorator


def _clean_query(request: HttpRequest, params: Mapping[str, Cleaner]) -> str:
    """The request's query cut to the view's parameters with their canonical values, in the
    view's order; the request is rewritten to it when it differs."""
    if not request.META.get("QUERY_STRING"):
        return ""
    query = QueryDict(mutable=True)
    for name, clean in params.items():
        value = request.GET.get(name)
        if value is not None and (value := clean(value)) is not None:
            query[name] = value
    query_string = query.urlencode()
    if query_string != request.META["QUERY_STRING"]:
        replace_query(request, query_string)
    return query_string


def _cache_key(request: HttpRequest) -> str | None:
    cookies = request.COOKIES
    if (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
    ):
        return None
    match = resolve_request(request)
    if match is None:
        return None
    version = getattr(match.func, VERSION_ATTRIBUTE, None)
    if version is None:
        return None
    current = version(request, **match.kwargs)
    if current is None:
        return None
    query = _clean_query(request, getattr(match.func, PARAMS_ATTRIBUTE, {}))
    language = get_language_from_request(request)
    return f"anon:{release()}:{language}:{request.path}?{query}:{current}"


@functools.cache
def release() -> str:
    """What the deployed static files are (the hash of their manifest): pages cached by an
    earlier release name CSS and JS files by their old hashed names, so an upgrade starts a
    new set of cached pages instead of serving those."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    return str(getattr(staticfiles_storage, "manifest_hash", "") or "dev")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _cache_key(request)
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        metrics.cache_result("anonymous_page", stored is not None)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie", "Accept-Language"])
        if response.status_code == 200 and not response.cookies and not response.streaming:
            headers = {k: v for k, v in response.items() if k.lower() != "set-cookie"}
            cache.set(key, (response.content, headers), settings.OPENLINE["ANON_CACHE_SECONDS"])
            response["X-Cache"] = "miss"
        return response
