"""Faults PostgreSQL showed and SQLite hid (issue 13): the suite runs these on both backends."""

from __future__ import annotations

from app import clock
from app.accounts.service import actor_for, create_user
from app.childcare import service as cc
from db.models.childcare import ChildAttendance


def test_staff_with_a_long_display_name_signs_a_child_in_and_out(db, admin, world):
    # A display name may have 100 characters; the attendance columns that copy it held 50 (PostgreSQL refused).
    name = ("社区儿童服务站" * 15)[:100]
    uid = create_user(db, admin, "long.name", name, "a-long-password-1", ["admin"])
    staff = actor_for(db, uid)
    cc.sign_in(db, staff, world["child"])
    cc.sign_out(db, staff, world["child"], world["contacts"]["guardian"])
    cc.set_staff_on_duty(db, staff, world["program"], clock.today(), ["王老师"])  # updated_by: the long name
    with db.read() as s:
        names = {row.staff_name for row in s.query(ChildAttendance).all()}
    assert names == {name}
