"""Issue 15: Python's full garbage collections run at the clerk's pauses, on the UI thread, not in a tab switch
(ui/common/collector.py). A round of 84 tab switches on the benchmark's data set met four automatic full collections
of 140–560 ms each before."""

from __future__ import annotations

import gc
import weakref

import pytest

from ui.common import collector as C


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _garbage_in_the_old_generation() -> weakref.ref:
    """A reference cycle that has survived into generation 2 (only a full collection frees it)."""
    obj = _Cycle()
    ref = weakref.ref(obj)
    gc.collect(1)  # survives twice: moved to generation 2 while still referenced
    gc.collect(1)
    del obj
    return ref


@pytest.fixture
def window_up(qtbot, db, admin):
    import ui.application as application

    threshold = gc.get_threshold()
    window, _ctx = application.show_main_window(db, admin, size=(1366, 768))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.collector._timer.isActive(), timeout=5000)  # looks for pauses after the first paint
    yield window
    window.close()
    window.collector.stop()
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() == 0


def test_start_up_is_frozen_and_python_no_longer_starts_full_collections(window_up):
    assert gc.get_freeze_count() > 10_000  # what start-up made is out of the collector's reach
    assert gc.get_threshold()[2] == C.AUTOMATIC_FULL_AFTER


def test_no_full_collection_while_the_clerk_types(window_up, monkeypatch):
    ref = _garbage_in_the_old_generation()
    window_up.idle.last_input = __import__("time").monotonic()  # a key just now
    window_up.collector.tick()
    assert ref() is not None and window_up.collector.collections == 0


def test_no_full_collection_while_a_page_is_still_being_made(window_up, monkeypatch):
    ref = _garbage_in_the_old_generation()
    monkeypatch.setattr(window_up.idle, "idle_for_ms", lambda: 10_000.0)  # paused ...
    monkeypatch.setattr(C.IdleCollector, "busy", staticmethod(lambda: True))  # ... but a read runs on a worker
    collector = C.IdleCollector(window_up, window_up.idle.idle_for_ms, gc.get_threshold())  # the same rules
    collector.tick()
    assert ref() is not None and collector.collections == 0
    collector._running = False


def test_the_full_collection_runs_at_the_pause_and_frees_old_garbage(qtbot, window_up, monkeypatch):
    monkeypatch.setattr(window_up.idle, "idle_for_ms", lambda: 10_000.0)
    monkeypatch.setattr(C.IdleCollector, "busy", staticmethod(lambda: False))
    ref = _garbage_in_the_old_generation()
    qtbot.waitUntil(lambda: ref() is None, timeout=3 * C.CHECK_MS + 2000)  # the collector's own timer
    assert window_up.collector.collections >= 1
    assert gc.get_freeze_count() > 10_000  # start-up stays frozen: the collection walked only what came since


def test_a_collection_overdue_runs_even_while_the_clerk_types(window_up, monkeypatch):
    ref = _garbage_in_the_old_generation()
    monkeypatch.setattr(window_up.idle, "idle_for_ms", lambda: 0.0)
    window_up.collector._last_full -= C.LATEST_S + 1
    window_up.collector.tick()
    assert ref() is None and window_up.collector.collections == 1


def test_closing_the_window_gives_the_collections_back_to_python(qtbot, db, admin):
    import ui.application as application

    threshold = gc.get_threshold()
    window, _ctx = application.show_main_window(db, admin, size=(1366, 768))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.collector._timer.isActive(), timeout=5000)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5000)
    assert gc.get_threshold() == threshold
