"""Issue 12 item 1: a blocked adult never takes the child; every other refusal only with an approver who holds
OVERRIDE_PICKUP; an adult not on the list is recorded; overrides are marked in the reports."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import clock
from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.actor import ADMIN, CASHIER, CHILDCARE, FRONT_DESK, VOLUNTEER_COORDINATOR, Actor
from app.childcare import service as cc
from app.childcare.sheets import build_daily_sheet, build_weekly_summary
from app.errors import UserError, ValidationError
from app.residents.service import ResidentInput, create_resident
from db.models import AuditEntry
from db.models.childcare import ChildAttendance

UNCLE_ID = "11010519491231002X"  # a valid GB 11643 number (the standard's example)


def releases(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChildAttendance).where(ChildAttendance.kind == "out"))


def audits(db, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all())


def account(db, admin, username: str, role: str) -> Actor:
    """A signed-in approver as ui.accounts.approval.ask_approval returns it."""
    create_user(db, admin, username, f"{role} {username}", "approver-password-1", [role])
    return verify_approver(db, username, "approver-password-1", (role,), "test")


@pytest.fixture
def signed_in(db, admin, world):
    cc.sign_in(db, admin, world["child"], world["contacts"]["guardian"])
    clock.freeze(clock.now() + dt.timedelta(hours=1))
    return world


# ------------------------------------------------------------ a blocked adult: never


def test_blocked_adult_is_not_released_by_an_override_with_a_staff_name_and_reason(db, admin, signed_in):
    """The fault: sign_out(..., override_staff="刘老师", override_reason=...) handed the child to a 禁止接送 adult.
    There is no free-text override any more, and no approver can release to a blocked adult."""
    c, blocked = signed_in["child"], signed_in["contacts"]["blocked"]
    with pytest.raises(TypeError):
        cc.sign_out(db, admin, c, blocked, override_staff="刘老师", override_reason="法院裁定，警察在场")
    with pytest.raises(cc.BlockedAdult, match="BLOCKED"):
        cc.sign_out(db, admin, c, blocked, approver=signed_in["approver"], override_reason="法院裁定，警察在场")
    assert releases(db) == 0
    [attempt] = audits(db, "blocked_refused")  # written although the release rolled back
    assert "赵某" in attempt.summary and attempt.entity == "childcare_child" and attempt.entity_id == str(c)
    assert attempt.username == admin.username and "sign_out" in attempt.summary


@pytest.mark.parametrize(
    "typed",
    [
        cc.UnlistedAdult("赵某", phone="13912345678"),  # the blocked adult's name
        cc.UnlistedAdult("赵先生", phone="139 1234 5678"),  # the blocked adult's phone on the list
        cc.UnlistedAdult("赵先生", id_number=UNCLE_ID),  # the blocked adult's ID number
    ],
)
def test_blocked_adult_typed_in_as_not_on_the_list_is_refused(db, admin, world, typed):
    """The force-release dialog's 'not on the list' is no way round a block."""
    banned = create_resident(
        db,
        admin,
        ResidentInput(name="赵某", phone="13912345678", id_number=UNCLE_ID),
        confirm_duplicate=True,
    )
    cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=banned, role="blocked"))
    cc.sign_in(db, admin, world["child"])
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, admin, world["child"], unlisted=typed, approver=world["approver"], override_reason="家长委托")
    assert releases(db) == 0 and len(audits(db, "blocked_refused")) == 1


def test_an_old_archived_row_of_a_blocked_adult_is_no_way_round_the_block(db, admin, world):
    """The same resident once authorised (row archived) and now blocked: choosing the old row is refused too."""
    uncle = world["adult"]("钱某")
    old = cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=uncle, role="pickup"))
    cc.archive_contact(db, admin, old, "法院禁令")
    cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=uncle, role="blocked"))
    cc.sign_in(db, admin, world["child"])
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, admin, world["child"], old, approver=world["approver"], override_reason="家长委托")
    assert releases(db) == 0


