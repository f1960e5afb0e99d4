import datetime as dt

import pytest
from sqlalchemy import func, select

from app.canteen import reports, service
from app.canteen.service import SaleRequest
from app.errors import UserError, ValidationError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealCardEntry, MealTicket, TicketSubsidy
from tests.pdfcheck import assert_pdf_ok, decode_qr, render_png

LUNCH = dt.datetime(2026, 11, 30, 11, 30)  # Monday, local time


@pytest.fixture
def diners(db, admin):
    elder = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    young = residents.create_resident(db, admin, ResidentInput(name="钱小明", birth_date=dt.date(1990, 5, 1)))
    return elder, young


def test_sale_with_subsidy_change_and_receipt(db, admin, diners, frozen):
    frozen(LUNCH)
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash", tendered_fen=1000))
    assert res.quote.subsidy == {"district": 400, "street": 200}  # aged 82
    assert res.change_fen == 600
    assert res.number == "20261130-L-0001"
    pdf = reports.ticket_receipt(db, res.ticket_id)
    assert_pdf_ok(pdf, "赵善庆", res.number, "Government subsidy ¥6 | Self-paid ¥4")
    assert decode_qr(render_png(pdf, dpi=200)[0]) == [res.number]


def test_second_meal_full_price_and_guest(db, admin, diners, frozen):
    frozen(LUNCH)
    service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "wechat"))
    second = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "wechat", repeat_ok=True))
    assert second.quote.subsidy_fen == 0 and second.quote.self_paid_fen == 1000
    guest = service.sell(db, admin, SaleRequest(None, "lunch", 2, "cash", tendered_fen=5000))
    assert guest.quote.self_paid_fen == 2000 and guest.change_fen == 3000
    assert guest.number.endswith("-0003")


@pytest.mark.parametrize(
    "req, message",
    [
        (SaleRequest(1, "lunch", 0, "cash"), "at least 1"),
        (SaleRequest(1, "lunch", 999, "cash"), "At most"),
        (SaleRequest(1, "lunch", 1, "bitcoin"), "pays"),
        (SaleRequest(None, "lunch", 1, "card"), "guest"),
        (SaleRequest(None, "lunch", 1, "cash", tendered_fen=500), "less than"),
        (SaleRequest(None, "nosuchslot", 1, "cash"), "Unknown"),
    ],
)
def test_bad_sales_write_nothing(db, admin, diners, frozen, req, message):
    frozen(LUNCH)
    with pytest.raises(UserError, match=message):
        service.sell(db, admin, req)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 0


def test_archived_diner_refused(db, admin, diners, frozen):
    frozen(LUNCH)
    residents.archive_resident(db, admin, diners[0], "搬走")
    with pytest.raises(UserError, match="archived"):
        service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))


def test_card_for_unknown_or_archived_diner_refused_and_nothing_written(db, admin, diners):
    from db.models.canteen import MealCard

    with pytest.raises(UserError, match="not in the registry"):
        service.open_card(db, admin, 999_999, "C0404")
    residents.archive_resident(db, admin, diners[1], "搬走")
    with pytest.raises(UserError, match="archived"):
        service.open_card(db, admin, diners[1], "C0405")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCard)).scalar() == 0


def test_meal_card_sale_topup_refund_and_insufficient_balance(db, admin, diners, frozen):
    frozen(LUNCH)
    service.open_card(db, admin, diners[0], "C0001")
    assert service.card_movement(db, admin, diners[0], 500, "topup") == 500
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "card"))
    assert res.balance_fen == 100
    with pytest.raises(UserError, match="less than"):
        service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "card", repeat_ok=True))
    with pytest.raises(UserError):
        service.card_movement(db, admin, diners[0], 200, "refund")
    assert service.card_movement(db, admin, diners[0], 100, "refund") == 0
    assert service.find_card(db, "C0001") == diners[0]


