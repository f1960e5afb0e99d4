"""Issue 16 item 6: the canteen counter as a cashier expects it — a second subsidised meal of the day asks before
selling at full price, the quantity keys are on screen, the X report's amount column holds yuan, an administrator's
day close says whose drawer and lets them pick it, and the settlement opens on a month with data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.accounts.service import actor_for, create_user
from app.canteen import reports, service, settlement
from app.canteen.service import RepeatMealNeedsConfirmation, SaleRequest
from app.errors import PermissionDenied, UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import DayClose, MealTicket
from tests.helpers import double_click, human_pause

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
EVENING = dt.datetime(2026, 11, 30, 18, 30)


def _add(db, actor, name, born, phone=""):
    return residents.create_resident(db, actor, ResidentInput(name=name, birth_date=born, phone=phone))


def _tickets(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(MealTicket)).scalar()


@pytest.fixture
def cashier(db, admin):
    return actor_for(db, create_user(db, admin, "shouyin", "收银 张强", "cashier-pw-1", ["cashier"]))


def test_a_second_subsidised_lunch_is_refused_until_confirmed(db, admin, cashier, frozen):
    frozen(LUNCH)
    elder = _add(db, admin, "赵善庆", dt.date(1944, 5, 1))
    young = _add(db, admin, "钱小明", dt.date(1990, 5, 1))
    first = service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    assert first.quote.subsidy_fen > 0
    frozen(dt.datetime(2026, 11, 30, 11, 42))
    with pytest.raises(RepeatMealNeedsConfirmation) as info:
        service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    assert info.value.earlier == service.EarlierMeal(first.number, "11:30", "收银 张强")
    assert info.value.total_fen == 1000
    assert first.number in info.value.message and "11:30" in info.value.message
    assert _tickets(db) == 1  # nothing written
    second = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", repeat_ok=True))
    assert second.quote.subsidy_fen == 0 and second.quote.self_paid_fen == 1000
    # nothing to ask where nothing is withheld: a young resident, a walk-in guest
    for _ in range(2):
        service.sell(db, admin, SaleRequest(young, "lunch", 1, "cash"))
        service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))
    assert _tickets(db) == 6


def test_after_a_void_the_meal_is_subsidised_again_without_a_question(db, admin, frozen):
    frozen(LUNCH)
    elder = _add(db, admin, "赵善庆", dt.date(1944, 5, 1))
    first = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    supervisor = actor_for(db, create_user(db, admin, "zhuguan", "主管 李梅", "supervisor-pw", ["admin"]))
    service.void_ticket(db, admin, supervisor, first.ticket_id, "扫了两次")
    again = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    assert again.quote.subsidy_fen == first.quote.subsidy_fen


@pytest.fixture
def screen(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.canteen.page import SaleScreen
    from ui.common import documents

    monkeypatch.setattr(documents, "print_silently", lambda path: True)
    w = SaleScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _scan_and_sell(qtbot, screen, phone):
    qtbot.keyClicks(screen.scan, phone)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    human_pause()  # the cashier's own Enter, not the scanner's echo
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def test_a_double_scan_asks_naming_the_first_ticket_and_no_sells_nothing(qtbot, ctx, screen, no_dialogs):
    _add(ctx.db, ctx.actor, "孙大妈", dt.date(1944, 1, 1), phone="13912345678")
    _scan_and_sell(qtbot, screen, "13912345678")
    assert "20261130-L-0001" in screen.message.text() and no_dialogs.messages == []
    # the same card again: asked, naming the earlier ticket, its time and till; "No" sells nothing
    no_dialogs.confirm_answers.append(False)
    _scan_and_sell(qtbot, screen, "13912345678")
    kind, question = no_dialogs.messages[-1]
    assert kind == "confirm"
    assert "20261130-L-0001" in question and "11:30" in question and "Test Admin" in question
    assert "full price of ¥10" in question and "孙大妈" in question
    assert _tickets(ctx.db) == 1 and "Not sold" in screen.message.text()
    assert screen.scan.hasFocus()
    # asked again and confirmed: sold at full price
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert _tickets(ctx.db) == 2
    with ctx.db.read() as s:
        last = s.execute(select(MealTicket).order_by(MealTicket.id.desc())).scalars().first()
        assert last.subsidy_fen == 0 and last.self_paid_fen == 1000


def test_the_confirmation_defaults_to_no(qtbot, monkeypatch):
    """The question's default button is No: Enter on the question sells nothing (ui.common.dialogs.confirm)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common import dialogs

    seen = {}

    def question(parent, title, text, buttons, default):
        seen["default"] = default
        return default

    monkeypatch.setattr(QMessageBox, "question", question)
    assert dialogs.confirm(None, "?") is False and seen["default"] == QMessageBox.StandardButton.No


