"""The cycle collector pause used by imports and the start-up list read."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from delegator.domain.bulk import cycle_collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    with cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_comes_back_on_after_an_error() -> None:
    with pytest.raises(RuntimeError), cycle_collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outermost() -> None:
    with cycle_collector_paused():
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with cycle_collector_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_on_two_threads() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with cycle_collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    with cycle_collector_paused():
        thread.start()
        assert inside.wait(5)
    # The worker's pause is still running: the collector must stay off.
    assert not gc.isenabled()
    leave.set()
    thread.join(5)
    assert gc.isenabled()
