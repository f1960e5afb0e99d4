"""Issue 15: the due list (健康 › 到期随访) read on the UI thread at its first show and at each filter change, and its
columns were measured over every row at each reload; the record panel was made inside-out. Now the frame is shown
first, the list read on a worker, an answer to an older filter dropped, and a repeated show reads nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QThreadPool
from sqlalchemy import event

from app.health import record as HR
from app.health import service as H
from tests.background_reads import Gate, settled, visit_every_tab, widget_ids
from ui.context import AppContext
from ui.health.page import HealthPage


def _page(qtbot, db, actor) -> HealthPage:
    page = HealthPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _due_plan(db, health, resident_id):
    cond = H.add_condition(db, health, resident_id, "I10", "高血压")
    H.start_plan(db, health, resident_id, 3, condition_id=cond, started_on=dt.date(2026, 6, 1))


def test_the_due_list_shows_its_frame_first_and_reads_on_a_worker(qtbot, db, health, consented, monkeypatch):
    _due_plan(db, health, consented)
    gate = Gate(HR.due_list)
    monkeypatch.setattr(HR, "due_list", gate)
    page = _page(qtbot, db, health)
    page.tabs.setCurrentIndex(1)
    due = page.due
    assert due.isVisible() and due.model.rowCount() == 0 and due.loader.pending
    assert due.count.text() == "Loading…"
    gate.opened.set()
    settled(qtbot, due)
    assert due.model.rowCount() == 1 and due.count.text() == "1 due, 1 overdue"
    assert gate.off_the_ui_thread()


def test_an_answer_to_an_older_filter_is_dropped(qtbot, db, health, consented, monkeypatch):
    _due_plan(db, health, consented)
    page = _page(qtbot, db, health)
    page.tabs.setCurrentIndex(1)
    due = page.due
    settled(qtbot, due)
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))  # one worker held back while another answers
    try:
        gate = Gate(HR.due_list, hold=lambda *a, within_days=14, **k: within_days == 30)
        monkeypatch.setattr(HR, "due_list", gate)
        applied = due.loader.applied
        due.within.setValue(30)  # held back…
        due.within.setValue(0)  # …the newer filter answers first
        qtbot.waitUntil(lambda: due.loader.applied == applied + 1)
        gate.opened.set()
        qtbot.waitUntil(lambda: not due.loader.pending)
        QCoreApplication.processEvents()
        assert due.loader.applied == applied + 1  # the older answer was dropped
    finally:
        pool.setMaxThreadCount(before)


def test_a_repeated_show_reads_nothing_and_makes_no_widget(qtbot, db, health, consented):
    _due_plan(db, health, consented)
    page = _page(qtbot, db, health)
    visit_every_tab(qtbot, page.tabs)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    widgets = widget_ids(page)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for _round in range(2):
            for i in (1, 0):
                page.tabs.setCurrentIndex(i)
                qtbot.wait(10)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert statements == []
    assert widget_ids(page) == widgets
