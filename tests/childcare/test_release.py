import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import clock
from app.childcare import service as cc
from app.errors import UserError, ValidationError
from db.models import AuditEntry
from db.models.childcare import ChildAttendance


def count(db, model=ChildAttendance):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# ------------------------------------------------------------ the pure rule

days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 12, 31))


@given(day=days, start=st.one_of(st.none(), days), end=st.one_of(st.none(), days))
def test_validity_window_decides_for_authorised_roles(day, start, end):
    inside = (start is None or start <= day) and (end is None or day <= end)
    for role in ("guardian", "pickup"):
        assert (cc.release_refusal(role, start, end, False, day) is None) == inside


@given(day=days, start=st.one_of(st.none(), days), end=st.one_of(st.none(), days))
def test_blocked_emergency_and_archived_are_never_released(day, start, end):
    assert cc.release_refusal("blocked", start, end, False, day) is not None
    assert cc.release_refusal("emergency", start, end, False, day) is not None
    assert cc.release_refusal("guardian", start, end, True, day) is not None


@given(day=days, offset=st.integers(-400, 400))
def test_one_day_authorisation_is_valid_that_day_only(day, offset):
    other = day + dt.timedelta(days=offset)
    assert (cc.release_refusal("pickup", day, day, False, other) is None) == (offset == 0)


def test_alone_needs_consent():
    assert cc.alone_refusal(False) is not None
    assert cc.alone_refusal(True) is None


# ------------------------------------------------------------ sign-in / sign-out through the database


def test_guardian_and_authorised_pickup_can_collect(db, admin, world):
    c = world["child"]
    cc.sign_in(db, admin, c, world["contacts"]["guardian"])
    clock.freeze(clock.now() + dt.timedelta(hours=1))
    r = cc.sign_out(db, admin, c, world["contacts"]["pickup"])
    assert r.adult_name == "李阿姨" and not r.overridden
    [row] = cc.day_rows(db, admin, world["program"], clock.today())
    assert row.state == "out" and row.out_adult == "李阿姨" and row.in_adult == "王建国"


@pytest.mark.parametrize("role", ["blocked", "emergency"])
def test_refused_adults_write_nothing(db, admin, world, role):
    c = world["child"]
    cc.sign_in(db, admin, c)
    before = count(db), count(db, AuditEntry)
    with pytest.raises(UserError):
        cc.sign_out(db, admin, c, world["contacts"][role])
    # no release; a blocked adult's attempt is the one thing written: its audit entry
    assert (count(db), count(db, AuditEntry)) == (before[0], before[1] + (role == "blocked"))
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "in"


def test_blocked_adult_cannot_bring_the_child_either(db, admin, world):
    with pytest.raises(UserError, match="BLOCKED"):
        cc.sign_in(db, admin, world["child"], world["contacts"]["blocked"])
    assert count(db) == 0


def test_adult_of_another_child_is_unknown(db, admin, world):
    other = cc.create_child(db, admin, cc.ChildInput(name="李四"))
    stranger = cc.add_contact(
        db, admin, cc.ContactInput(child_id=other, resident_id=world["adult"]("陌生人"), role="guardian")
    )
    cc.sign_in(db, admin, world["child"])
    with pytest.raises(UserError, match="not on the child's list"):
        cc.sign_out(db, admin, world["child"], stranger)
    assert count(db) == 1


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "ok"),
    [
        (dt.date(2026, 11, 30), dt.date(2026, 11, 30), True),  # one-day authorisation, today
        (dt.date(2026, 11, 29), dt.date(2026, 11, 29), False),  # yesterday's one-day
        (dt.date(2026, 12, 1), None, False),  # starts tomorrow
        (None, dt.date(2026, 11, 29), False),  # expired
        (None, None, True),
    ],
)
def test_validity_dates(db, admin, world, valid_from, valid_to, ok):
    cid = cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=world["child"],
            resident_id=world["adult"]("临时接送人"),
            role="pickup",
            valid_from=valid_from,
            valid_to=valid_to,
        ),
    )
    cc.sign_in(db, admin, world["child"])
    if ok:
        assert cc.sign_out(db, admin, world["child"], cid).adult_name == "临时接送人"
    else:
        with pytest.raises(UserError):
            cc.sign_out(db, admin, world["child"], cid)
        assert count(db) == 1


