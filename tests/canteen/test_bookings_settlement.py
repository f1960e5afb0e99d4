"""Next-day booking, settlement (figures, PDF, Excel read back, the lock) and the versioned settings."""

import datetime as dt
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.actor import CASHIER, Actor
from app.canteen import admin as canteen_admin
from app.canteen import bookings, reports, service, settlement
from app.canteen.service import SaleRequest
from app.errors import UserError, ValidationError
from app.residents import service as residents
from app.residents import tags as T
from app.residents.service import ResidentInput
from db.models import AuditEntry
from db.models.canteen import MealBooking, MealTicket, SubsidyRule, TicketSubsidy
from tests.pdfcheck import assert_pdf_ok

SUNDAY = dt.datetime(2026, 11, 29, 16, 0)
MONDAY_LUNCH = dt.datetime(2026, 11, 30, 11, 30)


@pytest.fixture
def diners(db, admin):
    elder = residents.create_resident(
        db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1), id_number="110105194405010014")
    )
    other = residents.create_resident(db, admin, ResidentInput(name="孙大妈", birth_date=dt.date(1950, 1, 1)))
    poor = residents.create_resident(
        db, admin, ResidentInput(name="李低保", birth_date=dt.date(1975, 1, 1), tags={T.DIBAO: ""})
    )
    return elder, other, poor


def count(db, model, *where):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar()


# --- booking --------------------------------------------------------------------------------------------------


def test_booking_counts_for_the_kitchen_and_turns_into_a_sale(db, admin, diners, frozen, supervisor):
    frozen(SUNDAY)
    monday = MONDAY_LUNCH.date()
    b1 = bookings.book(db, admin, diners[0], monday, "lunch")
    bookings.book(db, admin, diners[1], monday, "lunch", 2, "少盐")
    b3 = bookings.book(db, admin, diners[2], monday, "dinner")
    with pytest.raises(UserError, match="already has a booking"):
        bookings.book(db, admin, diners[0], monday, "lunch")
    for bad_day in (SUNDAY.date(), SUNDAY.date() - dt.timedelta(days=3), SUNDAY.date() + dt.timedelta(days=60)):
        with pytest.raises(ValidationError):
            bookings.book(db, admin, diners[0], bad_day, "dinner")
    with pytest.raises(ValidationError):
        bookings.book(db, admin, diners[0], monday, "dinner", 0)
    with pytest.raises(ValidationError):
        bookings.cancel(db, admin, b3, "  ")
    bookings.cancel(db, admin, b3, "住院了")
    with pytest.raises(UserError, match="already cancelled"):
        bookings.cancel(db, admin, b3, "again")
    counts = {c.slot_code: c for c in bookings.kitchen_counts(db, monday)}
    assert (counts["lunch"].meals, counts["lunch"].diners) == (3, 2)
    assert (counts["dinner"].meals, counts["dinner"].cancelled) == (0, 1)
    assert count(db, MealBooking) == 3  # the cancelled one stays
    pdf = bookings.kitchen_list_pdf(db, admin, monday)
    assert_pdf_ok(pdf, "赵善庆", "孙大妈", "少盐")

    frozen(MONDAY_LUNCH)
    assert bookings.booked_quantity(db, diners[0], monday, "lunch") == 1
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    with db.read() as s:
        b = s.get(MealBooking, b1)
        assert b.status == "used" and b.ticket_id == res.ticket_id
    assert bookings.booked_quantity(db, diners[0], monday, "lunch") == 0
    # the kitchen still counts it (it is being eaten), and a void opens the booking again
    assert {c.slot_code: c.meals for c in bookings.kitchen_counts(db, monday)}["lunch"] == 3
    with pytest.raises(UserError, match="used by a sale"):
        bookings.cancel(db, admin, b1, "x")
    service.void_ticket(db, admin, supervisor, res.ticket_id, "错卖")
    assert bookings.booked_quantity(db, diners[0], monday, "lunch") == 1


def test_bookings_hold_portions_against_the_limit(db, admin, diners, frozen):
    from db.models.canteen import MealSlot

    with db.write() as s:
        s.get(MealSlot, "lunch").portion_limit = 3
    frozen(SUNDAY)
    monday = MONDAY_LUNCH.date()
    bookings.book(db, admin, diners[0], monday, "lunch", 2)
    with pytest.raises(UserError, match="Only 1 portions"):
        bookings.book(db, admin, diners[1], monday, "lunch", 2)
    frozen(MONDAY_LUNCH)
    with pytest.raises(UserError, match="Only 1 portions"):
        service.sell(db, admin, SaleRequest(diners[1], "lunch", 2, "cash"))
    service.sell(db, admin, SaleRequest(diners[0], "lunch", 2, "cash"))  # the booked diner gets theirs
    service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))
    with pytest.raises(UserError, match="Only 0 portions"):
        service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))


