import threading
import time
from unittest import mock

import pytest
from django.db import connection
from django.test import RequestFactory

from openline.core import ratelimit
from openline.core.models import RateCount
from openline.core.ratelimit import RateLimited, client_address, hit

from ..factories import PASSWORD

SIGNIN = "/accounts/signin/"
PROXY = "10.9.0.2"


@pytest.fixture(autouse=True)
def _mid_window():
    """Counts in these tests must not straddle the edge of a window (one more gets through)."""
    now = time.time()
    with mock.patch.object(ratelimit, "_clock", return_value=now - now % 3600 + 1800):
        yield


@pytest.fixture
def behind_proxy(settings):
    settings.OPENLINE = {**settings.OPENLINE, "TRUSTED_PROXIES": ["10.9.0.0/24"]}


def guess(client, login="casey", password="guess", **meta):  # noqa: S107 - a wrong guess
    return client.post(SIGNIN, {"username": login, "password": password}, **meta)


def via_proxy(forwarded: str) -> dict[str, str]:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def test_behind_a_trusted_proxy_each_client_has_its_own_counter(client, customer, behind_proxy):
    attacker = [guess(client, **via_proxy("203.0.113.7")).status_code for _ in range(6)]
    other = guess(client, password=PASSWORD, **via_proxy("198.51.100.20"))
    assert attacker == [400] * 5 + [429]
    assert other.status_code == 302


def test_the_client_is_the_right_most_address_no_trusted_proxy_added(behind_proxy):
    request = RequestFactory().get("/", **via_proxy("1.2.3.4, 203.0.113.7, 10.9.0.9"))
    assert client_address(request) == "203.0.113.7"


def test_a_forwarded_for_header_from_an_untrusted_peer_is_ignored(client, customer, behind_proxy):
    spoofed = [
        guess(client, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(6)
    ]
    assert spoofed == [400] * 5 + [429]
    assert client_address(RequestFactory().get("/", HTTP_X_FORWARDED_FOR="192.0.2.1")) == (
        "127.0.0.1"
    )


def test_without_trusted_proxies_the_proxy_header_is_ignored(client, customer):
    spoofed = [guess(client, **via_proxy(f"192.0.2.{n}")).status_code for n in range(6)]
    assert spoofed == [400] * 5 + [429]


def test_a_guesser_spread_over_many_addresses_is_stopped_per_account(client, customer):
    """RATE_SIGNIN_ACCOUNT is (8, 300) in the test settings; each address guesses once."""
    spread = [guess(client, REMOTE_ADDR=f"192.0.2.{n}").status_code for n in range(8)]
    by_email = guess(client, login="CASEY@example.com", password=PASSWORD, REMOTE_ADDR="192.0.2.99")
    someone_else = guess(client, login="olive", REMOTE_ADDR="192.0.2.100")
    assert spread == [400] * 8
    assert by_email.status_code == 429
    assert someone_else.status_code == 400


def test_the_counts_live_where_every_process_shares_them(db, settings):
    backend = settings.CACHES["shared"]["BACKEND"]
    assert backend in {
        "openline.core.sharedcache.AtomicDatabaseCache",  # counts go to the RateCount table
        "django.core.cache.backends.redis.RedisCache",
    }
    settings.OPENLINE = {**settings.OPENLINE, "RATE_SIGNIN": (3, 300)}
    for _ in range(3):
        hit("signin", "203.0.113.7")
    with pytest.raises(RateLimited):
        hit("signin", "203.0.113.7")
    assert RateCount.objects.exists() == ("Atomic" in backend)


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database answers a second writer 'table is locked' at once "
    "(shared-cache table locks), where the product's database file waits; CI runs this test "
    "on PostgreSQL",
)
def test_two_threads_counting_at_once_share_one_limit(transactional_db, settings):
    """Each thread has its own database connection, as each server process does: together
    they are admitted exactly the limit, not the limit each, and no count is lost."""
    settings.OPENLINE = {**settings.OPENLINE, "RATE_SIGNIN": (12, 300)}
    start = threading.Barrier(2)
    admitted: list[int] = []

    def guesser() -> None:
        start.wait()
        mine = 0
        for _ in range(10):
            try:
                hit("signin", "198.51.100.9")
                mine += 1
            except RateLimited:
                pass
        admitted.append(mine)
        connection.close()

    threads = [threading.Thread(target=guesser) for _ in range(2)]
    now = time.time()  # mid-window: across a window's edge the sliding count lets one more in
    with mock.patch.object(ratelimit, "_clock", return_value=now - now % 300 + 150):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sum(admitted) == 12


def test_rows_of_past_windows_are_pruned(db):
    RateCount.objects.create(key="rl:signin:x:1", count=3, expires_at=1000.0)
    RateCount.objects.create(key="rl:signin:x:2", count=1, expires_at=2000.0)
    assert ratelimit.prune_counts(1500.0) == 1
    assert list(RateCount.objects.values_list("key", flat=True)) == ["rl:signin:x:2"]


def test_the_window_slides_so_a_burst_at_its_edge_cannot_double_the_limit(db, settings):
    settings.OPENLINE = {**settings.OPENLINE, "RATE_SIGNIN": (4, 100)}
    edge = time.time() // 100 * 100 + 99  # near now: the cache expires entries by the clock
    with mock.patch.object(ratelimit, "_clock", return_value=edge):  # the last second of a window
        for _ in range(4):
            hit("signin", "203.0.113.7")
    with mock.patch.object(
        ratelimit, "_clock", return_value=edge + 2
    ):  # the next window: 99% of the last
        hit("signin", "203.0.113.7")  # floor(4 * 0.99) + 1 <= 4: one, not four more
        with pytest.raises(RateLimited) as error:
            hit("signin", "203.0.113.7")
    with mock.patch.object(ratelimit, "_clock", return_value=edge + 76):
        hit("signin", "203.0.113.7")  # floor(4 * 0.25) + 2 <= 4
    assert 0 < error.value.retry_after <= 100
