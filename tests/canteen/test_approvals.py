"""Approvals proven against the database (issue 12, tester's item 5): an `Actor` built in a script with made-up
roles approves nothing, and nobody approves their own void or late sale (four eyes)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.accounts.approval import confirm_approver
from app.accounts.permissions import LATE_SALE, VOID_TICKET
from app.accounts.service import actor_for, create_user, set_active
from app.actor import Actor
from app.canteen import service
from app.canteen.service import SaleRequest
from app.errors import UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealTicket

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
AFTERNOON = dt.datetime(2026, 11, 30, 15, 0)


@pytest.fixture
def elder(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))


@pytest.fixture
def cashier(db, admin):
    return actor_for(db, create_user(db, admin, "shouyin", "收银 张强", "cashier-pw-1", ["cashier"]))


def _status(db, ticket_id):
    with db.read() as s:
        return s.get(MealTicket, ticket_id).status


def _tickets(db):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(MealTicket)).scalar()


def test_a_cashier_dressed_up_as_admin_cannot_approve_their_own_void(db, cashier, elder, frozen):
    frozen(LUNCH)
    sale = service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    fake = Actor(cashier.user_id, "shouyin", "收银 张强", frozenset({"admin"}))
    with pytest.raises(UserError, match="cannot approve their own"):
        service.void_ticket(db, cashier, fake, sale.ticket_id, "self")
    assert _status(db, sale.ticket_id) == "sold"


def test_a_made_up_admin_role_on_another_cashier_approves_nothing(db, admin, cashier, elder, frozen):
    other = actor_for(db, create_user(db, admin, "shouyin2", "收银 王芳", "cashier-pw-2", ["cashier"]))
    frozen(LUNCH)
    sale = service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    fake = Actor(other.user_id, other.username, other.display_name, frozenset({"admin"}))
    with pytest.raises(UserError, match="administrator"):
        service.void_ticket(db, cashier, fake, sale.ticket_id, "x")
    assert _status(db, sale.ticket_id) == "sold"


def test_an_admin_cannot_approve_their_own_void_another_admin_can(db, admin, supervisor, elder, frozen):
    frozen(LUNCH)
    sale = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    with pytest.raises(UserError, match="cannot approve their own"):
        service.void_ticket(db, admin, admin, sale.ticket_id, "x")
    assert _status(db, sale.ticket_id) == "sold"
    service.void_ticket(db, admin, supervisor, sale.ticket_id, "x")
    assert _status(db, sale.ticket_id) == "void"


def test_a_disabled_admin_approves_nothing(db, admin, supervisor, cashier, elder, frozen):
    frozen(LUNCH)
    sale = service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash"))
    set_active(db, admin, supervisor.user_id, False, "left")
    with pytest.raises(UserError, match="no such active account"):
        service.void_ticket(db, cashier, supervisor, sale.ticket_id, "x")
    assert _status(db, sale.ticket_id) == "sold"
    ghost = Actor(999, "ghost", "鬼", frozenset({"admin"}))
    with pytest.raises(UserError, match="no such active account"):
        service.void_ticket(db, cashier, ghost, sale.ticket_id, "x")


def test_a_forged_late_sale_approver_is_refused(db, cashier, elder, frozen):
    frozen(AFTERNOON)
    fake = Actor(cashier.user_id, "shouyin", "收银 张强", frozenset({"admin"}))
    with pytest.raises(UserError, match="cannot approve their own"):
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", late_approver=fake))
    other_fake = Actor(42, "nobody", "无名", frozenset({"admin"}))
    with pytest.raises(UserError, match="no such active account"):
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", late_approver=other_fake))
    assert _tickets(db) == 0


def test_a_cashier_with_made_up_late_sale_rights_is_refused(db, admin, cashier, elder, frozen):
    other = actor_for(db, create_user(db, admin, "shouyin2", "收银 王芳", "cashier-pw-2", ["cashier"]))
    frozen(AFTERNOON)
    fake = Actor(other.user_id, other.username, other.display_name, frozenset({"admin"}))
    with pytest.raises(UserError, match="may not approve"):
        service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", late_approver=fake))
    assert _tickets(db) == 0


def test_an_admin_selling_late_needs_another_admin(db, admin, supervisor, elder, frozen):
    frozen(AFTERNOON)
    with pytest.raises(UserError, match="cannot approve their own"):
        service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", late_approver=admin))
    assert service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", late_approver=supervisor)).quote.subsidy_fen


@pytest.mark.parametrize("permission", [VOID_TICKET, LATE_SALE])
def test_confirm_approver_reads_the_stored_roles(db, admin, supervisor, cashier, permission):
    confirm_approver(db, supervisor, permission, admin)
    fake = Actor(cashier.user_id, "shouyin", "收银 张强", frozenset({"admin"}))
    if permission == LATE_SALE:
        with pytest.raises(UserError, match="may not approve"):
            confirm_approver(db, fake, permission, admin)
    else:  # cashiers hold VOID_TICKET in the permission table
        confirm_approver(db, fake, permission, admin)
    with pytest.raises(UserError, match="cannot approve their own"):
        confirm_approver(db, fake, permission, cashier)
    with pytest.raises(UserError, match="approval"):
        confirm_approver(db, None, permission, cashier)


def test_the_refusal_is_in_chinese(db, admin, zh):
    with pytest.raises(UserError) as info:
        confirm_approver(db, admin, VOID_TICKET, admin)
    assert "不能" in info.value.message