def test_leaving_alone_needs_guardian_consent(db, admin, world):
    c = world["child"]
    cc.sign_in(db, admin, c)
    with pytest.raises(UserError, match="consent"):
        cc.sign_out(db, admin, c, alone=True)
    assert count(db) == 1
    with pytest.raises(ValidationError):  # only a guardian can consent
        cc.add_contact(
            db,
            admin,
            cc.ContactInput(
                child_id=c, resident_id=world["adult"]("邻居"), role="pickup", may_leave_alone_consent=True
            ),
        )
    cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=c, resident_id=world["adult"]("王妈妈"), role="guardian", may_leave_alone_consent=True
        ),
    )
    r = cc.sign_out(db, admin, c, alone=True)
    assert not r.overridden
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].out_alone


def test_override_needs_an_approver_and_a_reason_and_is_audited(db, admin, world):
    c, emergency = world["child"], world["contacts"]["emergency"]
    cc.sign_in(db, admin, c)
    with pytest.raises(ValidationError):  # an approver without a reason
        cc.sign_out(db, admin, c, emergency, approver=world["approver"])
    with pytest.raises(UserError, match="emergency contact"):  # a reason without an approver
        cc.sign_out(db, admin, c, emergency, override_reason="家长电话委托")
    assert count(db) == 1
    r = cc.sign_out(db, admin, c, emergency, approver=world["approver"], override_reason="家长电话委托，已回拨核实")
    assert r.overridden
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "override")).one()
        ev = s.get(ChildAttendance, r.attendance_id)
    assert "主管 陈" in entry.summary and "已回拨核实" in entry.summary
    assert (ev.override_by_user_id, ev.override_staff, ev.override_kind) == (
        world["approver"].user_id,
        "主管 陈",
        "emergency",
    )
    [row] = cc.day_rows(db, admin, world["program"], clock.today())
    assert row.override == "主管 陈: 家长电话委托，已回拨核实" and row.override_kind == "emergency"


def test_override_of_an_authorised_adult_is_not_an_override(db, admin, world):
    cc.sign_in(db, admin, world["child"])
    r = cc.sign_out(
        db, admin, world["child"], world["contacts"]["guardian"], approver=world["approver"], override_reason="无"
    )
    assert not r.overridden


def test_second_sign_in_and_sign_out_without_sign_in_are_refused(db, admin, world):
    c, g = world["child"], world["contacts"]["guardian"]
    with pytest.raises(UserError, match="not been signed in"):
        cc.sign_out(db, admin, c, g)
    cc.sign_in(db, admin, c, g)
    with pytest.raises(UserError, match="already signed in"):
        cc.sign_in(db, admin, c, g)
    cc.sign_out(db, admin, c, g)
    with pytest.raises(UserError, match="already been signed out"):
        cc.sign_out(db, admin, c, g)
    assert count(db) == 2


def test_future_times_and_times_outside_the_day_are_refused(db, admin, world):
    c = world["child"]
    with pytest.raises(UserError, match="future"):
        cc.sign_in(db, admin, c, at=dt.datetime(2026, 11, 30, 17, 0))
    with pytest.raises(UserError, match="outside"):
        cc.sign_in(db, admin, c, at=dt.datetime(2026, 11, 30, 9, 0))
    cc.sign_in(db, admin, c, at=dt.datetime(2026, 11, 30, 16, 10))
    with pytest.raises(UserError, match="before the sign-in"):
        cc.sign_out(db, admin, c, world["contacts"]["guardian"], at=dt.datetime(2026, 11, 30, 16, 0))
    assert count(db) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(minute=st.integers(0, 24 * 60 - 1))
