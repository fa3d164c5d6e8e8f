"""Fixed-window rate limits kept in the cache (shared between processes with Redis)."""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many attempts. Try again in {retry_after} seconds.")
        self.retry_after = retry_after


def client_address(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


def hit(scope: str, key: str) -> None:
    """Counts one attempt; raises RateLimited past the limit named OPENLINE[RATE_<scope>]."""
    limit, window = settings.OPENLINE[f"RATE_{scope.upper()}"]
    now = int(time.time())
    bucket = now - now % window
    cache_key = f"rl:{scope}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    if count > limit:
        raise RateLimited(bucket + window - now)