def test_archived_diner_cannot_book(db, admin, diners, frozen):
    frozen(SUNDAY)
    residents.archive_resident(db, admin, diners[0], "搬走")
    with pytest.raises(UserError, match="archived"):
        bookings.book(db, admin, diners[0], MONDAY_LUNCH.date(), "lunch")


# --- settlement -----------------------------------------------------------------------------------------------


def _sell_month(db, admin, diners, frozen):
    """A few days of November 2026 and one December sale (outside the period)."""
    sold = []
    for day in (2, 3, 4, 10, 30):
        frozen(dt.datetime(2026, 11, day, 11, 30))
        sold.append(service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash")))
        sold.append(service.sell(db, admin, SaleRequest(diners[1], "lunch", 2, "wechat")))
        sold.append(service.sell(db, admin, SaleRequest(diners[2], "lunch", 1, "alipay")))
        service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))  # a guest: no subsidy, not settled
    from sqlalchemy import select as _select

    from app.accounts.service import actor_for, create_user
    from db.models import User

    with db.read() as s:
        uid = s.execute(_select(User.id).where(User.username == "zhuguan")).scalar()
    supervisor = actor_for(db, uid or create_user(db, admin, "zhuguan", "主管 李梅", "supervisor-pw", ["admin"]))
    service.void_ticket(db, admin, supervisor, sold[0].ticket_id, "退餐")
    frozen(dt.datetime(2026, 12, 1, 11, 30))
    service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    return sold


def test_settlement_figures_equal_the_database_and_the_excel_reads_back(db, admin, diners, frozen):
    _sell_month(db, admin, diners, frozen)
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    starts, ends = settlement.period_bounds("month", 2026, 11)
    assert (starts, ends) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    ex = settlement.export(db, admin, "month", 2026, 11, with_tickets=True)
    st = ex.settlement
    in_scope = (
        (MealTicket.day >= starts)
        & (MealTicket.day <= ends)
        & (MealTicket.status == "sold")
        & (MealTicket.subsidy_fen > 0)
    )
    with db.read() as s:
        db_subsidy = s.execute(select(func.sum(MealTicket.subsidy_fen)).where(in_scope)).scalar()
        db_meals = s.execute(select(func.sum(MealTicket.subsidised_meals)).where(in_scope)).scalar()
        db_tickets = s.execute(select(func.count()).where(in_scope)).scalar()
        db_diners = s.execute(select(func.count(func.distinct(MealTicket.resident_id))).where(in_scope)).scalar()
        db_funders = dict(
            s.execute(
                select(TicketSubsidy.funder, func.sum(TicketSubsidy.amount_fen))
                .join(MealTicket, MealTicket.id == TicketSubsidy.ticket_id)
                .where(in_scope)
                .group_by(TicketSubsidy.funder)
            ).all()
        )
    assert (st.subsidy_fen, st.meals, st.tickets, st.distinct_diners) == (db_subsidy, db_meals, db_tickets, db_diners)
    assert st.by_funder == db_funders
    assert db_tickets == 14  # 15 subsidised sales, one voided; guests and December left out
    assert st.meals == 14  # the second meal of a two-meal ticket is not subsidised
    assert {t.tier for t in st.tiers} == {"80–89岁", "70–79岁", "特困/低保"}

    wb = load_workbook(BytesIO(ex.xlsx))
    assert wb.sheetnames == ["Summary", "Per diner", "Ticket detail"]

    def fen(v) -> int:
        value = Decimal(str(v)) * 100
        assert value == value.to_integral_value()
        return int(value)

    rows = list(wb["Per diner"].iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(head)}
    assert len(body) == len(st.diners)
    assert sum(fen(r[col["Subsidy"]]) for r in body) == db_subsidy
    assert sum(r[col["Meals (人次)"]] for r in body) == db_meals
    assert len({r[col["Name"]] for r in body}) == db_diners
    for funder, label in (("city", "city subsidy"), ("district", "district subsidy"), ("street", "street subsidy")):
        assert sum(fen(r[col[label]]) for r in body) == db_funders.get(funder, 0)
    ids = {r[col["Name"]]: r[col["ID number"]] for r in body}
    assert ids["赵善庆"] == "110105********0014" and ids["孙大妈"] is None
    ticket_rows = list(wb["Ticket detail"].iter_rows(values_only=True))[1:]
    assert len(ticket_rows) == db_tickets
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert fen(summary["Subsidy total"]) == db_subsidy
    assert summary["Meal count (人次)"] == db_meals and summary["Distinct diners"] == db_diners
    assert wb["Per diner"].cell(2, col["Subsidy"] + 1).number_format == "0.00"

    text = assert_pdf_ok(ex.pdf, "赵善庆", "李低保", "Prepared by", "Reviewed by", "Center seal")
    assert "110105194405010014" not in text and "110105********0014" in text
    with db.read() as s:
        assert s.execute(select(func.count()).where(AuditEntry.action == "export")).scalar() == 1


