"""A new clerk's canteen (cashier 张强, demo data): a void or a card payment is checked before anyone is asked to
confirm or approve (an already void ticket, a diner without a meal card), the void button says why it is disabled on
a void row, and an amount finer than the fen says so in every money field of the canteen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.accounts.service import actor_for, create_user
from app.canteen import service
from app.canteen.service import LateSaleNeedsApproval, RepeatMealNeedsConfirmation, SaleRequest
from app.errors import UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from app.typed import too_many_decimals
from db.models.canteen import MealTicket

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
AFTERNOON = dt.datetime(2026, 11, 30, 15, 0)
EVENING = dt.datetime(2026, 11, 30, 18, 30)


@pytest.fixture
def cashier(db, admin):
    return actor_for(db, create_user(db, admin, "shouyin", "收银 张强", "cashier-pw-1", ["cashier"]))


@pytest.fixture
def elder(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))


def test_a_void_ticket_is_refused_before_any_approval(db, admin, cashier, supervisor, frozen):
    frozen(LUNCH)
    sold = service.sell(db, cashier, SaleRequest(None, "lunch", 1, "cash"))
    assert service.void_refusal(db, sold.ticket_id) is None
    service.void_ticket(db, cashier, supervisor, sold.ticket_id, "客人不要了")
    assert service.void_refusal(db, sold.ticket_id) == "This ticket is already void."


def test_paying_by_card_without_a_card_is_refused_before_the_second_meal_question(db, cashier, elder, frozen):
    """ "再按原价 ¥10 卖一份吗？" came first, then "该就餐人没有饭卡。": the card is checked first."""
    frozen(LUNCH)
    service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    with pytest.raises(UserError) as info:
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "card"))
    assert not isinstance(info.value, RepeatMealNeedsConfirmation)
    assert info.value.message == "This diner has no meal card."


def test_paying_by_card_without_a_card_is_refused_before_the_late_approval(db, cashier, elder, frozen):
    frozen(AFTERNOON)
    with pytest.raises(LateSaleNeedsApproval):  # the setting's default: a late subsidised meal needs approval
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    with pytest.raises(UserError) as info:
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "card"))
    assert not isinstance(info.value, LateSaleNeedsApproval)
    assert info.value.message == "This diner has no meal card."


@pytest.mark.parametrize("text", ["10.005", "１０．００５", "¥1,000.123", "0.001元"])
def test_an_amount_finer_than_the_fen_says_so(text):
    message = too_many_decimals(text)
    assert message is not None and "more than 2 decimals" in message


@pytest.mark.parametrize("text", ["10.05", "10", "abc", "", "-1.005", "1.2.3"])
def test_other_text_is_not_called_too_many_decimals(text):
    assert too_many_decimals(text) is None


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


def test_void_is_disabled_on_a_void_row_and_asks_nothing_for_a_ticket_voided_elsewhere(
    qtbot, ctx, screen, no_dialogs, monkeypatch, supervisor
):
    from ui.accounts import approval

    asked = []
    monkeypatch.setattr(approval, "ask_approval", lambda *a: asked.append(a) or supervisor)
    for _ in range(2):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    screen.table.selectRow(0)
    assert screen.void_button.isEnabled()
    no_dialogs.text_answers.append("客人不要了")
    screen.void_selected()
    assert len(asked) == 1
    screen.table.selectRow(0)
    row = screen._selected_ticket()
    assert row.status == "void"
    assert not screen.void_button.isEnabled() and screen.void_button.toolTip() == "This ticket is void already."
    # the other ticket, chosen here, is voided at another till before 作废… is pressed
    screen.table.selectRow(1)
    other = screen._selected_ticket()
    assert other.status == "sold" and screen.void_button.isEnabled()
    service.void_ticket(ctx.db, ctx.actor, supervisor, other.id, "另一台收银机作废")
    messages = len(no_dialogs.messages)
    screen.void_selected()
    assert len(no_dialogs.messages) == messages and len(asked) == 1  # no reason, no password asked
    assert screen.message.text() == "This ticket is already void."


def test_the_card_payment_says_no_card_before_asking_about_a_second_meal(qtbot, ctx, screen, no_dialogs, elder):
    screen.pick(elder)
    screen.sell()
    screen.pick(elder)
    screen.set_payment("card")
    screen.sell()
    assert not [m for m in no_dialogs.messages if m[0] == "confirm"]
    assert screen.message.text() == "This diner has no meal card."
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 1


def test_cash_tendered_with_three_decimals_says_so(qtbot, ctx, screen, no_dialogs):
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClicks(screen.tendered, "10.005")
    screen.sell()
    assert "more than 2 decimals" in screen.message.text() and "not a number" not in screen.message.text()
    screen.tendered.setText("abc")
    screen.sell()
    assert screen.message.text() == "The amount tendered is not a number."


def test_too_little_cash_leaves_the_cursor_in_the_cash_box_to_correct_it(qtbot, ctx, screen, no_dialogs):
    """A clerk typed ¥5 for a ¥10 meal: the refusal keeps the cursor in the amount tendered, its text selected, so
    the corrected amount replaces it (it went to the diner search, and "50" + Enter searched phones ending in 50)."""
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClicks(screen.tendered, "5")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert "less than" in screen.message.text()
    assert screen.tendered.hasFocus() and screen.tendered.selectedText() == "5"
    qtbot.keyClicks(screen.tendered, "50")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert screen.message.text().startswith("Sold ") and "change" in screen.message.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 1


def test_a_meal_card_amount_with_three_decimals_says_so(qtbot, ctx, elder, frozen, no_dialogs):
    from ui.canteen.card_dialog import MealCardDialog

    frozen(LUNCH)
    service.open_card(ctx.db, ctx.actor, elder, "C0001")
    dialog = MealCardDialog(ctx, elder, None)
    qtbot.addWidget(dialog)
    dialog.amount.setText("10.005")
    dialog.move("topup")
    assert no_dialogs.messages[-1][0] == "warn" and "more than 2 decimals" in no_dialogs.messages[-1][1]


def test_the_settings_money_fields_with_three_decimals_say_so(qtbot, ctx, frozen):
    from ui.canteen.settings_dialog import RuleEditor, SlotEditor

    frozen(LUNCH)
    slots = SlotEditor(ctx, None)
    qtbot.addWidget(slots)
    slots.price.setText("10.005")
    assert not slots.validate() and "more than 2 decimals" in slots.errors.text()
    rules = RuleEditor(ctx, None)
    qtbot.addWidget(rules)
    for edit in (*rules.amounts.values(), rules.min_price, rules.fixed_price):
        edit.setText("1.005")
        assert not rules.validate() and "more than 2 decimals" in rules.errors.text(), edit.objectName()
        edit.setText("")
