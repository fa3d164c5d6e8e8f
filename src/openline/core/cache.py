"""A page cache for anonymous readers, correct without timers.

A cached copy is keyed on the path and a version read from the database for each request
(one indexed query), so any change that bumps the version is visible at once on every web node,
whatever the cache backend. Only requests without a session or messages cookie are served from
or stored to the cache: they all see the same page."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers


def _anonymous(request: HttpRequest) -> bool:
    cookies = request.COOKIES
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and not request.GET
    )


def cache_for_anonymous(version: Callable[..., object | None]) -> Callable:
    """`version(request, **kwargs)` returns the page's current version, or None to bypass."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _anonymous(request):
                return view(request, *args, **kwargs)
            current = version(request, **kwargs)
            if current is None:
                return view(request, *args, **kwargs)
            key = f"anon:{request.path}:{current}"
            hit = cache.get(key)
            if hit is not None:
                content, content_type = hit
                response = HttpResponse(content, content_type=content_type)
                response["X-Cache"] = "hit"
            else:
                response = view(request, *args, **kwargs)
                if response.status_code == 200 and not response.cookies and not response.streaming:
                    timeout = settings.OPENLINE["ANON_CACHE_SECONDS"]
                    cache.set(key, (response.content, response["Content-Type"]), timeout)
                    response["X-Cache"] = "miss"
            patch_vary_headers(response, ["Cookie"])
            return response

        return wrapped

    return decorator
