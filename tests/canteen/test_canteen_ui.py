"""Bookings view, settlement dialog, settings dialog and the page that holds them, driven like a user would."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from app.actor import CASHIER, Actor
from app.canteen import bookings, service
from app.canteen.service import SaleRequest
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from db.models.canteen import MealBooking, MealSlot, SubsidyRule
from tests.helpers import human_pause, type_text
from ui.canteen.bookings_view import BookingView
from ui.canteen.models import BookingsModel, RulesModel
from ui.canteen.page import CanteenPage, SaleScreen
from ui.canteen.settings_dialog import CanteenSettingsDialog
from ui.canteen.settlement_dialog import SettlementDialog

SUNDAY = dt.datetime(2026, 11, 29, 16, 0)


def add(ctx, name, born, phone=""):
    return residents.create_resident(ctx.db, ctx.actor, ResidentInput(name=name, birth_date=born, phone=phone))


def test_booking_with_the_keyboard_cancel_and_kitchen_list(qtbot, ctx, frozen, no_dialogs, previews, qtmodeltester):
    frozen(SUNDAY)
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    add(ctx, "孙大妈", dt.date(1950, 1, 1), phone="13912345678")
    view = BookingView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.selected_day() == dt.date(2026, 11, 30)
    type_text(qtbot, view.find, "zsq")
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    assert view.chosen.text().startswith("赵善庆")
    qtbot.keyClick(view.find, Qt.Key.Key_Return)  # Enter again books
    qtbot.keyClicks(view.find, "13912345678")
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    view.quantity.setValue(2)
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    assert view.model.rowCount() == 2
    assert "3 meals (2 diners)" in view.counts.text()
    qtbot.keyClick(view.find, Qt.Key.Key_Return)  # nobody chosen: nothing booked
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)

    view.table.selectRow([r.resident_id for r in view.model._rows].index(elder))
    no_dialogs.text_answers.append("住院了")
    view.cancel_selected()
    assert "Cancelled: 住院了" in [view.model.display(r, BookingsModel.STATUS) for r in view.model._rows]
    assert "2 meals (1 diners)" in view.counts.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealBooking)).scalar() == 2
    view.kitchen_list()
    assert previews and previews[-1].suffix == ".pdf"

    # an error says what is wrong and writes nothing: the same diner twice
    type_text(qtbot, view.find, "sdm")
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    qtbot.keyClick(view.find, Qt.Key.Key_Return)
    assert "already has a booking" in view.message.text()


def test_the_sale_screen_shows_a_booking_and_uses_it(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(SUNDAY)
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    bookings.book(ctx.db, ctx.actor, elder, dt.date(2026, 11, 30), "lunch", 2)
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    from ui.common import documents

    monkeypatch.setattr(documents, "print_silently", lambda path: True)
    screen = SaleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    type_text(qtbot, screen.scan, "zsq")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "booked ×2" in screen.detail.text() and screen.quantity == 2
    human_pause()  # the cashier's own Enter, not the scanner's echo
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    with ctx.db.read() as s:
        assert s.execute(select(MealBooking.status)).scalar() == "used"


def _sell_october(ctx, frozen, diner):
    for day in (5, 6):
        frozen(dt.datetime(2026, 10, day, 11, 30))
        service.sell(ctx.db, ctx.actor, SaleRequest(diner, "lunch", 1, "cash"))
        from app.canteen import reports

        s = reports.day_summary(ctx.db, dt.date(2026, 10, day), ctx.actor.user_id)
        reports.close_day(ctx.db, ctx.actor, dt.date(2026, 10, day), {100: s.expected_cash_fen // 100})


def test_settlement_dialog_exports_off_the_ui_thread_settles_and_unlocks(qtbot, ctx, frozen, no_dialogs, previews):
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    _sell_october(ctx, frozen, elder)
    frozen(dt.datetime(2026, 11, 29, 10, 0))
    dialog = SettlementDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert (dialog.year.value(), dialog.number.value()) == (2026, 10)
    assert "not settled" in dialog.status.text()
    dialog.with_tickets.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=30000)
    assert previews and "Meals (人次) 2" in dialog.figures.text()
    assert dialog.export_button.isEnabled()
    xlsx = previews[-1].with_suffix(".xlsx")
    assert xlsx.exists() and xlsx.read_bytes()[:2] == b"PK"
    no_dialogs.confirm_answers.append(False)
    dialog.settle()
    assert "not settled" in dialog.status.text()
    dialog.settle()
    assert "locked" in dialog.status.text() and dialog.unlock_button.isEnabled()
    no_dialogs.text_answers.append("更正")
    dialog.unlock()
    assert "not settled" in dialog.status.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).where(AuditEntry.entity == "canteen_settlement")).scalar() == 3
    dialog.kind.setCurrentIndex(1)
    assert dialog.number.maximum() == 4


def test_settlement_dialog_for_a_cashier_cannot_settle(qtbot, ctx, frozen):
    frozen(SUNDAY)
    ctx.set_actor(Actor(ctx.actor.user_id, "c", "c", frozenset({CASHIER})))
    dialog = SettlementDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert not dialog.settle_button.isEnabled() and not dialog.unlock_button.isEnabled()


def test_settings_validate_as_one_types_and_save_versions(qtbot, ctx, frozen, no_dialogs, qtmodeltester):
    frozen(SUNDAY)
    dialog = CanteenSettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    slots = dialog.slots
    slots.slot.setCurrentIndex(slots.slot.findData("lunch"))
    assert slots.save.isEnabled() and slots.errors.text() == ""
    slots.price.clear()
    qtbot.keyClicks(slots.price, "abc")
    assert not slots.save.isEnabled() and "price" in slots.errors.text()
    slots.price.clear()
    qtbot.keyClicks(slots.price, "12.5")
    slots.ends.setText("10:00")
    assert "end after" in slots.errors.text()
    slots.ends.setText("13:00")
    assert slots.save.isEnabled()
    slots.save.click()
    with ctx.db.read() as s:
        lunch = s.get(MealSlot, "lunch")
        assert (lunch.price_fen, lunch.ends) == (1250, "13:00")

    rules = dialog.rules
    qtmodeltester.check(rules.model)
    before = rules.model.rowCount()
    rules.table.selectRow(0)
    row = rules.model.row_at(0)
    rules.table.setCurrentIndex(rules.model.index(0, 0))
    rules.copy_selected()
    assert rules.name.text() == row.name and rules.replaces.currentData() == row.id
    rules.effective.setDate(QDate(2026, 11, 1))
    assert not rules.add_button.isEnabled() and "past tickets" in rules.errors.text()
    rules.effective.setDate(QDate(2026, 12, 1))
    rules.amounts["city"].setText("x")
    assert not rules.add_button.isEnabled()
    rules.amounts["city"].setText("1")
    assert rules.add_button.isEnabled(), rules.errors.text()
    rules.add_button.click()
    assert rules.model.rowCount() == before + 1
    with ctx.db.read() as s:
        old = s.get(SubsidyRule, row.id)
        assert old.effective_to == dt.date(2026, 11, 30)
    qtmodeltester.check(RulesModel())


@pytest.mark.parametrize("roles, settings_visible", [({"admin"}, True), ({CASHIER}, False)])
def test_page_tabs_and_settings_for_admins_only(qtbot, ctx, frozen, roles, settings_visible):
    frozen(SUNDAY)
    ctx.set_actor(Actor(ctx.actor.user_id, ctx.actor.username, "x", frozenset(roles)))
    page = CanteenPage(ctx)
    qtbot.addWidget(page)
    page.show()
    # sale, bookings and the counter's month in figures (ui.reports.section)
    assert page.count() == 3 and page.currentWidget() is page.sale
    assert page.widget(2).objectName() == "canteenFiguresTab"
    assert page.settings_button.isVisible() is settings_visible


def test_reprint_is_a_counted_copy_and_an_archived_diner_cannot_buy(qtbot, ctx, frozen, monkeypatch):
    from app.canteen import reports
    from db.models.canteen import MealTicket
    from tests.pdfcheck import assert_pdf_ok
    from ui.common import documents

    frozen(dt.datetime(2026, 11, 30, 11, 30))
    printed = []
    monkeypatch.setattr(documents, "print_silently", lambda path: printed.append(path) or True)
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    screen = SaleScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.pick(elder)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    screen.table.selectRow(0)
    screen.reprint_selected()
    assert printed[-1].name.endswith("-copy.pdf")
    assert_pdf_ok(printed[-1], "副本")
    with ctx.db.read() as s:
        t = s.execute(select(MealTicket)).scalar_one()
        assert t.reprints == 1
        assert s.execute(select(func.count()).where(AuditEntry.action == "reprint")).scalar() == 1
    assert reports.ticket_receipt(ctx.db, t.id)  # the original still renders

    residents.archive_resident(ctx.db, ctx.actor, elder, "搬走")
    screen.pick(elder)
    assert not screen.sell_button.isEnabled() and "archived" in screen.split.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "archived" in screen.message.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 1


def test_profile_section_shows_tickets_subsidy_and_card_balance(qtbot, ctx, frozen):
    from PySide6.QtWidgets import QLabel

    from ui.canteen.profile import create_profile_section

    frozen(dt.datetime(2026, 11, 30, 11, 30))  # a Monday lunch: subsidies apply
    elder = add(ctx, "赵善庆", dt.date(1944, 5, 1))
    nobody = add(ctx, "钱小明", dt.date(1990, 5, 1))
    assert create_profile_section(ctx, nobody) is None
    service.open_card(ctx.db, ctx.actor, elder, "C0777")
    service.card_movement(ctx.db, ctx.actor, elder, 2000, "topup")
    sold = service.sell(ctx.db, ctx.actor, SaleRequest(elder, "lunch", 1, "card"))
    void = service.sell(ctx.db, ctx.actor, SaleRequest(elder, "lunch", 1, "cash", repeat_ok=True))
    from app.accounts.service import actor_for, create_user

    supervisor = actor_for(ctx.db, create_user(ctx.db, ctx.actor, "zhuguan", "主管 李梅", "supervisor-pw", ["admin"]))
    service.void_ticket(ctx.db, ctx.actor, supervisor, void.ticket_id, "点错")
    box = create_profile_section(ctx, elder)
    qtbot.addWidget(box)
    texts = [w.text() for w in box.findChildren(QLabel)]
    assert "1" in texts  # the voided ticket does not count
    assert f"¥{sold.quote.subsidy_fen // 100}" in texts
    assert "2026-11-30" in texts
    assert f"C0777 · ¥{sold.balance_fen // 100}" in texts


def test_the_late_sale_setting_is_chosen_in_the_meals_tab(qtbot, ctx, frozen, no_dialogs):
    frozen(SUNDAY)
    dialog = CanteenSettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    combo = dialog.slots.late_policy
    assert combo.currentData() == "refuse" == service.late_sale_policy(ctx.db)
    combo.setCurrentIndex(combo.findData("full_price"))
    assert service.late_sale_policy(ctx.db) == "full_price"
    assert "stack" in dialog.rules.stacking.text() or "scheme" in dialog.rules.stacking.text()


def _audits(db, action=None) -> int:
    with db.read() as s:
        q = select(func.count()).select_from(AuditEntry)
        if action:
            q = q.where(AuditEntry.action == action)
        return s.execute(q).scalar()


def _scroll_to(widget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def test_a_double_click_on_the_settings_buttons_saves_once(qtbot, ctx, frozen, no_dialogs):
    """The fault: a double click on "Add rule version" added two versions (the second replacing the first), and a
    double click on the meal's Save wrote it twice. A double click is one press (ui.common.saving)."""
    from PySide6.QtWidgets import QTabWidget

    from tests.helpers import double_click

    frozen(SUNDAY)
    dialog = CanteenSettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rules = dialog.rules
    before = rules.model.rowCount()
    rules.table.setCurrentIndex(rules.model.index(0, 0))
    rules.copy_selected()
    rules.effective.setDate(QDate(2026, 12, 1))
    rules.amounts["city"].setText("1")
    assert rules.add_button.isEnabled(), rules.errors.text()
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    _scroll_to(rules.add_button)
    double_click(qtbot, rules.add_button)
    assert rules.model.rowCount() == before + 1

    tabs.setCurrentIndex(0)
    slots = dialog.slots
    slots.slot.setCurrentIndex(slots.slot.findData("lunch"))
    slots.price.setText("12.5")
    _scroll_to(slots.save)
    writes = _audits(ctx.db)
    double_click(qtbot, slots.save)
    assert _audits(ctx.db) == writes + 1
