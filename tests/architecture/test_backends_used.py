"""CI's PostgreSQL + Redis pass runs only the tests that use the database or the cache
(tests/backends_used.py): which tests it keeps, and the check that fails a test it would leave
out when that test opens a database cursor or uses the cache after all."""

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection

from tests import backends_used
from tests.backends_used import _checked, kept


class LeftOut:
    """A test the pass leaves out: no database fixture, no mark."""

    nodeid = "tests/example.py::test_left_out"
    fixturenames: tuple[str, ...] = ()

    def get_closest_marker(self, name):
        return None


def _run_checked(item, body) -> None:
    """What the plugin's hook wrapper does around a test's call, with `body` as the test."""
    checked = _checked(item, "call")
    next(checked)
    body()
    with pytest.raises(StopIteration):
        checked.send(None)


def test_a_test_with_the_database_is_kept(request, db):
    assert kept(request.node)


def test_a_test_without_the_database_or_a_mark_is_left_out(request):
    assert not kept(request.node)
    assert not kept(LeftOut())


@pytest.mark.cache
def test_a_test_marked_cache_is_kept(request):
    assert kept(request.node)


@pytest.mark.skipif(False, reason="never skipped: only the mark counts")
def test_a_test_with_a_skipif_is_kept(request):
    assert kept(request.node)


@pytest.mark.cache  # uses the cache itself: kept, so the plugin does not check it
def test_a_left_out_test_that_uses_the_cache_fails():
    cache = LocMemCache("backends-used-test", {})
    with pytest.raises(pytest.fail.Exception, match="used the cache 1 time"):
        _run_checked(LeftOut(), lambda: cache.get("anything"))
    with pytest.raises(pytest.fail.Exception, match="used the cache 2 time"):
        _run_checked(LeftOut(), lambda: cache.set("k", 1) or cache.incr("k"))


def test_a_left_out_test_that_opens_a_database_cursor_fails(db):
    def query() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")

    with pytest.raises(pytest.fail.Exception, match="opened 1 database cursor"):
        _run_checked(LeftOut(), query)


@pytest.mark.cache
def test_a_left_out_test_that_uses_neither_passes_and_the_suites_clearing_is_not_a_use():
    cache = LocMemCache("backends-used-test", {})

    def clear() -> None:
        with backends_used.paused_cache_count():
            cache.clear()

    _run_checked(LeftOut(), lambda: None)
    _run_checked(LeftOut(), clear)


def test_the_option_leaves_out_exactly_the_tests_not_kept(request):
    class Config:
        def __init__(self, only: bool) -> None:
            self.only = only
            self.deselected: list = []

        def getoption(self, name):
            assert name == backends_used.OPTION
            return self.only

        @property
        def hook(self):
            config = self

            class Hook:
                def pytest_deselected(self, items):
                    config.deselected += items

            return Hook()

    left_out = LeftOut()
    items = [request.node, left_out]
    config = Config(only=False)
    backends_used.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    assert items == [request.node, left_out] and config.deselected == []

    kept_test = type("Kept", (LeftOut,), {"fixturenames": ("db",)})()
    items = [kept_test, left_out]
    config = Config(only=True)
    backends_used.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    assert items == [kept_test] and config.deselected == [left_out]