def test_void_reverses_subsidy_and_card_and_keeps_the_ticket(db, admin, diners, frozen, supervisor):
    frozen(LUNCH)
    service.open_card(db, admin, diners[0], "C0002")
    service.card_movement(db, admin, diners[0], 1000, "topup")
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "card"))
    with pytest.raises(ValidationError):
        service.void_ticket(db, admin, supervisor, res.ticket_id, " ")
    service.void_ticket(db, admin, supervisor, res.ticket_id, "打错了")
    with db.read() as s:
        t = s.get(MealTicket, res.ticket_id)
        assert t.status == "void" and t.void_reason == "打错了"
        assert (
            s.execute(select(func.sum(TicketSubsidy.amount_fen)).where(TicketSubsidy.ticket_id == t.id)).scalar() == 0
        )
        assert s.execute(select(func.sum(MealCardEntry.amount_fen))).scalar() == 1000
    # a voided subsidised meal frees the day's subsidy again
    again = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "card"))
    assert again.quote.subsidy_fen == 600
    pdf = reports.ticket_receipt(db, res.ticket_id, copy=True)
    assert_pdf_ok(pdf, "副本", "作废" if False else res.number)


def test_serving_window_refuses_a_second_scan(db, admin, diners, frozen):
    frozen(LUNCH)
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    service.serve_ticket(db, admin, res.number, "1号窗口")
    with pytest.raises(UserError, match="already served at 11:30 at 1号窗口"):
        service.serve_ticket(db, admin, res.number, "2号窗口")


def test_day_close_equals_the_tickets_and_locks_the_day(db, admin, diners, frozen, supervisor):
    frozen(LUNCH)
    for i in range(6):
        service.sell(
            db,
            admin,
            SaleRequest(diners[i % 2], "lunch", 1 + i % 2, ("cash", "wechat", "alipay")[i % 3], repeat_ok=True),
        )
    v = service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))
    service.void_ticket(db, admin, supervisor, v.ticket_id, "客人退餐")
    summary = reports.day_summary(db, LUNCH.date(), admin.user_id)
    with db.read() as s:
        rows = s.execute(select(MealTicket).where(MealTicket.status == "sold")).scalars().all()
    assert summary.tickets == len(rows)
    assert summary.self_paid_fen == sum(t.self_paid_fen for t in rows)
    assert summary.subsidy_fen == sum(t.subsidy_fen for t in rows) == sum(summary.by_funder.values())
    assert sum(summary.by_payment.values()) == summary.self_paid_fen
    assert summary.voids and summary.voids[0][3] == "客人退餐"
    cash = summary.expected_cash_fen
    closed = reports.close_day(
        db, admin, LUNCH.date(), {1000: cash // 1000, 100: (cash % 1000) // 100, 10: (cash % 100) // 10}
    )
    assert closed.closed.counted_cash_fen == cash
    assert_pdf_ok(reports.day_report_pdf(db, summary, final=False), "Mid-shift (X report)")
    assert_pdf_ok(reports.day_report_pdf(db, closed, final=True), "Z")
    with pytest.raises(UserError, match="closed"):
        service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))
    reports.reopen_day(db, admin, LUNCH.date(), admin.user_id, "补录")
    service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))


def test_rules_changed_later_do_not_change_sold_tickets(db, admin, diners, frozen):
    from db.models.canteen import SubsidyRule

    frozen(LUNCH)
    res = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "cash"))
    with db.write() as s:
        for r in s.execute(select(SubsidyRule)).scalars():
            r.street_fen = 0
    with db.read() as s:
        assert s.get(MealTicket, res.ticket_id).subsidy_fen == 600


def test_a_void_releases_the_subsidised_meal_and_gives_the_portion_back(db, admin, diners, frozen, supervisor):
    from db.models.canteen import PortionCount, SubsidyClaim

    frozen(LUNCH)
    first = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "wechat"))
    assert first.quote.subsidy_fen == 600
    assert service.quote_for(db, diners[0], "lunch").subsidy_fen == 0
    service.void_ticket(db, admin, supervisor, first.ticket_id, "点错了")
    again = service.sell(db, admin, SaleRequest(diners[0], "lunch", 1, "wechat"))
    assert again.quote.subsidy_fen == 600
    with db.read() as s:
        live = s.execute(
            select(SubsidyClaim.ticket_id, SubsidyClaim.funder, SubsidyClaim.n).where(
                SubsidyClaim.released_at.is_(None)
            )
        ).all()
        released = s.execute(select(func.count()).where(SubsidyClaim.released_at.is_not(None))).scalar()
        sold = s.execute(select(PortionCount.sold).where(PortionCount.slot_code == "lunch")).scalar_one()
    assert sorted(live) == [(again.ticket_id, "district", 1), (again.ticket_id, "street", 1)]
    assert released == 2 and sold == 1
