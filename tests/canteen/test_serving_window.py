"""The serving window (issue 12 item 8): a subsidised lunch at 15:00 or at 10:00 is refused, or sold at full price
(a setting), unless a supervisor holding LATE_SALE approves it."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import settings
from app.accounts.approval import verify_approver
from app.accounts.permissions import LATE_SALE, roles_with
from app.accounts.service import actor_for, create_user
from app.canteen import service
from app.canteen.service import LATE_SALE_SETTING, LateSaleNeedsApproval, SaleRequest
from app.errors import UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from db.models.canteen import MealTicket, SubsidyClaim

LUNCH_START = dt.datetime(2026, 11, 30, 11, 0)  # Monday; lunch is served 11:00–13:30
LUNCH_END = dt.datetime(2026, 11, 30, 13, 30)
AFTERNOON = dt.datetime(2026, 11, 30, 15, 0)
MORNING = dt.datetime(2026, 11, 30, 10, 0)


@pytest.fixture
def elder(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))


def _tickets(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(MealTicket)).scalar()


@pytest.mark.parametrize("moment", [AFTERNOON, MORNING], ids=["15:00", "10:00"])
def test_a_subsidised_lunch_outside_the_hours_is_refused(db, admin, elder, frozen, moment):
    frozen(moment)
    with pytest.raises(LateSaleNeedsApproval, match="11:00–13:30"):
        service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    assert _tickets(db) == 0
    # the screen still shows the subsidised price; selling it needs the approval
    q = service.quote_for(db, elder, "lunch")
    assert q.subsidy_fen == 600 and service.needs_late_approval(db, "lunch", q.subsidy_fen + q.withheld_fen)


@pytest.mark.parametrize("moment", [AFTERNOON, MORNING], ids=["15:00", "10:00"])
def test_with_the_full_price_setting_it_sells_at_full_price(db, admin, elder, frozen, moment):
    settings.set_many(db, admin, {LATE_SALE_SETTING: "full_price"})
    frozen(moment)
    q = service.quote_for(db, elder, "lunch")
    assert q.subsidy_fen == 0 and q.withheld_fen == 600 and "11:00–13:30" in q.reason
    res = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    assert res.quote.subsidy_fen == 0 and res.quote.self_paid_fen == 1000
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(SubsidyClaim)).scalar() == 0


@pytest.mark.parametrize("moment", [LUNCH_START, LUNCH_END])
def test_inside_the_hours_both_ends_included(db, admin, elder, frozen, moment):
    frozen(moment)
    assert service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash")).quote.subsidy_fen == 600


def test_a_guest_or_unsubsidised_meal_sells_outside_the_hours(db, admin, frozen):
    frozen(AFTERNOON)
    assert service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash")).quote.self_paid_fen == 1000


@pytest.mark.parametrize("policy", ["refuse", "full_price"])
def test_a_supervisor_holding_late_sale_approves_the_subsidised_price(db, admin, elder, frozen, policy):
    settings.set_many(db, admin, {LATE_SALE_SETTING: policy})
    create_user(db, admin, "cash1", "收银员", "cashier-pw", ["cashier"])
    cashier = actor_for(db, 2)
    frozen(AFTERNOON)
    approver = verify_approver(db, "admin", "admin-password", roles_with(LATE_SALE), "late lunch")
    res = service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", late_approver=approver))
    assert res.quote.subsidy_fen == 600
    with db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "meal_ticket", AuditEntry.entity_id == str(res.ticket_id))
        ).scalar_one()
    assert "late_approved_by" in (entry.after_json or "")


def test_an_approver_without_the_permission_is_refused(db, admin, elder, frozen):
    create_user(db, admin, "cash1", "收银员", "cashier-pw", ["cashier"])
    cashier = actor_for(db, 2)
    frozen(AFTERNOON)
    with pytest.raises(UserError, match="may not approve"):
        verify_approver(db, "cash1", "cashier-pw", roles_with(LATE_SALE), "late lunch")
    with pytest.raises(UserError, match="may not approve"):
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", late_approver=cashier))
    assert _tickets(db) == 0


def test_only_the_admin_holds_late_sale():
    assert roles_with(LATE_SALE) == ("admin",)
