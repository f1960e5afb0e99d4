"""Issue 15: the canteen's sale screen is built once, top-down, and shown again without work: no query, no widget
made, and still ready for the next diner (the cursor in the find box)."""

import datetime as dt
import threading

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget
from sqlalchemy import event

from ui.canteen.page import CanteenPage, SaleScreen

LUNCH = dt.datetime(2026, 11, 30, 11, 30)


class ParentChanges(QObject):
    """How many times each widget got a new parent (by its C++ address: a widget still being made has no Python
    type of its own yet): once when made inside its parent, again for each move (each styled again whole)."""

    def __init__(self) -> None:
        super().__init__()
        self.changes: dict[int, int] = {}

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt API
        if ev.type() == QEvent.Type.ParentChange and isinstance(obj, QWidget):
            key = shiboken6.getCppPointer(obj)[0]
            self.changes[key] = self.changes.get(key, 0) + 1
        return False

    def moved(self, root: QWidget) -> list[str]:
        """`root`'s own widgets (named; Qt's inner parts are not) that were moved after they were made."""
        return [
            w.objectName()
            for w in root.findChildren(QWidget)
            if w.objectName()
            and not w.objectName().startswith("qt_")
            and self.changes.get(shiboken6.getCppPointer(w)[0], 0) > 1
        ]


def test_the_sale_screen_is_built_top_down(qtbot, ctx, frozen):
    frozen(LUNCH)
    watch = ParentChanges()
    QApplication.instance().installEventFilter(watch)
    try:
        screen = SaleScreen(ctx)
    finally:
        QApplication.instance().removeEventFilter(watch)
    qtbot.addWidget(screen)
    moved = watch.moved(screen)
    assert moved == []


def test_the_sale_screen_shown_again_reads_nothing_makes_nothing_and_waits_for_the_next_diner(qtbot, ctx, db, frozen):
    frozen(LUNCH)
    host = QTabWidget()
    qtbot.addWidget(host)
    page = CanteenPage(ctx)
    host.addTab(page, "canteen")
    host.addTab(QLabel("another page"), "other")
    host.resize(1200, 700)
    host.show()
    qtbot.waitExposed(host)
    sale = page.sale
    qtbot.waitUntil(lambda: sale.scan.hasFocus())
    before = {id(w) for w in host.findChildren(QWidget)}
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        for _ in range(3):
            host.setCurrentIndex(1)
            qtbot.wait(5)
            host.setCurrentIndex(0)
            host.currentWidget().repaint()
            qtbot.wait(5)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert seen == []
    assert {id(w) for w in host.findChildren(QWidget)} == before
    qtbot.waitUntil(lambda: sale.scan.hasFocus())  # ready for the next diner at once
