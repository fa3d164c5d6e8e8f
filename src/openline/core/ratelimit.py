"""Rate limits: sliding windows counted in the shared cache, keyed on who is really asking.

Every server process counts in the same place (`caches["shared"]` when it is Redis, otherwise
the database's RateCount table, one UPSERT per check), so two workers allow the same number of
attempts as one.
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
from django.core.cache.backends.db import BaseDatabaseCache
from django.db import connections, router
from django.http import HttpRequest
from django.utils.translation import ngettext

from .models import RateCount

CACHE_ALIAS = "shared"

type Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(
            ngettext(
                "Too many attempts. Try again in %(seconds)d second.",
                "Too many attempts. Try again in %(seconds)d seconds.",
                retry_after,
            )
            % {"seconds": retry_after}
        )
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


def _in_database() -> bool:
    """Without Redis the shared cache is a database table, where one count costs a handful of
    statements (add, a locked incr, get); the counts then go to their own table instead."""
    return isinstance(caches[CACHE_ALIAS], BaseDatabaseCache)


def _count_in_cache(current: str, previous: str, window: int) -> tuple[int, int]:
    shared = caches[CACHE_ALIAS]
    shared.add(current, 0, timeout=2 * window)
    try:
        count = shared.incr(current)
    except ValueError:  # expired between add and incr
        shared.set(current, 1, timeout=2 * window)
        count = 1
    return count, shared.get(previous, 0)


def _count_in_table(current: str, previous: str, window: int, now: float) -> tuple[int, int]:
    """One statement: add one to this window's row (created at 1), and read it and the previous
    window's. The UPSERT holds the row's lock (PostgreSQL) or the write lock (SQLite) while it
    adds, so two processes counting at once both count."""
    with connections[_db()].cursor() as cursor:
        cursor.execute(_UPSERT_SQL, [current, now + 2 * window, previous])
        count, before = cursor.fetchone()
    return count, before or 0


def _take_back(current: str) -> None:
    if _in_database():
        with connections[_db()].cursor() as cursor:
            cursor.execute(_TAKE_BACK_SQL, [current])
    else:
        caches[CACHE_ALIAS].decr(current)


def _db() -> str:
    return router.db_for_write(RateCount)


_TABLE = RateCount._meta.db_table
_UPSERT_SQL = (
    f'INSERT INTO {_TABLE} ("key", count, expires_at) VALUES (%s, 1, %s) '  # noqa: S608
    f'ON CONFLICT ("key") DO UPDATE SET count = {_TABLE}.count + 1 '
    f'RETURNING count, (SELECT p.count FROM {_TABLE} p WHERE p."key" = %s)'
)
_TAKE_BACK_SQL = f'UPDATE {_TABLE} SET count = count - 1 WHERE "key" = %s'  # noqa: S608


def prune_counts(now: float | None = None) -> int:
    """Deletes the rows of windows no check reads any more (the worker runs it)."""
    return RateCount.objects.filter(expires_at__lt=now or _clock()).delete()[0]


def _wait(scope: str, key: str, limit: int, window: int, now: float) -> int:
    """Counts one attempt and returns 0, or, past the limit, takes it back (a refused attempt
    does not prolong the wait) and returns the seconds until one more would be admitted."""
    bucket = int(now // window)
    current = _cache_key(scope, key, bucket)
    previous_key = _cache_key(scope, key, bucket - 1)
    if _in_database():
        count, previous = _count_in_table(current, previous_key, window, now)
    else:
        count, previous = _count_in_cache(current, previous_key, window)
    into = now - bucket * window
    if math.floor(previous * (1 - into / window)) + count <= limit:
        return 0
    _take_back(current)
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
