import datetime as dt

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.accounts import audit_log, center_admin, privacy, service
from app.accounts.audit_log import AuditFilter
from app.actor import CASHIER, FRONT_DESK
from app.audit_text import render_summary
from app.errors import PermissionDenied, ValidationError
from app.residents import service as residents
from app.residents.service import ResidentInput
from app.workdays import load_calendar
from db.models import AuditEntry

ID = "11010519491231002X"


@pytest.fixture
def resident(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="张三", id_number=ID))


def _actor(db, admin, name, role):
    return service.actor_for(db, service.create_user(db, admin, name, name, "long-enough-pw", [role]))


def test_reveal_is_for_allowed_roles_only_and_audited(db, admin, resident):
    desk = _actor(db, admin, "desk", FRONT_DESK)
    cashier = _actor(db, admin, "cash", CASHIER)
    assert privacy.reveal_id_number(db, desk, resident, "profile") == ID
    with pytest.raises(PermissionDenied):
        privacy.reveal_id_number(db, cashier, resident)
    with db.read() as s:
        reveals = s.execute(select(AuditEntry).where(AuditEntry.action == "reveal_id")).scalars().all()
    assert [(r.username, r.entity_id, render_summary(r.summary, r.action)) for r in reveals] == [
        ("desk", str(resident), "Full ID number shown in profile")
    ]


def test_exports_are_permission_checked_and_audited(db, admin):
    cashier = _actor(db, admin, "cash", CASHIER)
    with pytest.raises(PermissionDenied):
        privacy.record_export(db, cashier, "canteen settlement 2026-11", "canteen_settlement", 120)
    privacy.record_export(db, admin, "canteen settlement 2026-11", "canteen_settlement", 120)
    with db.read() as s:
        exports = s.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalars().all()
    assert len(exports) == 1 and exports[0].username == "admin" and '"rows": 120' in exports[0].after_json


def test_audit_log_is_append_only(db, admin, resident):
    with pytest.raises(Exception, match="append-only|audit"):
        with db.write() as s:
            s.execute(text("UPDATE audit_log SET summary = 'x'"))
    with pytest.raises(Exception, match="append-only|audit"):
        with db.write() as s:
            s.execute(text("DELETE FROM audit_log"))


def test_audit_pages_and_filters(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 2, 10, 0))
    privacy.record_export(db, admin, "early export")
    frozen(dt.datetime(2026, 11, 5, 10, 0))
    for i in range(25):
        center_admin.set_calendar_day(db, admin, dt.date(2027, 1, 1) + dt.timedelta(days=i), "holiday", f"假日{i}")
    privacy.record_export(db, admin, "100%_done")
    flt = AuditFilter()
    first = audit_log.page_audit(db, admin, flt, None, 10)
    assert len(first) == 10 and first[0][1].summary_text() == "100%_done"
    second = audit_log.page_audit(db, admin, flt, first[-1][0], 10)
    assert second[0][0] < first[-1][0]
    everything = audit_log.page_audit(db, admin, flt, None, 1000)
    assert [k for k, _ in everything] == sorted((k for k, _ in everything), reverse=True)
    assert {r.action for _, r in audit_log.page_audit(db, admin, AuditFilter(action="export"), None, 100)} == {"export"}
    by_day = audit_log.page_audit(
        db, admin, AuditFilter(day_from=dt.date(2026, 11, 2), day_to=dt.date(2026, 11, 2)), None, 100
    )
    assert [r.summary_text() for _, r in by_day] == ["early export"]
    # LIKE wildcards are literal in the text filter
    found = audit_log.page_audit(db, admin, AuditFilter(text="0%_"), None, 100)
    assert [r.summary_text() for _, r in found] == ["100%_done"]
    assert len(audit_log.page_audit(db, admin, AuditFilter(text="假日1"), None, 100)) == 11  # 假日1, 假日10..19
    assert len(audit_log.page_audit(db, admin, AuditFilter(entity="calendar_day", username="admin"), None, 100)) == 25
    users, actions, entities = audit_log.filter_choices(db, admin)
    assert "admin" in users and "export" in actions and "calendar_day" in entities


