"""Small helpers for UI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user. QTest.keyClicks aborts on non-ASCII characters (an assert in Qt's testlib),
    so Chinese is delivered as key events that carry the text, as an input method would commit it."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def double_click(qtbot, button) -> None:
    """A clerk's double click on `button`, as the window system delivers it: press, release, then the second
    press as a MouseButtonDblClick, then release (QTest's widget-level mouseDClick sends only the DblClick).
    The button must be shown."""
    from PySide6.QtTest import QTest

    qtbot.waitExposed(button.window())
    window = button.window().windowHandle()
    pos = button.mapTo(button.window(), button.rect().center())
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def human_pause(seconds: float = 0.5) -> None:
    """A person's pause before the next key: app.clock.monotonic moves on by `seconds` (and stays driven until the
    test ends), so a cashier's own Enter after a scan is not taken for the scanner's echo (ui/common/scan_echo.py)."""
    from app import clock

    clock.drive_monotonic(clock.monotonic() + seconds)
