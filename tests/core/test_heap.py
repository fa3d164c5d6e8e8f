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