def test_only_admins_read_the_audit(db, admin):
    desk = _actor(db, admin, "desk", FRONT_DESK)
    with pytest.raises(PermissionDenied):
        audit_log.page_audit(db, desk, AuditFilter(), None, 10)


def test_format_changes_lines_up_before_and_after():
    lines = audit_log.format_changes({"name": "李", "roles": ["a"]}, {"name": "王", "active": False})
    assert lines == [("name", "李", "王"), ("roles", '["a"]', ""), ("active", "", "false")]


def test_settings_and_calendar_only_for_admins_and_audited(db, admin):
    desk = _actor(db, admin, "desk", FRONT_DESK)
    with pytest.raises(PermissionDenied):
        center_admin.save_center_settings(db, desk, {"security.idle_lock_minutes": 3})
    with pytest.raises(ValidationError) as info:
        center_admin.save_center_settings(
            db, admin, {"security.idle_lock_minutes": 0, "backup.keep": 0, "center.address": "x" * 10_000}
        )
    assert set(info.value.errors) == {"security.idle_lock_minutes", "backup.keep", "center.address"}
    center_admin.save_center_settings(
        db,
        admin,
        {"center.name": "幸福里 😀", "security.idle_lock_minutes": 3, "backup.folder": "/media/usb", "backup.keep": 7},
    )
    from app import settings

    assert settings.get(db, "backup.keep") == 7 and settings.get(db, "center.name") == "幸福里 😀"
    holiday = dt.date(2027, 2, 11)
    makeup = dt.date(2027, 2, 7)  # a Sunday
    center_admin.set_calendar_day(db, admin, holiday, "holiday", "春节")
    center_admin.set_calendar_day(db, admin, makeup, "workday", "春节调休")
    with pytest.raises(ValidationError):
        center_admin.set_calendar_day(db, admin, dt.date(2027, 2, 8), "workday", "a Monday")
    with pytest.raises(PermissionDenied):
        center_admin.set_calendar_day(db, desk, holiday, "holiday", "x")
    with db.read() as s:
        cal = load_calendar(s)
    assert not cal.is_working_day(holiday) and cal.is_working_day(makeup)
    center_admin.remove_calendar_day(db, admin, holiday)
    assert [e.day for e in center_admin.list_calendar_days(db, 2027)] == [makeup]
    with db.read() as s:
        actions = [
            a
            for (a,) in s.execute(
                select(AuditEntry.action)
                .where(AuditEntry.entity.in_(["settings", "calendar_day"]))
                .order_by(AuditEntry.id)
            )
        ]
    assert actions == ["change", "create", "create", "remove"]


NASTY_TEXT = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["'; DELETE FROM settings; --", "y" * 10_000, "😀🏠", "مركز الخدمة", "a\x07b", "\u202eabc", ""]),
)


@given(NASTY_TEXT, NASTY_TEXT)
@hsettings(max_examples=150)
def test_center_settings_validation_never_crashes(name, address):
    errors = center_admin.validate_center_settings({"center.name": name, "center.address": address})
    assert all(isinstance(m, str) and m for m in errors.values())
    if len(address) > 200 or any(ord(c) < 32 for c in address):
        assert "center.address" in errors
    if not name.strip():
        assert "center.name" in errors


@given(NASTY_TEXT)
@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_holiday_name_is_stored_exactly_or_refused(db, admin, name):
    day = dt.date(2027, 10, 1)
    try:
        center_admin.set_calendar_day(db, admin, day, "holiday", name)
    except ValidationError as exc:
        assert "name" in exc.errors
        return
    stored = [e for e in center_admin.list_calendar_days(db, 2027) if e.day == day]
    assert stored and stored[0].name == name.strip()