def test_sign_in_window(db, admin, world, minute):
    clock.freeze(dt.datetime.combine(dt.date(2026, 11, 30), dt.time(23, 59), tzinfo=clock.local_tz()))
    at = dt.datetime.combine(dt.date(2026, 11, 30), dt.time(minute // 60, minute % 60), tzinfo=clock.local_tz())
    ok = 15 * 60 <= minute < 18 * 60 + 30
    try:
        r = cc.sign_in(db, admin, world["child"], at=at)
    except UserError:
        assert not ok
    else:
        assert ok
        cc.void_attendance(db, admin, r.attendance_id, "test")


def test_child_not_enrolled_today_is_refused(db, admin, world, frozen):
    frozen(dt.datetime(2026, 12, 5, 16, 30))  # Saturday
    with pytest.raises(UserError, match="not enrolled today"):
        cc.sign_in(db, admin, world["child"])
    lone = cc.create_child(db, admin, cc.ChildInput(name="未报名"))
    frozen(dt.datetime(2026, 12, 7, 16, 30))
    with pytest.raises(UserError, match="not enrolled today"):
        cc.sign_in(db, admin, lone)
    assert count(db) == 0


def test_a_mistaken_sign_out_is_corrected_not_deleted(db, admin, world):
    c = world["child"]
    cc.sign_in(db, admin, c)
    wrong = cc.sign_out(db, admin, c, world["contacts"]["pickup"])
    with pytest.raises(ValidationError):
        cc.void_attendance(db, admin, wrong.attendance_id, " ")
    cc.void_attendance(db, admin, wrong.attendance_id, "点错了人，实际是父亲接走")
    cc.sign_out(db, admin, c, world["contacts"]["guardian"])
    assert count(db) == 3
    with db.read() as s:
        voided = s.get(ChildAttendance, wrong.attendance_id)
        assert voided.voided_at is not None and voided.void_reason.startswith("点错了人")
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].out_adult == "王建国"


def test_qr_payload_round_trip_and_garbage(world):
    assert cc.parse_qr(cc.qr_payload(7, dt.date(2026, 11, 30))) == (7, dt.date(2026, 11, 30))
    for bad in ("", "CC:x:2026-11-30", "XX:1:2026-11-30", "CC:1:2026-13-01", "CC:1"):
        with pytest.raises(UserError):
            cc.parse_qr(bad)


def test_absence_and_arrival_after_it(db, admin, world):
    c = world["child"]
    with pytest.raises(ValidationError):
        cc.mark_absent(db, admin, c, "holiday")
    cc.mark_absent(db, admin, c, "sick", "发烧")
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "absent"
    with pytest.raises(UserError):
        cc.mark_absent(db, admin, c, "notified")
    cc.sign_in(db, admin, c)  # came after all
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "in"


def test_consent_to_leave_alone_counts_only_while_the_guardian_is_valid(db, admin, world):
    """A guardian whose authorisation has ended (or not yet started) no longer stands behind the child leaving
    alone: their consent is not on file for that day."""
    c = world["child"]
    ended = cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=c,
            resident_id=world["adult"]("前监护人"),
            role="guardian",
            valid_to=dt.date(2026, 11, 29),
            may_leave_alone_consent=True,
        ),
    )
    cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=c,
            resident_id=world["adult"]("未来监护人"),
            role="guardian",
            valid_from=dt.date(2026, 12, 1),
            may_leave_alone_consent=True,
        ),
    )
    cc.sign_in(db, admin, c)
    with pytest.raises(UserError, match="consent"):
        cc.sign_out(db, admin, c, alone=True)
    assert count(db) == 1
    cc.update_contact(db, admin, ended, cc.ContactInput(**{**vars(cc.get_contact(db, admin, ended)), "valid_to": None}))
    assert not cc.sign_out(db, admin, c, alone=True).overridden