def test_settling_locks_the_period_and_an_admin_unlock_is_audited(db, admin, diners, frozen, supervisor):
    sold = _sell_month(db, admin, diners, frozen)
    frozen(dt.datetime(2026, 11, 30, 20, 0))
    with pytest.raises(UserError, match="not over"):
        settlement.settle(db, admin, "month", 2026, 11)
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    with pytest.raises(UserError, match="Close these cashier days"):
        settlement.settle(db, admin, "month", 2026, 11)
    for day in (2, 3, 4, 10, 30):
        d = dt.date(2026, 11, day)
        s = reports.day_summary(db, d, admin.user_id)
        reports.close_day(db, admin, d, {100: s.expected_cash_fen // 100, 10: (s.expected_cash_fen % 100) // 10})
    cashier = Actor(admin.user_id, "c", "c", frozenset({CASHIER}))
    with pytest.raises(UserError, match="administrator"):
        settlement.settle(db, cashier, "month", 2026, 11)
    st = settlement.settle(db, admin, "month", 2026, 11)
    assert st.locked and st.settlement_id
    with pytest.raises(UserError, match="already settled"):
        settlement.settle(db, admin, "month", 2026, 11)
    # nothing moves inside a settled period
    with pytest.raises(UserError, match="settled"):
        reports.reopen_day(db, admin, dt.date(2026, 11, 30), admin.user_id, "补录")
    from db.models.canteen import DayClose

    with db.write() as s:  # even were the day open, the lock refuses the void
        for c in s.execute(select(DayClose)).scalars():
            c.reopened_at = c.closed_at
    with pytest.raises(UserError, match="settled"):
        service.void_ticket(db, admin, supervisor, sold[1].ticket_id, "x")
    frozen(dt.datetime(2026, 11, 20, 11, 30))  # a clock set back cannot sell into it either
    with pytest.raises(UserError, match="settled"):
        service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    with pytest.raises(ValidationError):
        settlement.unlock(db, admin, dt.date(2026, 11, 1), "")
    with pytest.raises(UserError, match="administrator"):
        settlement.unlock(db, cashier, dt.date(2026, 11, 1), "更正")
    settlement.unlock(db, admin, dt.date(2026, 11, 1), "更正一张票")
    service.void_ticket(db, admin, supervisor, sold[1].ticket_id, "更正")
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.entity == "canteen_settlement"))]
    assert actions == ["settle", "unlock"]


def test_period_bounds_refuse_nonsense():
    assert settlement.period_bounds("quarter", 2026, 4) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert settlement.period_bounds("month", 2028, 2)[1] == dt.date(2028, 2, 29)
    for args in (("month", 2026, 13), ("quarter", 2026, 0), ("week", 2026, 1), ("month", 1900, 1)):
        with pytest.raises(ValidationError):
            settlement.period_bounds(*args)


def test_void_needs_an_administrator_as_approver(db, admin, diners, frozen):
    frozen(MONDAY_LUNCH)
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    from app.accounts.service import actor_for, create_user

    cashier = actor_for(db, create_user(db, admin, "c", "c", "cashier-pw-1", [CASHIER]))
    with pytest.raises(UserError, match="supervisor"):
        service.void_ticket(db, admin, cashier, res.ticket_id, "x")
    assert count(db, MealTicket, MealTicket.status == "void") == 0


# --- settings ---------------------------------------------------------------------------------------------------


