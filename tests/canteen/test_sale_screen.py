"""The lunch rush with the keyboard only."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.canteen import reports, service
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealTicket
from tests.helpers import human_pause, type_text
from ui.canteen.models import TicketsModel
from ui.canteen.page import SaleScreen, parse_yuan

LUNCH = dt.datetime(2026, 11, 30, 11, 30)


@pytest.fixture
def screen(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.common import documents

    printed = []
    monkeypatch.setattr(documents, "print_silently", lambda path: printed.append(path) or True)
    w = SaleScreen(ctx)
    w.printed = printed
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def add(ctx, name, born, phone=None, id_number=""):
    return residents.create_resident(
        ctx.db, ctx.actor, ResidentInput(name=name, birth_date=born, phone=phone or "", id_number=id_number)
    )


def key(qtbot, w, k, n=1):
    for _ in range(n):
        qtbot.keyClick(w.focusWidget() or w.scan, k)


def test_parse_yuan():
    assert parse_yuan("12") == 1200 and parse_yuan("12.5") == 1250 and parse_yuan("¥0.05") == 5
    assert parse_yuan("abc") is None and parse_yuan("1.234") is None and parse_yuan("") is None


def test_twenty_tickets_with_the_keyboard_only(qtbot, ctx, screen, no_dialogs):
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1), id_number="110105194405010014")
    add(ctx, "孙大妈", dt.date(1950, 1, 1), phone="13912345678")
    card_holder = add(ctx, "周爷爷", dt.date(1936, 3, 3))
    service.open_card(ctx.db, ctx.actor, card_holder, "C8888")
    service.card_movement(ctx.db, ctx.actor, card_holder, 10000, "topup")

    # 1. scan an ID card (the reader types the number and Enter), Enter sells: two keystrokes after the scan
    qtbot.keyClicks(screen.scan, "110105194405010014")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.name.text() == "赵善庆"
    assert "¥6" in screen.split.text() and "¥4" in screen.split.text()
    human_pause()  # the cashier's own Enter, not the scanner's echo
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "20261130-L-0001" in screen.message.text()
    assert screen.scan.hasFocus()

    # 2. a cash sale with change: pinyin initials, Enter, F9, tendered 10, Enter
    type_text(qtbot, screen.scan, "sdm")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.name.text() == "孙大妈"
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert screen.tendered.hasFocus()
    qtbot.keyClicks(screen.tendered, "10")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert "change ¥" in screen.message.text()

    # 3. a meal-card sale: scan the card, F8, Enter
    qtbot.keyClicks(screen.scan, "C8888")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    human_pause()  # the cashier's own Enter, not the scanner's echo
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "card balance" in screen.message.text()

    # 4. a walk-in guest buying two meals: F4, 2, Enter
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)
    assert "2" in screen.quantity_label.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)

    # 5. sixteen more by phone digits and WeChat Pay (F6); from the second on, the cashier confirms each
    # further meal of the day at full price (the question is answered yes)
    for _ in range(16):
        qtbot.keyClicks(screen.scan, "13912345678")
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
        qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
        human_pause()  # the cashier's own Enter, not the scanner's echo
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)

    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 20
        guest = s.execute(select(MealTicket).where(MealTicket.guest)).scalar_one()
        assert guest.quantity == 2 and guest.self_paid_fen == 2000
        elder_ticket = s.execute(select(MealTicket).where(MealTicket.resident_id == elder)).scalar_one()
        assert elder_ticket.subsidy_fen == 600
    assert len(screen.printed) == 20  # every receipt printed, no dialog in the way
    assert screen.model.rowCount() == 20
    summary = reports.day_summary(ctx.db, LUNCH.date(), ctx.actor.user_id)
    assert summary.tickets == 20 and summary.by_payment["card"] > 0


def test_escape_and_errors_keep_the_cursor_in_the_scan_box(qtbot, ctx, screen):
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # nothing chosen: nothing sold
    qtbot.keyClicks(screen.scan, "zzzz")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "No diner matches" in screen.message.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    qtbot.keyClicks(screen.tendered, "5")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert "less than" in screen.message.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert screen.name.text() != "" and screen.scan.hasFocus()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 0


def test_void_needs_a_supervisor_and_serving_refuses_twice(qtbot, ctx, screen, no_dialogs, monkeypatch, supervisor):
    from ui.accounts import approval

    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    screen.table.selectRow(0)
    no_dialogs.text_answers.append("客人不要了")
    monkeypatch.setattr(approval, "ask_approval", lambda parent, ctx_, purpose, roles: None)  # cancelled
    screen.void_selected()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).where(MealTicket.status == "void")).scalar() == 0
    no_dialogs.text_answers.append("客人不要了")
    monkeypatch.setattr(approval, "ask_approval", lambda parent, ctx_, purpose, roles: supervisor)
    screen.void_selected()
    with ctx.db.read() as s:
        void = s.execute(select(MealTicket).where(MealTicket.status == "void")).scalar_one()
        other = s.execute(select(MealTicket).where(MealTicket.status == "sold")).scalar_one()
    assert void.void_reason == "客人不要了"
    screen.serve_mode.setChecked(True)
    qtbot.keyClicks(screen.scan, other.number)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "Serve" in screen.message.text()
    qtbot.keyClicks(screen.scan, other.number)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "already served" in screen.message.text()


def test_tickets_model_passes_the_model_tester_and_pages(qtmodeltester, ctx, frozen):
    frozen(LUNCH)
    for _ in range(25):
        service.sell(ctx.db, ctx.actor, service.SaleRequest(None, "lunch", 1, "cash"))
    model = TicketsModel(ctx.db, None)
    model.PAGE, model.FIRST_PAGE = 10, 5
    model.reload()
    assert model.rowCount() == 5  # a first screenful, not the whole history
    model.fetchMore()
    assert model.rowCount() == 15  # then a page at a time
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    assert [model.index(r, TicketsModel.NUMBER).data() for r in (0, 24)] == [
        model.row_at(0).number,
        model.row_at(24).number,
    ]
    assert not model.index(25, 0).isValid() and not model.index(0, 8).isValid()
    qtmodeltester.check(model)


def _count_tickets(ctx) -> int:
    with ctx.db.read() as s:
        return s.execute(select(func.count()).select_from(MealTicket)).scalar()


def test_a_late_subsidised_lunch_asks_a_supervisor_and_sells_once_approved(
    qtbot, ctx, screen, frozen, monkeypatch, supervisor
):
    from app.accounts.permissions import LATE_SALE, roles_with
    from ui.accounts import approval

    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    frozen(dt.datetime(2026, 11, 30, 15, 0))
    asked = []
    monkeypatch.setattr(approval, "ask_approval", lambda parent, ctx_, purpose, roles: asked.append(roles) or None)
    screen.set_slot("lunch")
    screen.pick(elder)
    assert screen.late_button.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # Enter sells: the approval is asked, and cancelled
    assert asked == [roles_with(LATE_SALE)] and _count_tickets(ctx) == 0
    assert "11:00–13:30" in screen.message.text()
    monkeypatch.setattr(approval, "ask_approval", lambda parent, ctx_, purpose, roles: supervisor)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    with ctx.db.read() as s:
        ticket = s.execute(select(MealTicket)).scalar_one()
    assert ticket.subsidy_fen == 600 and ticket.self_paid_fen == 400


def test_with_the_full_price_setting_f11_approves_the_subsidy(qtbot, ctx, screen, frozen, monkeypatch, supervisor):
    from app.canteen import admin as canteen_admin
    from ui.accounts import approval

    canteen_admin.set_late_sale_policy(ctx.db, ctx.actor, "full_price")
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    screen.set_slot("lunch")
    screen.pick(elder)
    assert screen.quote.subsidy_fen == 0 and screen.late_button.isVisible()
    monkeypatch.setattr(approval, "ask_approval", lambda parent, ctx_, purpose, roles: supervisor)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F11)
    assert screen.quote.subsidy_fen == 600 and not screen.late_button.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    with ctx.db.read() as s:
        assert s.execute(select(MealTicket.subsidy_fen)).scalar_one() == 600


@pytest.mark.parametrize("typed", ["99999999999", "10000.01"])
def test_a_tendered_amount_too_large_is_said_so_with_the_limit(qtbot, ctx, screen, typed):
    """Clerk's report: 99999999999 in 实收 was called "not a number". It is a number, too large: the message says so
    and names the most a cash payment may be (service.MAX_TENDER_FEN); nothing is sold."""
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)  # a walk-in guest, cash
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    qtbot.keyClicks(screen.tendered, typed)
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert screen.message.text() == "The amount tendered is too large: at most ¥10,000."
    assert screen.tendered.hasFocus()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 0
    screen.tendered.setText("abc")
    qtbot.keyClick(screen.tendered, Qt.Key.Key_Return)
    assert screen.message.text() == "The amount tendered is not a number."  # what is not a number still is not


def test_the_sale_service_says_a_too_large_tendered_amount_in_yuan(ctx, frozen, zh):
    frozen(LUNCH)
    req = service.SaleRequest(None, "lunch", 1, "cash", tendered_fen=service.MAX_TENDER_FEN + 1)
    with pytest.raises(service.ValidationError) as caught:
        service.sell(ctx.db, ctx.actor, req)
    assert "¥10,000" in caught.value.errors["tendered"] and "实收" in caught.value.errors["tendered"]


def test_a_card_top_up_too_large_is_said_so_with_the_limit(qtbot, ctx, admin, no_dialogs):
    from db.models.canteen import MealCardEntry
    from ui.canteen.card_dialog import MealCardDialog

    rid = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    service.open_card(ctx.db, admin, rid, "K0001")
    dialog = MealCardDialog(ctx, rid, None)
    qtbot.addWidget(dialog)
    dialog.amount.setText("99999999999")
    dialog.topup_button.click()
    assert no_dialogs.messages == [("warn", "The amount is too large: at most ¥5,000.")]
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCardEntry)).scalar() == 0


def test_the_counter_keys_act_while_and_after_the_matching_diners_are_shown(qtbot, ctx, screen):
    """A new clerk reported the keys dead after the list of matching diners had been shown once. They were not here
    (the list is part of the sale screen, not a window of its own; real X key events agreed): this keeps it so, with
    the keys sent to whatever has the focus, the find box or the list of matches."""
    add(ctx, "张华", dt.date(1950, 1, 1))
    add(ctx, "赵辉", dt.date(1951, 1, 1))
    type_text(qtbot, screen.scan, "zh")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.matches.isVisible() and screen.matches.count() == 2
    key(qtbot, screen, Qt.Key.Key_F4)  # while the list is shown
    assert screen.guest and not screen.matches.isVisible() and screen.scan.hasFocus()
    key(qtbot, screen, Qt.Key.Key_Escape)
    type_text(qtbot, screen.scan, "zh")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    screen.matches.setFocus()  # the cashier clicked into the list
    key(qtbot, screen, Qt.Key.Key_F6)
    assert screen.payment == "wechat"
    key(qtbot, screen, Qt.Key.Key_F9)
    assert screen.payment == "cash" and screen.tendered.hasFocus()
    key(qtbot, screen, Qt.Key.Key_Escape)
    type_text(qtbot, screen.scan, "zh")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    human_pause()  # the cashier's own Enter, not a scanner's echo
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # picks the highlighted diner: the list is gone
    assert screen.diner_id is not None and not screen.matches.isVisible()
    key(qtbot, screen, Qt.Key.Key_3)  # after the list: a quantity key, not a digit in the box
    assert screen.quantity == 3 and screen.scan.text() == ""
    key(qtbot, screen, Qt.Key.Key_F9)
    assert screen.tendered.hasFocus()
