"""The import pauses the cyclic garbage collector and always puts it back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.services.imports.gc_pause import gc_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    """As in a plain program: the test session keeps it off (tests/conftest.py)."""
    gc.enable()
    yield
    gc.disable()


def test_the_collector_is_paused_and_switched_back_on() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner block leaves it off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_switches_it_back_on_too() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
