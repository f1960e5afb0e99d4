"""A page built for its tab being shown, as the main window builds it (ui/common/lazy.py): its later steps
(ui/common/steps.py) wait for its first paint when the test is marked `deferred_steps`. Use these instead of writing
the window again in a test module:

- `shown_in_tabs(qtbot, make)`: a page alone in a light 1366×768 window (cheaper than the main window);
- `main_window_on(qtbot, ctx, "canteenPage")`: the main window, its first page ready, switched to a counter's page;
- `post_keys(widget, text)` and `FirstPaint(log, "name")`: keys a clerk types meanwhile, and the page's first paint
  recorded in the same log as its steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from ui.common.lazy import LazyTabs


def shown_in_tabs(qtbot, make: Callable[[QWidget], QWidget], *, active: bool = False) -> tuple[QMainWindow, QWidget]:
    """`make(parent)` built by LazyTabs as the second tab of a 1366×768 window, switched to; (window, page): keep
    the window referenced while the test runs (a window no longer referenced is deleted, its pages with it). `active`:
    the window is made the active one first (for a test of where the keyboard focus goes)."""
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
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    tabs.setCurrentIndex(1)
    return window, lazy.built_page("shown")


def main_window_on(qtbot, ctx, page_name: str):
    """The main window at 1366×728, shown and active with its first page ready, then switched to the page whose
    object name is `page_name` (built to be seen: its later steps wait under `deferred_steps`); (window, page)."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tabs = window.tabs
    qtbot.waitUntil(lambda: tabs.currentWidget().isAncestorOf(QApplication.focusWidget()))  # the first page ready
    tabs.setCurrentIndex([i for i in range(tabs.count()) if tabs.widget(i).objectName() == page_name][0])
    return window, tabs.currentWidget()


def post_keys(widget: QWidget, text: str) -> None:
    """Post the keys of `text` to `widget`, as a clerk typing: delivered by the event loop, between the steps."""
    for ch in text:
        QCoreApplication.postEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


class FirstPaint(QObject):
    """An application event filter that appends "paint" to `log` at the first paint of the widget named `name`."""

    def __init__(self, log: list[str], name: str) -> None:
        super().__init__()
        self.log = log
        self.name = name

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched.objectName() == self.name and "paint" not in self.log:
            self.log.append("paint")
        return False