def test_blocked_adult_bringing_the_child_is_refused_and_audited(db, admin, world):
    with pytest.raises(cc.BlockedAdult):
        cc.sign_in(db, admin, world["child"], world["contacts"]["blocked"])
    assert len(audits(db, "blocked_refused")) == 1


# ------------------------------------------------------------ the approver


@pytest.mark.parametrize("role", [FRONT_DESK, CASHIER, VOLUNTEER_COORDINATOR])
def test_an_approver_without_override_pickup_is_refused(db, admin, signed_in, role):
    """The fault: any account could override. Only childcare staff and administrators approve a release."""
    approver = account(db, admin, "approver", role)
    with pytest.raises(UserError, match="may not approve"):
        cc.sign_out(
            db, admin, signed_in["child"], signed_in["contacts"]["emergency"], approver=approver, override_reason="x"
        )
    assert releases(db) == 0


def test_made_up_approvers_are_refused(db, admin, signed_in):
    c, emergency = signed_in["child"], signed_in["contacts"]["emergency"]
    nobody = Actor(None, "someone", "某人", frozenset({ADMIN}))  # not a signed-in account
    with pytest.raises(UserError, match="may not approve"):
        cc.sign_out(db, admin, c, emergency, approver=nobody, override_reason="x")
    cashier = account(db, admin, "cash", CASHIER)
    forged = Actor(cashier.user_id, cashier.username, cashier.display_name, frozenset({CHILDCARE}))
    with pytest.raises(UserError, match="may not approve"):  # the account as stored is a cashier
        cc.sign_out(db, admin, c, emergency, approver=forged, override_reason="x")
    assert releases(db) == 0


def test_childcare_staff_approve_and_the_row_names_them(db, admin, signed_in):
    teacher = account(db, admin, "liu", CHILDCARE)
    desk = account(db, admin, "desk", CHILDCARE)
    r = cc.sign_out(
        db, desk, signed_in["child"], signed_in["contacts"]["emergency"], approver=teacher, override_reason="家长委托"
    )
    with db.read() as s:
        ev = s.get(ChildAttendance, r.attendance_id)
    assert r.overridden and ev.override_by_user_id == teacher.user_id and ev.override_staff == teacher.display_name
    assert ev.staff_user_id == desk.user_id and ev.override_reason == "家长委托"


def test_alone_without_consent_needs_an_approver(db, admin, signed_in):
    c = signed_in["child"]
    with pytest.raises(UserError, match="consent"):
        cc.sign_out(db, admin, c, alone=True)
    with pytest.raises(UserError, match="may not approve"):
        cc.sign_out(db, admin, c, alone=True, approver=account(db, admin, "cash", CASHIER), override_reason="x")
    assert releases(db) == 0
    r = cc.sign_out(db, admin, c, alone=True, approver=account(db, admin, "liu", CHILDCARE), override_reason="家长来电")
    assert r.overridden
    [row] = cc.day_rows(db, admin, signed_in["program"], clock.today())
    assert row.out_alone and row.override_kind == "alone"


@pytest.mark.parametrize(("valid_from", "valid_to"), [(None, dt.date(2026, 11, 29)), (dt.date(2026, 12, 1), None)])
def test_expired_or_not_yet_valid_adults_need_an_approver(db, admin, signed_in, valid_from, valid_to):
    cid = cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=signed_in["child"],
            resident_id=signed_in["adult"]("临时"),
            role="pickup",
            valid_from=valid_from,
            valid_to=valid_to,
        ),
    )
    with pytest.raises(UserError, match="authorisation"):
        cc.sign_out(db, admin, signed_in["child"], cid)
    assert cc.sign_out(
        db, admin, signed_in["child"], cid, approver=signed_in["approver"], override_reason="家长确认"
    ).overridden


# ------------------------------------------------------------ an adult not on the list


