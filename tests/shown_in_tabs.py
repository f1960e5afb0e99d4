"""A page built for its tab being shown, as the main window builds it (ui/common/lazy.py): its later steps
(ui/common/steps.py) wait for its first paint when the test is marked `deferred_steps`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from ui.common.lazy import LazyTabs


def shown_in_tabs(qtbot, make: Callable[[QWidget], QWidget]) -> tuple[QMainWindow, QWidget]:
    """`make(parent)` built by LazyTabs as the second tab of a 1366×768 window, switched to; (window, page): keep
    the window referenced while the test runs (a window no longer referenced is deleted, its pages with it)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    lazy = LazyTabs(tabs)
    lazy.add("start", lambda parent: QLabel("start", parent), "Start")
    lazy.add("shown", make, "Shown")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tabs.setCurrentIndex(1)
    return window, lazy.built_page("shown")
