"""The first key of a shift (fresh clerk test): after the sign-in or Ctrl+1–6 the counter's own keys work at once —
the focus is inside the page, never left on a tab bar — and Ctrl+D right after saving a request acts on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.main_window import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _inside(page) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is page or page.isAncestorOf(focused))


def test_the_focus_is_inside_the_page_after_sign_in_and_after_each_switch(qtbot, ctx):
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: _inside(window.tabs.currentWidget()))
    assert window.tabs.tabBar().focusPolicy() == Qt.FocusPolicy.NoFocus
    for i in range(window.tabs.count()):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: _inside(page))


def test_f2_on_childcare_works_without_a_click_first(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.show_page("childcarePage")
    page = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: _inside(page))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert QApplication.focusWidget() is page.findChild(QLineEdit, "childcareFind")
