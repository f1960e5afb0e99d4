"""Issue 15: the catalogue (书目) read its first page and counts on the UI thread at its first show and at each key
typed, and measured every loaded row for its column widths at every show (~230 ms the first time, ~70 again); the
holds and overdue lists read on the UI thread too. Now the frame is shown first, the lists are read on a worker, an
answer to an older search is dropped, and a repeated show reads nothing and makes no widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QHeaderView
from sqlalchemy import event

from app.library import catalogue, desk
from tests.background_reads import Gate, settled, visit_every_tab, widget_ids
from tests.library.conftest import adult, copy
from ui.library.page import LibraryPage


def _page(qtbot, ctx) -> LibraryPage:
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_catalogue_shows_its_frame_first_and_reads_on_a_worker(
    qtbot, ctx, db, desk_day, monkeypatch, qtmodeltester
):
    copy(db, "B1", title="平凡的世界")
    copy(db, "B2", title="小王子")
    gate = Gate(catalogue.page_copies)
    monkeypatch.setattr(catalogue, "page_copies", gate)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    cat = page.catalogue
    assert cat.isVisible() and cat.model.rowCount() == 0 and cat.loader.pending
    assert cat.counts.text() == "Loading…"
    gate.opened.set()
    settled(qtbot, cat)
    assert cat.model.rowCount() == 2 and "This room 2" in cat.counts.text()
    assert gate.off_the_ui_thread()
    qtmodeltester.check(cat.model)
    modes = {cat.view.horizontalHeader().sectionResizeMode(c) for c in range(cat.model.columnCount())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes  # never measured over every row at a show


def test_an_answer_to_an_older_search_is_dropped(qtbot, ctx, db, desk_day, monkeypatch):
    copy(db, "B1", title="平凡的世界")
    copy(db, "B2", title="小王子")
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    cat = page.catalogue
    settled(qtbot, cat)
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))  # one worker held back while another answers
    try:
        gate = Gate(catalogue.page_copies, hold=lambda _db, text, *a, **k: text == "平凡")
        monkeypatch.setattr(catalogue, "page_copies", gate)
        applied = cat.loader.applied
        cat.search.setText("平凡")  # held back…
        cat.search.setText("小王子")  # …the newer search answers first
        qtbot.waitUntil(lambda: cat.loader.applied == applied + 1)
        gate.opened.set()
        qtbot.waitUntil(lambda: not cat.loader.pending)
        QCoreApplication.processEvents()
        assert cat.loader.applied == applied + 1
        assert [cat.model.row_at(i).title for i in range(cat.model.rowCount())] == ["小王子"]
        assert cat.model.text == "小王子"
    finally:
        pool.setMaxThreadCount(before)


def test_holds_and_overdue_read_on_a_worker(qtbot, ctx, db, admin, frozen, monkeypatch):
    import datetime as dt

    from tests.library.conftest import NOON

    frozen(NOON - dt.timedelta(days=40))
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1")
    desk.lend(db, admin, a, "B1")
    desk.place_hold(db, admin, b, "B1")
    frozen(NOON)
    holds_gate, overdue_gate = Gate(desk.list_holds), Gate(desk.overdue_loans)
    monkeypatch.setattr(desk, "list_holds", holds_gate)
    monkeypatch.setattr(desk, "overdue_loans", overdue_gate)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    assert page.holds.model.rowCount() == 0 and page.holds.loader.pending
    page.tabs.setCurrentIndex(3)
    overdue = page.overdue
    assert overdue.model.rowCount() == 0 and not overdue.slips_button.isEnabled()
    holds_gate.opened.set()
    overdue_gate.opened.set()
    settled(qtbot, page.holds)
    settled(qtbot, overdue)
    assert page.holds.model.rowCount() == 1 and overdue.model.rowCount() == 1
    assert overdue.slips_button.isEnabled() and overdue.summary.text() == "1 books overdue."
    assert holds_gate.off_the_ui_thread() and overdue_gate.off_the_ui_thread()


def test_a_repeated_show_reads_nothing_and_makes_no_widget(qtbot, ctx, db, desk_day):
    copy(db, "B1")
    page = _page(qtbot, ctx)
    tabs = range(page.tabs.count())
    visit_every_tab(qtbot, page.tabs)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    widgets = widget_ids(page)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for _round in range(2):
            for i in tabs:
                page.tabs.setCurrentIndex(i)
                qtbot.wait(10)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert statements == []
    assert widget_ids(page) == widgets
