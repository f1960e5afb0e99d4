"""Closed means closed (issue 12 item 2): after a cashier's day close no money movement of that day is taken,
and the Z report prints exactly what it printed at close."""

import datetime as dt
import json

import pytest
from sqlalchemy import func, insert, select

from app import clock
from app.canteen import reports, service, settlement
from app.canteen.service import SaleRequest
from app.errors import UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealCard, MealCardEntry, MealTicket, SettlementPeriod
from tests.pdfcheck import extract_text

LUNCH = dt.datetime(2026, 11, 30, 11, 30)  # Monday, local time
EVENING = dt.datetime(2026, 11, 30, 18, 30)
NEXT_LUNCH = dt.datetime(2026, 12, 1, 11, 30)


def _count(expected_fen: int) -> dict[int, int]:
    return {100: expected_fen // 100, 10: (expected_fen % 100) // 10}


@pytest.fixture
def closed_day(db, admin, frozen):
    """The quoted case: a day with ¥57 expected cash (a ¥53 card top-up in cash, a ¥4 subsidised lunch), closed."""
    frozen(LUNCH)
    elder = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    service.open_card(db, admin, elder, "C0057")
    service.card_movement(db, admin, elder, 5300, "topup")
    sale = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", tendered_fen=400))
    frozen(EVENING)
    summary = reports.close_day(db, admin, clock.today(), _count(5700))
    assert summary.expected_cash_fen == 5700 and summary.closed.counted_cash_fen == 5700
    pdf = reports.day_report_pdf(db, summary, final=True)
    return elder, sale, extract_text(pdf)


def _z_text(db, admin, day=dt.date(2026, 11, 30)) -> str:
    return extract_text(reports.day_report_pdf(db, reports.day_summary(db, day, admin.user_id), final=True))


def test_a_card_cash_refund_after_the_close_is_refused_and_the_report_does_not_change(db, admin, closed_day, frozen):
    elder, _sale, printed = closed_day
    assert "¥57" in printed
    with pytest.raises(UserError, match="closed"):
        service.card_movement(db, admin, elder, 1000, "refund")
    with pytest.raises(UserError, match="closed"):
        service.card_movement(db, admin, elder, 1000, "topup")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCardEntry)).scalar() == 1
    summary = reports.day_summary(db, dt.date(2026, 11, 30), admin.user_id)
    assert summary.expected_cash_fen == 5700
    assert summary.closed.counted_cash_fen - summary.closed.expected_cash_fen == 0
    assert _z_text(db, admin) == printed


def test_sales_and_voids_of_a_closed_day_are_refused(db, admin, closed_day, frozen, supervisor):
    elder, sale, printed = closed_day
    with pytest.raises(UserError, match="closed"):
        service.sell(db, admin, SaleRequest(None, "dinner", 1, "cash"))
    with pytest.raises(UserError, match="closed"):
        service.void_ticket(db, admin, supervisor, sale.ticket_id, "打错了")
    assert _z_text(db, admin) == printed


def test_the_closed_report_prints_the_stored_figures_even_if_rows_appear_behind_it(db, admin, closed_day):
    """A movement written past the service (an old version, a script) no longer changes a closed report."""
    elder, _sale, printed = closed_day
    with db.write() as s:
        card = s.execute(select(MealCard.id).where(MealCard.resident_id == elder)).scalar_one()
        s.execute(
            insert(MealCardEntry).values(
                card_id=card, at=clock.now(), kind="refund", amount_fen=-1000, user_id=admin.user_id, payment="cash"
            )
        )
    assert _z_text(db, admin) == printed


def test_the_refund_waits_for_the_next_day_and_shows_in_that_days_report(db, admin, closed_day, frozen):
    """The next day the refund comes out of a drawer that has taken the cash (session 8: an administrator's own
    drawer that had taken nothing went to an expected cash of −¥10)."""
    elder, _sale, printed = closed_day
    frozen(NEXT_LUNCH)
    service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash", tendered_fen=1500))  # a guest pays ¥15 in cash
    assert service.card_movement(db, admin, elder, 1000, "refund") == 5300 - 1000
    next_day = reports.day_summary(db, dt.date(2026, 12, 1), admin.user_id)
    assert next_day.card_topups_cash_fen == -1000 and next_day.expected_cash_fen >= 0
    assert next_day.closed is None
    assert _z_text(db, admin) == printed