def test_the_quantity_keys_are_on_screen_and_work(qtbot, ctx, screen, no_dialogs):
    _add(ctx.db, ctx.actor, "孙大妈", dt.date(1944, 1, 1), phone="13912345678")
    qtbot.keyClicks(screen.scan, "13912345678")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "1–9" in screen.quantity_label.text() and "+" in screen.quantity_label.text()
    assert "1–9" in screen.quantity_label.toolTip()
    qtbot.keyClick(screen.scan, Qt.Key.Key_3)
    assert screen.quantity == 3 and "3" in screen.quantity_label.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Plus)
    assert screen.quantity == 4
    qtbot.keyClick(screen.scan, Qt.Key.Key_Minus)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Minus)
    assert screen.quantity == 2
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    with ctx.db.read() as s:
        assert s.execute(select(MealTicket.quantity)).scalar_one() == 2


def test_the_next_diners_number_typed_after_a_diner_was_chosen_is_a_search_not_a_quantity(
    qtbot, ctx, screen, no_dialogs, ticks
):
    """A clerk found: with 熊庆涛 chosen (not sold), the next diner's phone 15975573405 typed into the empty box set
    份数 digit by digit (4 meals at ¥40 for the previous diner) and only "05" reached the box."""
    _add(ctx.db, ctx.actor, "熊庆涛", dt.date(1944, 1, 1), phone="13500332727")
    second = _add(ctx.db, ctx.actor, "丁淑", dt.date(1945, 2, 2), phone="15975573405")
    qtbot.keyClicks(screen.scan, "13500332727")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    first = screen.diner_id
    assert first is not None and screen.quantity == 1
    for ch in "15975573405":  # typed: a key every 0.15 s
        ticks.advance(0.15)
        qtbot.keyClicks(screen.scan, ch)
    assert screen.scan.text() == "15975573405"
    assert screen.quantity == 1  # the first digit's quantity taken back
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.diner_id == (second.id if hasattr(second, "id") else second) != first
    # a quantity key alone still works, and a second one a moment later is a second quantity
    ticks.advance(2)
    qtbot.keyClick(screen.scan, Qt.Key.Key_3)
    assert screen.quantity == 3 and screen.scan.text() == ""
    ticks.advance(2)
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)
    assert screen.quantity == 2 and screen.scan.text() == ""


def _sheet(db, summary, monkeypatch, final):
    captured = []
    monkeypatch.setattr(reports, "render_sheet", lambda sheet, center: captured.append(sheet) or b"%PDF")
    reports.day_report_pdf(db, summary, final=final)
    return captured[0]


def test_the_x_and_z_reports_amount_column_holds_yuan(db, admin, frozen, monkeypatch):
    frozen(LUNCH)
    elder = _add(db, admin, "赵善庆", dt.date(1944, 5, 1))
    service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    service.sell(db, admin, SaleRequest(None, "lunch", 3, "wechat"))
    for final in (False, True):
        if final:
            reports.close_day(db, admin, LUNCH.date(), {100: 4})
        summary = reports.day_summary(db, LUNCH.date(), admin.user_id)
        sheet = _sheet(db, summary, monkeypatch, final)
        assert [c.title for c in sheet.columns] == ["Item", "Count", "Amount"]
        rows = {r[0]: r for r in sheet.rows}
        assert rows["Tickets"][1:] == ["2", ""] and rows["Meals"][1:] == ["4", ""]
        assert rows["Total price"][1:] == ["", "¥40"]  # 4 meals at ¥10, from fen
        assert rows["Self-paid"][1:] == ["", "¥34"] and rows["Government subsidy"][1:] == ["", "¥6"]
        for _item, _count, amount in sheet.rows:
            assert amount == "" or amount.startswith(("¥", "Over", "Short", "Balanced"))


