"""Issue 15: the childcare page shown again does no work it did already — the closing-time timer reads nothing,
a reload that changed nothing redraws nothing, the board's cards are painted once, and switching between the
sub-tabs creates no widgets and runs no query."""

import datetime as dt
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
    """Collect the SQL statements run on `db` inside the block."""
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args):
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
