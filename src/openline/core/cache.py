"""A page cache for anonymous readers, correct without timers.

A view opts in with `@cache_for_anonymous(version)`, where `version(request, **url_kwargs)`
reads the page's current version from the database (one indexed query) or returns None to
bypass. The key is the path plus that version, so any change that bumps the version shows at
once on every web node, whatever the cache backend.

`AnonymousPageCacheMiddleware` does the work near the top of the middleware stack: a hit is
answered before sessions, CSRF, authentication and messages run, which is what makes the page
fast. Only requests without a session or messages cookie, and with no query parameters but
those the view names, are served from or stored to the cache: they all see the same page.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from .urls import resolve_request

VERSION_ATTRIBUTE = "anonymous_cache_version"


PARAMS_ATTRIBUTE = "anonymous_cache_params"


def cache_for_anonymous(
    version: Callable[..., object | None], *, params: tuple[str, ...] = ()
) -> Callable:
    """`params` names the query parameters that select a different page (sort, page); a
    request with any other parameter is not cached."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        setattr(view, VERSION_ATTRIBUTE, version)
        setattr(view, PARAMS_ATTRIBUTE, params)
        return view

    return decorator


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
    allowed = getattr(match.func, PARAMS_ATTRIBUTE, ())
    if version is None or any(name not in allowed for name in request.GET):
        return None
    current = version(request, **match.kwargs)
    if current is None:
        return None
    query = "&".join(f"{name}={request.GET[name][:20]}" for name in allowed if name in request.GET)
    return f"anon:{request.path}?{query}:{current}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _cache_key(request)
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        if response.status_code == 200 and not response.cookies and not response.streaming:
            headers = {k: v for k, v in response.items() if k.lower() != "set-cookie"}
            cache.set(key, (response.content, headers), settings.OPENLINE["ANON_CACHE_SECONDS"])
            response["X-Cache"] = "miss"
        return response
