import datetime as dt

import pytest
from sqlalchemy import func, select

from app.childcare import service as cc
from app.errors import UserError, ValidationError
from db.models import AuditEntry
from db.models.childcare import ChildEnrolment


def enrolments(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChildEnrolment))


def test_program_validation(db, admin):
    with pytest.raises(ValidationError) as e:
        cc.create_program(
            db,
            admin,
            cc.ProgramInput(
                name="",
                kind="x",
                starts_on=dt.date(2026, 9, 1),
                ends_on=dt.date(2026, 8, 1),
                open_min=18 * 60,
                close_min=16 * 60,
                capacity=0,
                weekdays=0,
            ),
        )
    assert {"name", "kind", "ends_on", "close_min", "capacity", "weekdays"} <= set(e.value.errors)


def test_overlapping_enrolment_is_refused(db, admin, world):
    evening = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="晚托班",
            kind="evening",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=18 * 60 + 30,
            close_min=20 * 60,
            capacity=10,
        ),
    )
    n = enrolments(db)
    with pytest.raises(UserError, match="overlapping"):
        cc.enrol(db, admin, world["child"], world["program"], group="二年级")
    cc.enrol(db, admin, world["child"], evening)  # 18:30–20:00 follows 16:00–18:30 without overlap
    late = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="晚托班二",
            kind="evening",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=18 * 60,
            close_min=19 * 60,
            capacity=10,
        ),
    )
    with pytest.raises(UserError, match="overlapping"):
        cc.enrol(db, admin, world["child"], late)
    assert enrolments(db) == n + 1


def test_group_and_option_must_exist(db, admin, world):
    c = cc.create_child(db, admin, cc.ChildInput(name="新同学"))
    with pytest.raises(ValidationError):
        cc.enrol(db, admin, c, world["program"], group="三年级")
    with pytest.raises(ValidationError):
        cc.enrol(db, admin, c, world["program"], group="一年级", options=["nap"])
    assert enrolments(db) == 1


def test_capacity_is_refused_unless_overridden_with_reason(db, admin, world):
    small = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="暑托班",
            kind="summer",
            starts_on=dt.date(2027, 7, 1),
            ends_on=dt.date(2027, 8, 20),
            open_min=8 * 60,
            close_min=17 * 60,
            capacity=2,
        ),
    )
    kids = [cc.create_child(db, admin, cc.ChildInput(name=f"孩子{i}")) for i in range(3)]
    cc.enrol(db, admin, kids[0], small)
    cc.enrol(db, admin, kids[1], small)
    with pytest.raises(UserError, match="full"):
        cc.enrol(db, admin, kids[2], small)
    assert enrolments(db) == 3
    cc.enrol(db, admin, kids[2], small, capacity_override_reason="低保家庭，主任同意")
    with db.read() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "override", AuditEntry.entity == "childcare_enrolment")
            )
            == 1
        )


def test_medical_note_only_by_childcare_staff(db, admin, monkeypatch):
    from app.accounts import permissions as P
    from app.actor import Actor
    from app.errors import PermissionDenied

    desk = Actor(5, "desk", "前台", frozenset({"front_desk"}))
    with pytest.raises(PermissionDenied):  # the front desk keeps no children's records
        cc.create_child(db, desk, cc.ChildInput(name="小红"))
    # a center that lets its front desk keep them still keeps medical notes from it
    monkeypatch.setitem(P.ROLE_PERMISSIONS, "front_desk", P.ROLE_PERMISSIONS["front_desk"] | {P.MANAGE_CHILDCARE})
    with pytest.raises(ValidationError):
        cc.create_child(db, desk, cc.ChildInput(name="小红", medical_note="癫痫"))
    with pytest.raises(ValidationError):
        cc.create_child(db, admin, cc.ChildInput(name="小红", allergy_note="很长" * 40))


def test_contact_needs_a_known_adult(db, admin, world):
    with pytest.raises(UserError, match="Unknown adult"):
        cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=99999, role="pickup"))
    with pytest.raises(ValidationError):
        cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=1, role="uncle"))