def test_a_cash_refund_from_a_drawer_without_that_cash_is_refused_and_nothing_written(
    db, admin, closed_day, frozen, supervisor
):
    """Session 8, the quoted case: an administrator refunds ¥10 in cash from their own drawer, which has taken no
    cash that day: refused, saying what to do; nothing is written and the drawer's expected cash stays ¥0. Refunded
    by WeChat Pay, or at a till whose drawer took the cash, it goes through."""
    elder, _sale, _printed = closed_day
    frozen(NEXT_LUNCH)
    with pytest.raises(UserError, match="only ¥0 in cash today") as refused:
        service.card_movement(db, admin, elder, 1000, "refund")
    assert "WeChat Pay" in refused.value.message and refused.value.field == "amount"
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCardEntry)).scalar() == 1  # the first day's top-up
    assert reports.day_summary(db, dt.date(2026, 12, 1), admin.user_id).expected_cash_fen == 0
    # another drawer took a guest's ¥10 lunch in cash today: not enough for ¥15; after a ¥53 top-up in cash it is
    service.sell(db, supervisor, SaleRequest(None, "lunch", 1, "cash", tendered_fen=1500))
    taken = reports.day_summary(db, dt.date(2026, 12, 1), supervisor.user_id).expected_cash_fen
    assert taken == 1000
    with pytest.raises(UserError, match="only ¥10 in cash today, less than this ¥15 refund"):
        service.card_movement(db, supervisor, elder, 1500, "refund")
    other = residents.create_resident(db, admin, ResidentInput(name="钱多", birth_date=dt.date(1950, 1, 1)))
    service.open_card(db, supervisor, other, "C0058")
    service.card_movement(db, supervisor, other, 5300, "topup")
    assert service.card_movement(db, supervisor, elder, 1500, "refund") == 3800
    assert reports.day_summary(db, dt.date(2026, 12, 1), supervisor.user_id).expected_cash_fen == 1000 + 5300 - 1500
    # no cash moves in a WeChat refund: the admin's empty drawer may give it
    assert service.card_movement(db, admin, elder, 500, "refund", "wechat") == 3300
    assert reports.day_summary(db, dt.date(2026, 12, 1), admin.user_id).expected_cash_fen == 0


def test_after_an_admin_reopens_the_day_the_refund_is_taken_and_the_new_close_counts_it(db, admin, closed_day):
    elder, _sale, _printed = closed_day
    reports.reopen_day(db, admin, dt.date(2026, 11, 30), admin.user_id, "顾客退卡")
    service.card_movement(db, admin, elder, 1000, "refund")
    again = reports.close_day(db, admin, dt.date(2026, 11, 30), _count(4700))
    assert again.expected_cash_fen == 4700
    assert "¥47" in _z_text(db, admin)


def test_a_settled_period_refuses_voids_and_reopening(db, admin, frozen, supervisor):
    frozen(dt.datetime(2026, 10, 12, 11, 30))
    elder = residents.create_resident(db, admin, ResidentInput(name="孙立", birth_date=dt.date(1940, 1, 1)))
    sale = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "wechat"))
    frozen(dt.datetime(2026, 10, 12, 19, 0))
    reports.close_day(db, admin, dt.date(2026, 10, 12), {})
    frozen(LUNCH)
    settlement.settle(db, admin, "month", 2026, 10)
    with pytest.raises(UserError, match="settled"):
        reports.reopen_day(db, admin, dt.date(2026, 10, 12), admin.user_id, "补录")
    with pytest.raises(UserError):
        service.void_ticket(db, admin, supervisor, sale.ticket_id, "打错了")
    with db.read() as s:
        assert s.get(MealTicket, sale.ticket_id).status == "sold"
        stored = s.execute(select(SettlementPeriod.figures)).scalar_one()
    again = settlement.compute(db, admin, "month", dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert json.loads(stored) == json.loads(json.dumps(again.figures()))