def test_an_administrator_closes_the_drawer_of_the_cashier_they_pick(qtbot, ctx, cashier, frozen, previews):
    frozen(LUNCH)
    elder = _add(ctx.db, ctx.actor, "赵善庆", dt.date(1944, 5, 1))
    service.sell(ctx.db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    service.sell(ctx.db, cashier, SaleRequest(None, "lunch", 1, "cash"))
    frozen(EVENING)
    from ui.canteen.day_close import DayCloseDialog

    dialog = DayCloseDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    # the admin sold nothing: the dialog opens on the cashier's drawer, names it, and offers both
    assert dialog.drawer.isVisible()
    assert [dialog.drawer.itemData(i) for i in range(dialog.drawer.count())] == [ctx.actor.user_id, cashier.user_id]
    assert dialog.heading.text() == "Closes 2026-11-30, the drawer of 收银 张强"
    assert dialog.tickets.text() == "2 / 2" and dialog.summary.expected_cash_fen == 1400
    dialog.drawer.setCurrentIndex(0)
    assert dialog.heading.text() == "Closes 2026-11-30, the drawer of Test Admin" and dialog.tickets.text() == "0 / 0"
    dialog.drawer.setCurrentIndex(1)
    dialog.counts[1000].setValue(1)
    dialog.counts[100].setValue(4)
    dialog.confirm()
    with ctx.db.read() as s:
        close = s.execute(select(DayClose)).scalar_one()
        assert (close.cashier_id, close.closed_by_id, close.counted_cash_fen) == (cashier.user_id, 1, 1400)
    assert dialog.summary.cashier == "收银 张强" and dialog.summary.closed is not None
    # the cashier's day is closed: no more sales on it
    with pytest.raises(UserError, match="closed"):
        service.sell(ctx.db, cashier, SaleRequest(None, "lunch", 1, "cash"))


def test_an_administrator_reopens_a_closed_drawer_from_the_day_close(qtbot, ctx, cashier, frozen, no_dialogs):
    """A tester: a refund after the close said "unless an administrator reopens it", but nothing reopened a day."""
    from ui.canteen.day_close import DayCloseDialog
    from ui.context import AppContext

    frozen(LUNCH)
    service.sell(ctx.db, cashier, SaleRequest(None, "lunch", 1, "cash"))
    frozen(EVENING)
    reports.close_day(
        ctx.db, cashier, EVENING.date(), {500: 1, 100: 2}, cashier_id=cashier.user_id, reason="少找了三元"
    )
    cashiers_own = DayCloseDialog(AppContext(ctx.db, cashier), None)  # a cashier never sees the button
    qtbot.addWidget(cashiers_own)
    assert not cashiers_own.reopen_btn.isVisibleTo(cashiers_own)
    dialog = DayCloseDialog(ctx, None)  # the administrator's
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.drawer.setCurrentIndex(dialog.drawer.findData(cashier.user_id))
    assert dialog.reopen_btn.isVisible() and dialog.reopen_btn.isEnabled() and not dialog.ok.isEnabled()
    assert "closed" in dialog.drawer.currentText()
    no_dialogs.text_answers.append("")  # no reason: refused, nothing changes
    qtbot.mouseClick(dialog.reopen_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "error"
    no_dialogs.text_answers.append("顾客要退饭卡余额")
    qtbot.mouseClick(dialog.reopen_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "inform"
    with ctx.db.read() as s:
        close = s.execute(select(DayClose)).scalar_one()
        assert close.reopened_by_id == ctx.actor.user_id and close.reopen_reason == "顾客要退饭卡余额"
    assert dialog.ok.isEnabled() and not dialog.reopen_btn.isEnabled() and "closed" not in dialog.drawer.currentText()
    service.sell(ctx.db, cashier, SaleRequest(None, "lunch", 1, "cash"))  # the day takes sales again


def test_a_cashier_closes_only_their_own_drawer(db, admin, cashier, frozen):
    frozen(EVENING)
    with pytest.raises(PermissionDenied):
        reports.close_day(db, cashier, EVENING.date(), {}, cashier_id=admin.user_id)
    with pytest.raises(PermissionDenied):
        reports.day_drawers(db, cashier, EVENING.date())
    reports.close_day(db, cashier, EVENING.date(), {}, cashier_id=cashier.user_id)


def test_a_cashiers_day_close_shows_no_picker(qtbot, ctx, cashier, frozen):
    frozen(EVENING)
    ctx.set_actor(cashier)
    from ui.canteen.day_close import DayCloseDialog

    dialog = DayCloseDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.drawer.isVisible()
    assert dialog.heading.text() == "Closes 2026-11-30, the drawer of 收银 张强"


@pytest.mark.parametrize(
    "sold_on, opens_on",
    [
        ([dt.date(2026, 9, 14)], (2026, 9)),  # October had nothing: September
        ([dt.date(2026, 9, 14), dt.date(2026, 11, 2)], (2026, 11)),  # this month has data
        ([], (2026, 10)),  # nothing at all: last month
    ],
)
def test_the_settlement_opens_on_the_latest_month_with_data(qtbot, ctx, frozen, sold_on, opens_on):
    from ui.canteen.settlement_dialog import SettlementDialog

    for day in sold_on:
        frozen(dt.datetime.combine(day, dt.time(11, 30)))
        service.sell(ctx.db, ctx.actor, SaleRequest(None, "lunch", 1, "cash"))
    frozen(dt.datetime(2026, 11, 29, 10, 0))
    assert settlement.latest_month_with_tickets(ctx.db) == (opens_on if sold_on else None)
    dialog = SettlementDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert (dialog.year.value(), dialog.number.value()) == opens_on


# A fast double action on the sale screen is one sale: a double click on Sell, Enter in the scan box followed by a
# click on Sell; the cashier still reads the sale's own message (not "choose a diner first" written over it).


def _pick(qtbot, screen, phone):
    qtbot.keyClicks(screen.scan, phone)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.diner_id is not None


def test_a_double_click_on_sell_sells_once(qtbot, ctx, screen, no_dialogs):
    _add(ctx.db, ctx.actor, "孙大妈", dt.date(1944, 1, 1), phone="13912345678")
    _pick(qtbot, screen, "13912345678")
    double_click(qtbot, screen.sell_button)
    assert _tickets(ctx.db) == 1 and no_dialogs.messages == []
    assert "20261130-L-0001" in screen.message.text(), screen.message.text()


def test_enter_then_a_click_on_sell_sells_once(qtbot, ctx, screen, no_dialogs):
    _add(ctx.db, ctx.actor, "孙大妈", dt.date(1944, 1, 1), phone="13912345678")
    _pick(qtbot, screen, "13912345678")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.sell_button, Qt.MouseButton.LeftButton)
    assert _tickets(ctx.db) == 1 and no_dialogs.messages == []
    assert "20261130-L-0001" in screen.message.text(), screen.message.text()



def test_a_scanners_echo_enter_does_not_sell_and_the_cashiers_own_enter_does(qtbot, ctx, screen, no_dialogs, ticks):
    """Fresh clerk test: scan + Enter + Enter sold at once (a CR+LF scanner sends a second Enter). An Enter within
    the echo window of the scan's own Enter (ui/common/scan_echo.py, the book room's rule) leaves the diner chosen
    and sells nothing; the cashier's Enter a moment later sells, as before."""
    _add(ctx.db, ctx.actor, "孙大妈", dt.date(1944, 1, 1), phone="13912345678")
    qtbot.keyClicks(screen.scan, "13912345678")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.name.text() == "孙大妈"
    ticks.advance(0.03)  # the scanner's LF
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert _tickets(ctx.db) == 0 and screen.name.text() == "孙大妈" and no_dialogs.messages == []
    ticks.advance(0.6)  # the cashier looks at the price, then Enter
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert _tickets(ctx.db) == 1 and "20261130-L-0001" in screen.message.text()