def test_an_adult_not_on_the_list_is_refused_without_approval_and_recorded_with_it(db, admin, signed_in):
    """The fault: an uncle sent by the parent could not be recorded at all."""
    c = signed_in["child"]
    uncle = cc.UnlistedAdult(" 王  叔叔 ", phone="139-1234-5678", id_number=UNCLE_ID.lower())
    with pytest.raises(UserError, match="not on the child's list"):
        cc.sign_out(db, admin, c, unlisted=uncle)
    r = cc.sign_out(
        db, admin, c, unlisted=uncle, approver=signed_in["approver"], override_reason="妈妈来电委托，已回拨核实"
    )
    assert r.overridden and r.adult_name == "王 叔叔"
    with db.read() as s:
        ev = s.get(ChildAttendance, r.attendance_id)
        texts = [a.summary + str(a.after_json) for a in s.scalars(select(AuditEntry))]
    assert (ev.contact_id, ev.adult_name, ev.adult_phone, ev.adult_id_masked, ev.override_kind) == (
        None,
        "王 叔叔",
        "13912345678",
        "110105********002X",
        "unlisted",
    )
    assert not any(UNCLE_ID in t for t in texts)  # the full ID number is stored nowhere
    [row] = cc.day_rows(db, admin, signed_in["program"], clock.today())
    assert "王 叔叔" in row.out_adult and "110105********002X" in row.out_adult and UNCLE_ID not in row.out_adult


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        (cc.UnlistedAdult("", phone="13912345678"), "adult_name"),
        (cc.UnlistedAdult("王叔叔"), "adult_phone"),
        (cc.UnlistedAdult("王叔叔", phone="12345"), "adult_phone"),
        (cc.UnlistedAdult("王叔叔", id_number="110105194912310021"), "adult_id"),  # check digit wrong
    ],
)
def test_an_adult_not_on_the_list_needs_a_name_and_a_valid_phone_or_id(db, admin, signed_in, typed, field):
    with pytest.raises(ValidationError) as err:
        cc.sign_out(db, admin, signed_in["child"], unlisted=typed, approver=signed_in["approver"], override_reason="x")
    assert field in err.value.errors
    assert releases(db) == 0


def test_exactly_one_adult(db, admin, signed_in):
    with pytest.raises(ValidationError):
        cc.sign_out(db, admin, signed_in["child"])
    with pytest.raises(ValidationError):
        cc.sign_out(db, admin, signed_in["child"], signed_in["contacts"]["guardian"], alone=True)


# ------------------------------------------------------------ the reports


def test_overrides_are_marked_on_the_day_record_and_the_weekly_summary(db, admin, world, frozen):
    teacher = account(db, admin, "liu", CHILDCARE)
    other = cc.create_child(db, admin, cc.ChildInput(name="李小红"))
    cc.enrol(db, admin, other, world["program"], group="一年级")
    for child in (world["child"], other):
        cc.sign_in(db, admin, child)
    frozen(dt.datetime(2026, 11, 30, 17, 40))
    uncle = cc.UnlistedAdult("王叔叔", phone="13912345678")
    cc.sign_out(db, admin, world["child"], unlisted=uncle, approver=teacher, override_reason="妈妈来电委托")
    cc.sign_out(db, admin, other, alone=True, approver=teacher, override_reason="家长来电同意")
    day = build_daily_sheet(db, admin, world["program"], clock.today(), None, filled=True)
    lines = "\n".join(day.footer_lines)
    assert "Released by override: 2" in lines
    assert any(
        "王小明" in x and "王叔叔" in x and teacher.display_name in x and "妈妈来电委托" in x for x in day.footer_lines
    )
    assert any("李小红" in x and "alone without consent" in x and "家长来电同意" in x for x in day.footer_lines)
    cells = [str(c) for r in day.rows for c in r]
    assert any("王叔叔" in c and "[override approved by" in c for c in cells)
    frozen(dt.datetime(2026, 12, 7, 9, 0))
    week = build_weekly_summary(db, admin, world["program"], dt.date(2026, 11, 30))
    assert "Releases by override: 2" in week.footer_lines
    assert any(
        "王叔叔" in x and "13912345678" in x and "not on the list" in x and f"approved by {teacher.display_name}" in x
        for x in week.footer_lines
    )
