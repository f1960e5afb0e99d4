"""After a cash sale the change due is shown where the cashier is looking: large, in the sale panel, as yuan with
two decimals from integer fen, until the next sale starts (not only in the line below the form)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.helpers import type_text
from ui.canteen.page import SaleScreen

LUNCH = dt.datetime(2026, 11, 30, 11, 30)


@pytest.fixture
def screen(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.common import documents

    monkeypatch.setattr(documents, "print_silently", lambda path: True)
    w = SaleScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768 - 120)  # the tab's room in the main window at 1366x768
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_change_due_is_large_in_the_sale_panel_until_the_next_sale(qtbot, ctx, screen, no_dialogs):
    residents.create_resident(ctx.db, ctx.actor, ResidentInput(name="孙大妈", birth_date=dt.date(1950, 1, 1)))
    assert not screen.change_due.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)  # a walk-in guest, full price
    self_paid = screen.quote.self_paid_fen
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    qtbot.keyClicks(screen.tendered, "50")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    change = 5000 - self_paid
    expected = f"Change due ¥{change // 100}.{change % 100:02d}"  # two decimals, also for whole yuan
    assert screen.change_due.text() == expected and screen.change_due.isVisible()
    assert screen.card.isAncestorOf(screen.change_due)  # in the sale panel, not the status line
    assert screen.change_due.property("role") == "huge"
    label = screen.change_due
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()  # whole, not cut
    assert label.fontInfo().pixelSize() >= 2 * screen.message.fontInfo().pixelSize()  # large
    screen.window().grab().save("/tmp/polish4_change_due.png")

    type_text(qtbot, screen.scan, "sdm")  # the next diner: the next sale starts
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.name.text() == "孙大妈" and not screen.change_due.isVisible()


def test_a_meal_card_or_mobile_sale_shows_no_change(qtbot, ctx, screen, no_dialogs):
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F6)  # WeChat Pay
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "Sold" in screen.message.text() and not screen.change_due.isVisible()
