"""After 结算并锁定 the settle button disables itself; the focus does not pass to 解锁 beside it, where the next
Space would start unlocking the period (polish1, item 1: the same pattern as the requests' step buttons)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_settling_does_not_hand_the_focus_to_unlock(qtbot, ctx, frozen, no_dialogs):
    from ui.canteen.settlement_dialog import SettlementDialog

    frozen(dt.datetime(2026, 12, 2, 9, 0))
    dialog = SettlementDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    dialog.number.setValue(11)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.settle_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is dialog.settle_button
    qtbot.keyClick(dialog.settle_button, Qt.Key.Key_Space)
    assert not dialog.settle_button.isEnabled(), no_dialogs.messages  # settled
    assert dialog.unlock_button.isEnabled()
    assert QApplication.focusWidget() is not dialog.unlock_button
    assert dialog.settle_button.toolTip()  # and it says why it is greyed
