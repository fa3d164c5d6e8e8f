"""A web process's start-up heap is frozen out of the collector's walks (core.heap, issue 19);
garbage made afterwards is still collected."""

import gc
import weakref

import pytest

from openline.core import heap


class Node:
    pass


@pytest.fixture
def settled():
    heap.settle()
    yield
    gc.unfreeze()


def test_what_start_up_built_is_frozen_out_of_full_collections():
    kept = Node()
    heap.settle()
    try:
        assert gc.get_freeze_count() > 1000
        assert not any(o is kept for o in gc.get_objects())  # walked by no collection
    finally:
        gc.unfreeze()


def test_cycles_made_after_start_up_are_still_collected(settled):
    cycle = Node()
    cycle.me = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is None


def answer(environ, start_response):
    return [b"ok"]


def test_what_the_first_requests_loaded_is_frozen_once_they_have_run():
    app = heap.SettledAfter(answer, requests=3)
    heap.settle()
    try:
        loaded_by_requests = [Node() for _ in range(5000)]
        before = gc.get_freeze_count()
        for _ in range(2):
            assert list(app({}, lambda status, headers: None)) == [b"ok"]
        # Not yet: the process is still warming up. (Frozen objects may die meanwhile, so the
        # count can only fall; what the requests loaded is still walked.)
        assert gc.get_freeze_count() <= before
        assert any(o is loaded_by_requests[0] for o in gc.get_objects())
        list(app({}, lambda status, headers: None))
        assert gc.get_freeze_count() >= before + len(loaded_by_requests)
        assert not any(o is loaded_by_requests[0] for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_the_heap_is_settled_once_not_after_every_later_request(settled):
    app = heap.SettledAfter(answer, requests=1)
    list(app({}, lambda status, headers: None))
    after_first = gc.get_freeze_count()
    kept = [Node() for _ in range(1000)]
    for _ in range(3):
        list(app({}, lambda status, headers: None))
    assert gc.get_freeze_count() <= after_first  # frozen objects may die, none is added
    assert any(o is kept[0] for o in gc.get_objects())  # still walked: no second freeze


def test_a_request_that_raises_still_counts():
    def broken(environ, start_response):
        raise RuntimeError("boom")

    app = heap.SettledAfter(broken, requests=1)
    heap.settle()
    try:
        kept = Node()
        with pytest.raises(RuntimeError):
            app({}, lambda status, headers: None)
        assert not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()
