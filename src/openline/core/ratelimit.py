"""Rate limits: sliding windows counted in the shared cache, keyed on who is really asking.

Every server process counts in the same place (`caches["shared"]`: Redis when REDIS_URL is set,
otherwise a table in the database), so two workers allow the same number of attempts as one.
The window slides: the count is this window's hits plus the previous window's, weighted by how
much of it still overlaps (rounded down), so a burst at a window's edge gains one attempt at
most instead of doubling the limit, and no wait is longer than the window.

Behind a reverse proxy every request comes from the proxy: `client_address` takes the address
the trusted proxies (OPENLINE_TRUSTED_PROXIES) saw, the right-most X-Forwarded-For entry that is
not one of them. X-Forwarded-For from any other peer is ignored, since a client writes what it
likes there.
"""

import hashlib
import ipaddress
import math
import time
from functools import cache as memoize

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest

CACHE_ALIAS = "shared"

type Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many attempts. Try again in {retry_after} seconds.")
        self.retry_after = retry_after


@memoize
def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies if proxy)


def _parse(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    address = address.strip()
    if address.startswith("[") and "]" in address:  # [v6]:port
        address = address[1 : address.index("]")]
    elif address.count(":") == 1:  # v4:port
        address = address.split(":", 1)[0]
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> bool:
    networks = _networks(tuple(settings.OPENLINE["TRUSTED_PROXIES"]))
    return address is not None and any(address in network for network in networks)


def client_address(request: HttpRequest) -> str:
    """The address of the client: REMOTE_ADDR, or, when REMOTE_ADDR is a trusted proxy, the
    right-most X-Forwarded-For entry that is not a trusted proxy itself."""
    peer = request.META.get("REMOTE_ADDR") or "unknown"
    if not _trusted(_parse(peer)):
        return peer
    forwarded: str = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _parse(entry)
        if address is None:
            return entry.strip()[:64]  # garbage added by the hop before ours: still a key
        if not _trusted(address):
            return str(address)
    return peer  # only trusted hops: the request started inside


def _cache_key(scope: str, key: str, bucket: int) -> str:
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]  # e-mail addresses, any length
    return f"rl:{scope}:{digest}:{bucket}"


def _wait(scope: str, key: str, limit: int, window: int, now: float) -> int:
    """Counts one attempt and returns 0, or, past the limit, takes it back (a refused attempt
    does not prolong the wait) and returns the seconds until one more would be admitted."""
    shared = caches[CACHE_ALIAS]
    bucket = int(now // window)
    current = _cache_key(scope, key, bucket)
    shared.add(current, 0, timeout=2 * window)
    try:
        count = shared.incr(current)
    except ValueError:  # expired between add and incr
        shared.set(current, 1, timeout=2 * window)
        count = 1
    previous: int = shared.get(_cache_key(scope, key, bucket - 1), 0)
    into = now - bucket * window
    if math.floor(previous * (1 - into / window)) + count <= limit:
        return 0
    shared.decr(current)
    count -= 1
    room = limit - count - 1
    if room >= 0 and previous:  # floor(previous * (1 - t / window)) <= room
        return max(1, math.ceil(window * (1 - (room + 1) / previous) - into))
    return max(1, math.ceil(window - into))  # the next window, where this one weighs less


def _clock() -> float:
    return time.time()


def hit(scope: str, *keys: str) -> None:
    """Counts one attempt against each key (an address, an account, …); raises RateLimited
    when any is past the limit named OPENLINE["RATE_<scope>"] as (attempts, seconds)."""
    limit, window = settings.OPENLINE[f"RATE_{scope.upper()}"]
    now = _clock()
    waits = [_wait(scope, key, limit, window, now) for key in keys]
    if any(waits):
        raise RateLimited(max(waits))
