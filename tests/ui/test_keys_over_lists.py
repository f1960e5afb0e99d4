"""A counter's keys work while a list drops down over the page (a combo box's list, a date's calendar): such a list is
a window of its own that takes every key. A new clerk found the counter's keys dead once a list had been opened: F4
only closed the list (its own key), Ctrl+N and the other Ctrl keys of the requests counter went to the list, and F2 /
F3 acted behind a list that stayed open and took the next keys. Now a counter's key closes the list and acts.

The keys are sent as the keyboard sends them, to the widget that has the focus (the list, while it is open); the
actions themselves are replaced by a recorder (they are tested with their counters), so every key can be pressed
over every list of every sub-tab without opening a dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QTabWidget, QWidget

from app.activities import service as A
from tests.backends import widgets_only
from ui.common.steps import finish_under
from ui.main_window import MainWindow

pytestmark = widgets_only()

PAGES = ("childcarePage", "requestsPage", "activitiesPage", "libraryPage", "volunteersPage", "canteenPage")
LIST_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter}


def _recorded_keys(page: QWidget) -> tuple[list[QShortcut], list[str]]:
    """The page's keys, each recording its key instead of acting."""
    fired: list[str] = []
    shortcuts = [sc for sc in page.findChildren(QShortcut) if not sc.key().isEmpty() and sc.isEnabled()]
    for sc in shortcuts:
        sc.activated.disconnect()
        sc.activated.connect(lambda sc=sc: fired.append(sc.key().toString()))
    return shortcuts, fired


def _lists(page: QWidget) -> list[QWidget]:
    """The boxes on screen whose list drops down: combo boxes with a choice, dates with a calendar."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and ((isinstance(w, QComboBox) and w.count() > 1) or (isinstance(w, QDateEdit) and w.calendarPopup()))
    ]


def _open(box: QWidget) -> QWidget | None:
    box.setFocus()
    if isinstance(box, QComboBox):
        box.showPopup()
    else:  # the calendar's arrow at the right
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 6, box.height() // 2))
    QApplication.processEvents()
    return QApplication.activePopupWidget()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen: a popup's grab
@pytest.mark.parametrize("name", PAGES)
def test_a_counter_key_closes_an_open_list_and_acts(qtbot, ctx, db, admin, name):
    if name == "activitiesPage":  # courses to choose from in the attendance sub-tab
        for course in ("书法班", "京剧班"):
            A.save_course(
                db,
                admin,
                A.CourseInput(
                    name=course,
                    kind=A.SENIOR_COLLEGE,
                    starts_on=dt.date(2026, 9, 1),
                    ends_on=dt.date(2026, 12, 31),
                    weekdays=0b0000001,
                    start_min=9 * 60,
                    duration_min=90,
                    capacity=20,
                    place="二楼教室",
                ),
            )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1350, 689)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.show_page(name)
    page = window.page(name)
    finish_under(page)
    shortcuts, fired = _recorded_keys(page)
    tabs = [t for t in [page, *page.findChildren(QTabWidget)] if isinstance(t, QTabWidget)]
    checked, failures = 0, []
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if not tab_widget.isVisible():
                continue
            tab_widget.setCurrentIndex(index)
            qtbot.wait(10)
            finish_under(page)
            shortcuts, fired = _recorded_keys(page)  # a sub-tab built now brings its own keys
            for box in _lists(page):
                for sc in shortcuts:
                    combo = sc.key()[0]
                    if not sc.parent().isAncestorOf(box) or (
                        combo.key() in LIST_KEYS and combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
                    ):
                        continue
                    popup = _open(box)
                    if popup is None:
                        continue  # nothing to drop down here (offscreen, an empty list)
                    fired.clear()
                    QTest.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())
                    QApplication.processEvents()
                    key = sc.key().toString(QKeySequence.SequenceFormat.PortableText)
                    if fired != [key] or QApplication.activePopupWidget() is not None:
                        failures.append(f"{key} over {box.objectName() or type(box).__name__}: fired {fired}")
                        if QApplication.activePopupWidget() is not None:
                            QApplication.activePopupWidget().close()
                    checked += 1
    assert not failures, "\n".join(failures)
    if name != "canteenPage":  # the sale screen has no list that drops down
        assert checked >= 3, checked
