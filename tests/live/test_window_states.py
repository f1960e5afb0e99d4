"""A live screen in a minimised window waits, and is refreshed once when the window is restored; all the screens of a
window share one filter on it (ui/common/live.py `_WindowStates`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.backends import widgets_only
from ui.common import live

pytestmark = widgets_only()


class FakeLive(QObject):
    """What a Watch listens to: `changed(topics)`."""

    changed = Signal(object)


@pytest.fixture
def window(qtbot):
    w = QWidget()
    QVBoxLayout(w)
    qtbot.addWidget(w)
    return w


def _watch(feed, widget, calls, name):
    return live.Watch(feed, [widget], frozenset({"t"}), lambda: calls.append(name))


def test_a_minimised_window_refreshes_once_when_restored(qtbot, window):
    feed = FakeLive()
    calls: list[str] = []
    page = QLabel("page", window)
    window.layout().addWidget(page)
    watch = _watch(feed, page, calls, "page")
    window.show()
    qtbot.waitExposed(window)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    feed.changed.emit(frozenset({"t"}))
    qtbot.wait(live.COALESCE_MS * 3)
    assert calls == [] and watch.dirty  # minimised: nothing done yet
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(lambda: calls == ["page"], timeout=2000)
    qtbot.wait(live.COALESCE_MS * 2)
    assert calls == ["page"]


def test_the_screens_of_a_window_share_one_filter_and_a_deleted_one_leaves_it(qtbot, window):
    feed = FakeLive()
    calls: list[str] = []
    pages = [QLabel(f"p{i}", window) for i in range(3)]
    for p in pages:
        window.layout().addWidget(p)
    watches = [_watch(feed, p, calls, p.text()) for p in pages]
    window.show()
    qtbot.waitExposed(window)
    states = window.findChildren(live._WindowStates)
    assert len(states) == 1
    assert states[0].watches == set(watches)
    pages[0].deleteLater()  # its watch goes with it
    qtbot.waitUntil(lambda: len(states[0].watches) == 2, timeout=2000)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    feed.changed.emit(frozenset({"t"}))
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(lambda: sorted(calls) == ["p1", "p2"], timeout=2000)
