"""The collector pause: objects a paused block built and settled are old, not rescanned as young ones."""

from __future__ import annotations

import gc
import weakref

from briefing_tui.gcpause import paused_gc, settle_young


class _Node:
    """A tracked object that can be part of a cycle."""

    other: object = None


def test_settled_objects_are_in_the_oldest_generation_and_the_young_count_is_zero():
    with paused_gc():
        built = [[i] for i in range(1000)]
        settle_young()
        assert gc.get_count()[0] == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in built)
    assert id(built) in oldest


def test_a_settled_cycle_is_still_collected_by_a_full_pass():
    with paused_gc():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
        settle_young()
    assert ref() is not None
    gc.collect()
    assert ref() is None


def test_the_pause_restores_the_collector_as_it_was():
    was = gc.isenabled()
    with paused_gc():
        settle_young()
        assert not gc.isenabled()
    assert gc.isenabled() == was
