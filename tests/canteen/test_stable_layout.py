"""The sale screen does not move under the cashier's hands, today's tickets show who, subsidy, paid and status at
1366 wide, and a voided ticket is struck through and red (issue 16, items 3 and 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QFont

from app.canteen import service
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.helpers import type_text
from ui.canteen.models import TicketsModel
from ui.canteen.page import SaleScreen

LUNCH = dt.datetime(2026, 11, 30, 11, 30)


@pytest.fixture
def screen(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.common import documents

    monkeypatch.setattr(documents, "print_silently", lambda path: True)
    w = SaleScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1366 - 16, 600)  # the canteen page on a 1366×768 screen
    w.show()
    qtbot.waitExposed(w)
    return w


def add(ctx, name, born):
    return residents.create_resident(ctx.db, ctx.actor, ResidentInput(name=name, birth_date=born))


def settle() -> None:
    """Let Qt finish the layouts that the last change asked for, so positions are measured as drawn."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _controls(w):
    settle()
    widgets = [*w.slot_group.buttons(), *w.pay_group.buttons(), w.quantity_label, w.tendered, w.guest_button]
    widgets += [w.card_button, w.sell_button, w.card, w.table, w.void_button]
    return [(x.objectName(), x.mapTo(w, QPoint(0, 0)), x.size()) for x in widgets]


def test_controls_do_not_move_when_a_diner_is_chosen(qtbot, ctx, screen):
    add(ctx, "赵善庆", dt.date(1944, 5, 1))
    add(ctx, "赵善英", dt.date(1950, 1, 1))
    before = _controls(screen)
    type_text(qtbot, screen.scan, "赵善")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.matches.isVisible()  # two match: the list is drawn over the card
    assert _controls(screen) == before
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # the first
    assert screen.name.text() in ("赵善庆", "赵善英") and screen.split.text()
    assert _controls(screen) == before
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    qtbot.keyClicks(screen.tendered, "100")  # the change line appears
    assert _controls(screen) == before
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert _controls(screen) == before


def test_voided_ticket_is_struck_through_and_red(qtbot, ctx, screen, supervisor, qtmodeltester):
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    sold = service.sell(ctx.db, ctx.actor, service.SaleRequest(elder, "lunch", 1, "cash"))
    kept = service.sell(ctx.db, ctx.actor, service.SaleRequest(None, "lunch", 1, "cash"))
    service.void_ticket(ctx.db, ctx.actor, supervisor, sold.ticket_id, "退餐")
    screen.refresh_tickets()
    model = screen.model
    qtmodeltester.check(model)
    rows = {model.row_at(r).id: r for r in range(model.rowCount())}
    void, plain = rows[sold.ticket_id], rows[kept.ticket_id]
    for column in range(model.columnCount()):
        font = model.index(void, column).data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.strikeOut()
        brush = model.index(void, column).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush) and brush.color().red() > 150 and brush.color().green() < 100
        assert model.index(plain, column).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(void, TicketsModel.STATUS).data() == "Void"


def test_subsidy_paid_and_status_visible_without_scrolling(qtbot, ctx, screen, supervisor):
    for i in range(5):
        rid = add(ctx, f"老人{i}", dt.date(1940 + i, 1, 1))
        service.sell(ctx.db, ctx.actor, service.SaleRequest(rid, "lunch", 1, "cash"))
    screen.refresh_tickets()
    table, model = screen.table, screen.model
    viewport = table.viewport().width()
    metrics = table.fontMetrics()
    for column in (TicketsModel.DINER, TicketsModel.SUBSIDY, TicketsModel.SELF_PAID, TicketsModel.STATUS):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert 0 <= table.columnViewportPosition(column) and right <= viewport, column
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
        texts += [model.index(r, column).data() or "" for r in range(model.rowCount())]
        assert table.columnWidth(column) >= max(metrics.horizontalAdvance(t) for t in texts)


def test_the_ticket_number_is_in_view_at_1366_by_768(qtbot, ctx, screen):
    """The number a void or a reprint is asked for by (issue 17 finding: it was the last column, off-screen)."""
    for i in range(3):
        rid = add(ctx, f"老人{i}", dt.date(1940 + i, 1, 1))
        service.sell(ctx.db, ctx.actor, service.SaleRequest(rid, "lunch", 1, "cash"))
    screen.refresh_tickets()
    table, model = screen.table, screen.model
    assert screen.window().width() <= 1366
    column = TicketsModel.NUMBER
    left = table.columnViewportPosition(column)
    assert 0 <= left and left + table.columnWidth(column) <= table.viewport().width()
    widest = max(table.fontMetrics().horizontalAdvance(model.index(r, column).data()) for r in range(model.rowCount()))
    assert table.columnWidth(column) >= widest


def test_unavailable_actions_are_disabled_with_the_reason(qtbot, ctx, screen):
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    assert not screen.sell_button.isEnabled() and "diner" in screen.sell_button.toolTip()
    for b in (screen.void_button, screen.reprint_button):
        assert not b.isEnabled() and "ticket" in b.toolTip()
    service.sell(ctx.db, ctx.actor, service.SaleRequest(elder, "lunch", 1, "cash"))
    screen.refresh_tickets()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    for b in (screen.void_button, screen.reprint_button):
        assert b.isEnabled() and not b.toolTip()
    screen.pick(elder)
    assert screen.sell_button.isEnabled() and not screen.sell_button.toolTip()