def test_slot_settings_validate_and_audit(db, admin, frozen):
    frozen(SUNDAY)
    bad = canteen_admin.SlotInput(name="", starts="25:00", ends="11:00", price_fen=-1, portion_limit=0)
    assert set(canteen_admin.validate_slot(bad)) == {"name", "starts", "price", "portion_limit"}
    assert "ends" in canteen_admin.validate_slot(canteen_admin.SlotInput("午餐", "12:00", "11:00", 1000))
    with pytest.raises(ValidationError):
        canteen_admin.update_slot(db, admin, "lunch", bad)
    cashier = Actor(admin.user_id, "c", "c", frozenset({CASHIER}))
    good = canteen_admin.SlotInput("午餐", "11:00", "13:00", 1200, "三荤两素", 150)
    with pytest.raises(UserError, match="administrator"):
        canteen_admin.update_slot(db, cashier, "lunch", good)
    canteen_admin.update_slot(db, admin, "lunch", good)
    assert [s for s in service.slots(db) if s.code == "lunch"][0].price_fen == 1200
    assert count(db, AuditEntry, AuditEntry.entity == "meal_slot") == 1


def test_a_new_rule_version_leaves_past_tickets_and_history_alone(db, admin, diners, frozen):
    frozen(MONDAY_LUNCH)
    before = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    assert before.quote.subsidy_fen == 600
    with db.read() as s:
        rule = s.execute(select(SubsidyRule).where(SubsidyRule.name == "80–89岁")).scalar_one()
    inp = canteen_admin.RuleInput(
        name="80–89岁",
        effective_from=dt.date(2026, 11, 20),
        min_age=80,
        max_age=89,
        slots=("lunch",),
        district_fen=500,
        street_fen=300,
        min_price_fen=100,
    )
    assert "effective_from" in canteen_admin.validate_rule(inp)  # not in the past
    assert "min_age" in canteen_admin.validate_rule(
        canteen_admin.RuleInput(name="x", effective_from=dt.date(2026, 12, 1), district_fen=1)
    )
    inp.effective_from = dt.date(2026, 12, 1)
    new_id = canteen_admin.add_rule_version(db, admin, inp, replaces=rule.id)
    with db.read() as s:
        old = s.get(SubsidyRule, rule.id)
        assert old.effective_to == dt.date(2026, 11, 30) and old.district_fen == 400  # not edited in place
        assert s.get(MealTicket, before.ticket_id).subsidy_fen == 600
    assert service.quote_for(db, diners[0], "lunch", at=MONDAY_LUNCH).subsidy_fen in (0, 600)
    frozen(dt.datetime(2026, 12, 1, 11, 30))
    q = service.quote_for(db, diners[0], "lunch")
    assert q.subsidy_fen == 800 and q.rule_id == new_id
    canteen_admin.end_rule(db, admin, new_id, dt.date(2026, 12, 31))
    frozen(dt.datetime(2027, 1, 4, 11, 30))
    assert service.quote_for(db, diners[0], "lunch").subsidy_fen == 0


def test_settlement_pdf_and_kitchen_list_in_chinese(db, admin, diners, frozen, zh):
    frozen(dt.datetime(2026, 11, 3, 11, 30))
    service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    bookings.book(db, admin, diners[1], dt.date(2026, 12, 3), "lunch", 1, "少盐")
    st = settlement.compute(db, admin, "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    pdf = settlement.settlement_pdf(db, admin, st)
    assert_pdf_ok(pdf, "助餐补贴结算表", "就餐人次", "制表人", "审核人", "中心盖章", "赵善庆", "80–89岁")
    assert_pdf_ok(bookings.kitchen_list_pdf(db, admin, dt.date(2026, 12, 3)), "厨房备餐清单", "孙大妈", "少盐")
    wb = load_workbook(BytesIO(settlement.settlement_xlsx(db, admin, st)))
    assert wb.sheetnames == ["汇总", "长者明细"]


def test_settlement_export_lists_diners_so_a_cashier_is_refused(db, admin, diners, frozen, qtbot, ctx):
    from app.errors import PermissionDenied
    from ui.canteen.settlement_dialog import SettlementDialog

    cashier = Actor(admin.user_id, "c", "c", frozenset({CASHIER}))
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    with pytest.raises(PermissionDenied):
        settlement.export(db, cashier, "month", 2026, 11)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == before  # nothing written
    ctx.set_actor(cashier)
    dialog = SettlementDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.export_button.toolTip()
