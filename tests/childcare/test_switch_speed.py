"""Issue 15: the childcare page shown again does no work it did already — the closing-time timer reads nothing,
a reload that changed nothing redraws nothing, the board's cards are painted once, and switching between the
sub-tabs creates no widgets and runs no query."""

import datetime as dt
import threading
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QWidget
from sqlalchemy import event

from app.childcare import service as cc
from ui.childcare import board as board_module
from ui.childcare.page import create_page
from ui.common.delegate import RoleColourDelegate


@contextmanager
def statements(db):
    """Collect the SQL statements run on `db` by the UI thread inside the block (not a worker's)."""
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)


def resets(model) -> list[int]:
    count = [0]
    model.modelReset.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


def test_the_closing_time_timer_reads_nothing_and_redraws_only_when_an_alert_appears(
    qtbot, qtmodeltester, ctx, db, admin, world, frozen
):
    cc.sign_in(db, admin, world["child"])
    frozen(dt.datetime(2026, 11, 30, 17, 0))
    page = create_page(ctx)
    qtbot.addWidget(page)
    count = resets(page.model)
    with statements(db) as seen:
        page.board_timer.timeout.emit()  # nothing changed at 17:00
    assert seen == [] and count[0] == 0
    frozen(dt.datetime(2026, 11, 30, 18, 31))  # closing time passed: the child stands out, still without a query
    with statements(db) as seen:
        page.board_timer.timeout.emit()
    assert seen == [] and count[0] == 1
    assert page.board.card_alert(world["child"]) == "not_out"
    assert "1 not signed out" in page.closing_banner.text()
    # a whole row stands out: the colour delegate paints every cell now, the stock one before
    assert isinstance(page.table.itemDelegate(), RoleColourDelegate)
    qtmodeltester.check(page.model)
    # the next day (a new session) is read from the database
    frozen(dt.datetime(2026, 12, 1, 16, 5))
    with statements(db) as seen:
        page.board_timer.timeout.emit()
    assert seen and page.model.row_at(0).state == "expected"
    assert not page.closing_banner.isVisibleTo(page)


def test_a_reload_that_changed_nothing_keeps_the_table_and_the_board(qtbot, ctx, db, admin, world, frozen):
    frozen(dt.datetime(2026, 11, 30, 16, 20))  # before the absence cut-off: no row stands out
    page = create_page(ctx)
    qtbot.addWidget(page)
    board = page.board
    count, board_count = resets(page.model), resets(board.model)
    page.reload()  # e.g. a live refresh for a change in another program
    assert count[0] == 0 and board_count[0] == 0
    assert isinstance(page.table.itemDelegate(), QStyledItemDelegate)
    assert not isinstance(page.table.itemDelegate(), RoleColourDelegate)
    assert isinstance(page.table.itemDelegateForColumn(2), RoleColourDelegate)  # the allergy note stays red
    cc.sign_in(db, admin, world["child"])
    page.reload()
    assert count[0] == 1 and page.model.row_at(0).state == "in"
    assert page.model.data(page.model.index(0, 3)) == "In"


def test_switching_sub_tabs_again_creates_no_widget_and_runs_no_query(qtbot, ctx, db, admin, world, frozen):
    frozen(dt.datetime(2026, 11, 30, 16, 20))  # before the absence cut-off: no row stands out
    for i in range(12):
        child = cc.create_child(db, admin, cc.ChildInput(name=f"童{i:02d}"))
        cc.enrol(db, admin, child, world["program"], group="二年级")
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    for i in range(4):  # every sub-tab but the statistics built once
        page.tabs.setCurrentIndex(i)
        qtbot.wait(10)
    page.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    before = {id(w) for w in page.findChildren(QWidget)}
    painted = []
    original = board_module.CardDelegate._paint_card
    board_module.CardDelegate._paint_card = lambda self, *a: (painted.append(1), original(self, *a))[1]
    try:
        with statements(db) as seen:
            for i in (1, 2, 3, 0, 1, 0):
                page.tabs.setCurrentIndex(i)
                page.tabs.currentWidget().repaint()
                qtbot.wait(5)
    finally:
        board_module.CardDelegate._paint_card = original
    assert seen == []
    assert {id(w) for w in page.findChildren(QWidget)} == before
    assert painted == []  # the board's cards came from their pixmaps
    # a change of the day draws the board's cards again
    cc.sign_in(db, admin, world["child"])
    page.reload()
    page.tabs.setCurrentIndex(1)
    assert page.board.card_state(world["child"]) == "in"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_built_to_be_seen_the_page_shows_first_and_reads_the_day_on_a_worker(
    qtbot, ctx, db, admin, world, frozen, monkeypatch
):
    frozen(dt.datetime(2026, 11, 30, 16, 20))
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    with statements(db) as seen:
        page = create_page(ctx, host)
    assert not any("childcare_attendance" in sql for sql in seen)  # the day is not read on the UI thread
    assert page.model.rowCount() == 0 and page.headcount.text() == "Loading the day…"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).child_id == world["child"] and "capacity 40" in page.headcount.text()


def test_an_answer_overtaken_by_a_newer_read_is_dropped(qtbot, ctx, db, admin, world, frozen, monkeypatch):
    frozen(dt.datetime(2026, 11, 30, 16, 20))
    real = cc.day_rows
    release = threading.Event()

    def slow_day_rows(*args, **kwargs):
        rows = real(*args, **kwargs)
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)  # the worker answers only after the desk has read the day again
        return rows

    monkeypatch.setattr(cc, "day_rows", slow_day_rows)
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    page = create_page(ctx, host)  # the worker reads the child as expected …
    cc.sign_in(db, admin, world["child"])
    page.reload()  # … the desk signs them in and reads again
    assert page.model.row_at(0).state == "in"
    release.set()
    qtbot.waitUntil(lambda: page.day_loader.task.result is not None)
    assert page.model.row_at(0).state == "in"  # the older answer did not overwrite the newer


def test_the_children_list_built_to_be_seen_is_read_on_a_worker(qtbot, ctx, db, admin, world, frozen):
    from ui.childcare.children import ChildrenPanel

    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    with statements(db) as seen:
        panel = ChildrenPanel(ctx, host)
    assert not any("FROM childcare_children" in sql for sql in seen) and panel.model.rowCount() == 0
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.current().id == world["child"]


def test_the_boards_first_paint_draws_its_cards_on_screen_and_their_pixmaps_after(qtbot, ctx, db, admin, world, frozen):
    """Issue 15: a card drawn into its pixmap during the board's first paint doubled that paint's cost; the first
    paint draws the cards on screen, their pixmaps are made on the next turn of the event loop, and a repaint
    after that draws no card again."""
    frozen(dt.datetime(2026, 11, 30, 16, 20))
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    board = page.board
    delegate = board.cards
    qtbot.waitUntil(lambda: bool(delegate._pixmaps))  # shown: painted by the event loop, the pixmap made after
    delegate.clear()  # as when the day is drawn again
    board.scroll.viewport().repaint()
    assert not delegate._pixmaps and len(delegate._later) == 1  # the one card: on screen, no pixmap yet
    qtbot.waitUntil(lambda: not delegate._later)
    assert len(delegate._pixmaps) == 1
    painted = []
    original = board_module.CardDelegate._paint_card
    board_module.CardDelegate._paint_card = lambda self, *a: (painted.append(1), original(self, *a))[1]
    try:
        board.scroll.viewport().repaint()
    finally:
        board_module.CardDelegate._paint_card = original
    assert painted == []
