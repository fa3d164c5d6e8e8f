"""Which tests use the database or the cache: CI's PostgreSQL + Redis pass runs only those
(`pytest --db-and-cache-only`), and every run checks that a test it leaves out uses neither.

A test is kept by that pass when it asks for the database (a `django_db` mark, or a fixture of
pytest-django's that opens it: `db`, `live_server`, ...), is marked `postgres` or `cache`, or
has a `skipif` (whose condition may be the database's vendor). Every
other test runs the same code on PostgreSQL + Redis as on SQLite with the per-process cache, so
the pass would repeat the SQLite pass exactly (docs/decisions.md, session 34, ci-speed-v6).

The check (every run, `make test` included): a test that is not kept and still opens a database
cursor or reads or writes the cache during its set-up or its call fails, naming the mark it
needs. pytest-django already refuses such a test the database unless something unblocks it (a
fixture of wider scope with `django_db_blocker`); the cache nothing refuses, hence the count.
"""

import functools
import threading

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db.backends.base.base import BaseDatabaseWrapper

# pytest-django's fixtures that open the test database. Not `django_db_blocker`: every test
# has it (pytest-django's autouse fixtures ask for it); a fixture that unblocks the database
# with it is caught by the check (the cursors it opens).
DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
        "django_db_setup",
    }
)
# The per-process cache's own operations: every other method of Django's cache API (get_many,
# set_many, get_or_set, decr, the async ones, ...) goes through one of these.
CACHE_METHODS = ("get", "set", "add", "delete", "touch", "incr", "has_key", "clear")

KEPT_MARKS = ("django_db", "postgres", "cache", "skipif")
OPTION = "--db-and-cache-only"


class Uses:
    """Counts of database cursors opened and cache operations, in any thread of the process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cursors = 0
        self.cache = 0
        self.paused = 0  # the suite's own cache.clear() around each test (tests/conftest.py)

    def count_cursor(self) -> None:
        with self.lock:
            self.cursors += 1

    def count_cache(self) -> None:
        with self.lock:
            if not self.paused:
                self.cache += 1

    def snapshot(self) -> tuple[int, int]:
        with self.lock:
            return self.cursors, self.cache


USES = Uses()


def _counting(method, count):
    @functools.wraps(method)
    def counted(*args, **kwargs):
        count()
        return method(*args, **kwargs)

    counted.__counted__ = True  # type: ignore[attr-defined]
    return counted


def install() -> None:
    if getattr(BaseDatabaseWrapper._cursor, "__counted__", False):
        return
    BaseDatabaseWrapper._cursor = _counting(BaseDatabaseWrapper._cursor, USES.count_cursor)
    for name in CACHE_METHODS:
        setattr(LocMemCache, name, _counting(getattr(LocMemCache, name), USES.count_cache))


class paused_cache_count:
    """The suite's own clearing of the cache around every test is not a use by the test."""

    def __enter__(self) -> None:
        with USES.lock:
            USES.paused += 1

    def __exit__(self, *exc) -> None:
        with USES.lock:
            USES.paused -= 1


def kept(item: pytest.Item) -> bool:
    """Whether the PostgreSQL + Redis pass runs this test. A `skipif` too: its condition may
    read the database's vendor (tests/community/test_search.py), so the test may run only
    there."""
    if any(item.get_closest_marker(name) for name in KEPT_MARKS):
        return True
    return not DATABASE_FIXTURES.isdisjoint(getattr(item, "fixturenames", ()))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTION,
        action="store_true",
        help="only the tests that use the database or the cache (CI's PostgreSQL + Redis pass)",
    )


def pytest_configure(config: pytest.Config) -> None:
    install()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption(OPTION):
        return
    selected = [item for item in items if kept(item)]
    deselected = [item for item in items if not kept(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    return (yield from _checked(item, "set-up"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    return (yield from _checked(item, "call"))


def _checked(item: pytest.Item, phase: str):
    if kept(item):
        return (yield)
    cursors, cache = USES.snapshot()
    result = yield
    cursors_after, cache_after = USES.snapshot()
    if cursors_after > cursors:
        pytest.fail(
            f"{item.nodeid} opened {cursors_after - cursors} database cursor(s) in its {phase} "
            "without asking for the database: CI's PostgreSQL pass would leave it out. Give it "
            "the `db` fixture or a `django_db` mark (tests/backends_used.py).",
            pytrace=False,
        )
    if cache_after > cache:
        pytest.fail(
            f"{item.nodeid} used the cache {cache_after - cache} time(s) in its {phase} without "
            "the database: CI's PostgreSQL + Redis pass would leave it out. Mark it "
            "`@pytest.mark.cache` (tests/backends_used.py).",
            pytrace=False,
        )
    return result
