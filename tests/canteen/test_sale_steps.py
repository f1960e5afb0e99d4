"""Issue 15: the sale screen's first show paints the find/scan box and the diner's card first (ui/common/steps.py);
the sale form (meals, payment, quantity, buttons) and today's tickets are made after the first paint, one step each.
At the lunch rush nothing the cashier types meanwhile is lost: keys typed into the box all arrive, and a key that
needs the form (Enter, F4, F9) makes it first and acts."""

import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QTableView

from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.helpers import human_pause
from tests.shown_in_tabs import FirstPaint, main_window_on, post_keys
from ui.canteen.page import CanteenPage, SaleScreen
from ui.common import steps

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
ELDER_ID = "110105194405010014"


@pytest.fixture
def rush(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.common import documents

    monkeypatch.setattr(documents, "print_silently", lambda path: True)
    residents.create_resident(
        ctx.db, ctx.actor, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1), id_number=ELDER_ID)
    )


def _shown_sale(qtbot, ctx) -> SaleScreen:
    """The main window at 1366 wide, then a switch to the canteen: the sale screen built to be seen."""
    _window, page = main_window_on(qtbot, ctx, "canteenPage")
    assert isinstance(page, CanteenPage)
    sale = page.lazy.built_page("canteenSale")
    assert isinstance(sale, SaleScreen)
    return sale


@pytest.mark.deferred_steps
def test_the_sale_screen_paints_first_and_keys_typed_while_its_steps_run_all_arrive(
    qapp, qtbot, ctx, rush, monkeypatch
):
    log: list[str] = []
    for name, typed in (("_build_form", "0501"), ("_build_tickets", "0014")):
        real = getattr(SaleScreen, name)

        def step(self, real=real, name=name, typed=typed):
            log.append(name)
            real(self)
            post_keys(self.scan, typed)  # the ID reader goes on typing while the screen is being finished

        monkeypatch.setattr(SaleScreen, name, step)
    watch = FirstPaint(log, "canteenSale")
    qapp.installEventFilter(watch)
    try:
        sale = _shown_sale(qtbot, ctx)
        # the first part: the box and the card; nothing of the form or the tickets yet
        assert log == [] and sale.steps.done == 0 and not sale.steps.finished
        assert sale.findChild(QPushButton, "canteenSell") is None
        assert sale.findChild(QTableView, "canteenTickets") is None
        assert sale.name.text() == "No diner"
        post_keys(sale.scan, "1101051944")
        qtbot.waitUntil(lambda: steps.pending() == 0)
        assert log == ["paint", "_build_form", "_build_tickets"]
        qtbot.wait(20)
        assert sale.scan.text() == ELDER_ID  # every digit, in the order typed
        qtbot.waitUntil(lambda: sale.scan.hasFocus())
    finally:
        qapp.removeEventFilter(watch)
    # all there and working: Enter picks the diner, Enter sells, the ticket is in today's list
    assert sale.sell_button.isVisibleTo(sale) and sale.table.isVisibleTo(sale)
    assert sale.slot_code == "lunch" and sale.findChild(QObject, "slot_lunch").isChecked()
    qtbot.keyClick(sale.scan, Qt.Key.Key_Return)
    assert sale.name.text() == "赵善庆"
    human_pause()  # the cashier's own Enter, not the scanner's echo
    qtbot.keyClick(sale.scan, Qt.Key.Key_Return)
    assert "20261130-L-0001" in sale.message.text()
    assert sale.model.rowCount() == 1


@pytest.mark.deferred_steps
def test_keys_that_need_the_form_before_it_was_made_make_it_and_act(qtbot, ctx, rush):
    sale = _shown_sale(qtbot, ctx)
    assert not sale.steps.finished
    qtbot.keyClick(sale.scan, Qt.Key.Key_F4)  # a walk-in guest, at once
    assert sale.steps.finished  # made by the key (another page of the window may still have steps of its own)
    assert sale.guest and sale.name.text() == "Walk-in guest" and sale.sell_button.isEnabled()
    qtbot.keyClick(sale.scan, Qt.Key.Key_2)
    assert sale.quantity == 2


@pytest.mark.deferred_steps
def test_a_scan_and_enter_before_the_steps_picks_the_diner_and_f9_takes_the_cash(qtbot, ctx, rush):
    sale = _shown_sale(qtbot, ctx)
    assert not sale.steps.finished
    sale.scan.setText(ELDER_ID)
    qtbot.keyClick(sale.scan, Qt.Key.Key_Return)
    assert sale.steps.finished and sale.name.text() == "赵善庆"
    qtbot.keyClick(sale.scan, Qt.Key.Key_F9)
    assert sale.tendered.hasFocus()
    qtbot.keyClicks(sale.tendered, "10")
    qtbot.keyClick(sale.tendered, Qt.Key.Key_Return)
    assert "change ¥" in sale.message.text() and sale.model.rowCount() == 1
