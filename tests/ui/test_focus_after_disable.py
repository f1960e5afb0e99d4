"""A widget that set_available disables while it has the keyboard focus does not hand the focus to its neighbour
in the tab order (Qt's default), which on any counter may be a destructive action (polish1, item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from ui.common.layout import focus_after_disable, set_available


def _row(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    step, cancel, nxt = QPushButton("Step", row), QPushButton("Cancel", row), QPushButton("Next", row)
    layout = QHBoxLayout(row)
    for b in (step, cancel, nxt):
        layout.addWidget(b)
    row.show()
    qtbot.waitExposed(row)
    row.activateWindow()
    qtbot.waitUntil(row.isActiveWindow)
    step.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is step
    return row, step, cancel, nxt


def test_without_a_choice_the_focus_waits_nowhere(qtbot):
    row, step, cancel, _nxt = _row(qtbot)
    set_available(step, "done")
    qtbot.wait(20)
    assert QApplication.focusWidget() is None
    assert row.focusWidget() is not cancel


def test_the_container_chooses_where_the_focus_goes(qtbot):
    row, step, cancel, nxt = _row(qtbot)
    focus_after_disable(row, lambda: nxt)
    set_available(step, "done")
    assert QApplication.focusWidget() is not cancel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nxt)
