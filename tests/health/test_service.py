"""The health corner's records (issue 19 item 2): consent first, signing, conditions, plans and follow-ups, readings
with their physical limits, referrals through the requests service, the due list, and who may see any of it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, UserError, ValidationError
from app.health import record as HR
from app.health import service as H
from app.health.readings import LIMITS, parse_tenths, tenths
from app.requests import service as RS
from app.residents.service import archive_resident
from db.models import AuditEntry
from db.models.health import HealthReading
from tests.health.conftest import TODAY


def _audit(db, action=None, entity=None):
    with db.read() as s:
        q = select(AuditEntry)
        if action:
            q = q.where(AuditEntry.action == action)
        if entity:
            q = q.where(AuditEntry.entity == entity)
        return s.execute(q.order_by(AuditEntry.id)).scalars().all()


# --- consent -------------------------------------------------------------------------------------------------------
def test_nothing_is_recorded_without_consent(db, health, resident):
    with pytest.raises(UserError, match="consent"):
        H.record_reading(db, health, H.ReadingInput(resident_id=resident, systolic=130, diastolic=80))
    with pytest.raises(UserError, match="consent"):
        H.add_condition(db, health, resident, "I10", "高血压")
    with pytest.raises(UserError, match="consent"):
        H.record_signing(db, health, H.SigningInput(resident, "团队", "李医生", TODAY))


def test_consent_is_kept_when_withdrawn_and_can_be_given_again(db, health, consented):
    with pytest.raises(UserError):
        H.record_consent(db, health, consented, "赵善庆", "written", TODAY)  # one in force at a time
    H.withdraw_consent(db, health, consented, "本人电话撤回")
    with pytest.raises(UserError, match="consent"):
        H.add_condition(db, health, consented, "I10", "高血压")
    H.record_consent(db, health, consented, "赵小明", "verbal", TODAY, relation="儿子")
    rec = HR.get_record(db, health, consented)
    assert [c.method for c in rec.consents] == ["verbal", "written"]
    assert rec.consent is not None and rec.consent.given_by == "赵小明" and rec.consent.relation == "儿子"
    old = rec.consents[1]
    assert old.withdrawn_at is not None and old.withdrawal_note == "本人电话撤回" and old.recorded_by == "职员health"


def test_consent_input_is_checked(db, health, resident):
    with pytest.raises(ValidationError) as e:
        H.record_consent(db, health, resident, "赵善庆", "telepathy", TODAY)
    assert "method" in e.value.errors
    with pytest.raises(ValidationError):
        H.record_consent(db, health, resident, "赵善庆", "written", TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        H.record_consent(db, health, resident, "  ", "written", TODAY)


def test_an_archived_resident_gets_no_new_health_record(db, admin, health, resident):
    archive_resident(db, admin, resident, "搬离")
    with pytest.raises(UserError, match="archived"):
        H.record_consent(db, health, resident, "赵善庆", "written", TODAY)


# --- readings ------------------------------------------------------------------------------------------------------
def test_a_reading_is_stored_in_whole_units_with_who_and_when(db, health, consented, now):
    rid = H.record_reading(
        db,
        health,
        H.ReadingInput(
            resident_id=consented,
            systolic=142,
            diastolic=88,
            pulse=72,
            glucose_tenths=parse_tenths("6.1"),
            glucose_timing="fasting",
            weight_tenths=parse_tenths("62.5"),
        ),
    )
    with db.read() as s:
        row = s.get(HealthReading, rid)
        assert (row.systolic, row.diastolic, row.pulse, row.glucose_tenths, row.weight_tenths) == (142, 88, 72, 61, 625)
        assert row.taken_by_id == health.user_id
        assert row.taken_at == dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai, stored UTC
    reading = HR.get_record(db, health, consented).readings[0]
    assert reading.taken_by == "职员health" and tenths(reading.glucose_tenths) == "6.1"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"systolic": 400, "diastolic": 90}, "systolic"),
        ({"systolic": 301, "diastolic": 90}, "systolic"),
        ({"systolic": 49, "diastolic": 30}, "systolic"),
        ({"systolic": 120, "diastolic": 201}, "diastolic"),
        ({"systolic": 120, "diastolic": 19}, "diastolic"),
        ({"systolic": 80, "diastolic": 90}, "diastolic"),  # the diastolic is always below the systolic
        ({"systolic": 120}, "diastolic"),  # a pressure is a pair
        ({"glucose_tenths": -1, "glucose_timing": "fasting"}, "glucose_tenths"),
        ({"glucose_tenths": 0, "glucose_timing": "fasting"}, "glucose_tenths"),
        ({"glucose_tenths": 334, "glucose_timing": "random"}, "glucose_tenths"),
        ({"glucose_tenths": 61}, "glucose_timing"),
        ({"weight_tenths": 19}, "weight_tenths"),
        ({"weight_tenths": 3001}, "weight_tenths"),
        ({"pulse": 0}, "pulse"),
        ({"pulse": 251}, "pulse"),
        ({}, "reading"),
    ],
)
def test_readings_outside_physical_limits_are_refused(db, health, consented, values, field):
    with pytest.raises(ValidationError) as e:
        H.record_reading(db, health, H.ReadingInput(resident_id=consented, **values))
    assert field in e.value.errors
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(HealthReading)).scalar_one() == 0


@pytest.mark.parametrize("field", sorted(LIMITS))
def test_the_limits_themselves_are_accepted(db, health, consented, field):
    lim = LIMITS[field]
    for value in (lim.low, lim.high):
        kw = {field: value}
        # the other pressure of the pair keeps the pulse pressure plausible (PULSE_PRESSURE)
        if field == "systolic":
            kw["diastolic"] = min(200, max(20, value - 60))
        if field == "diastolic":
            kw["systolic"] = value + 60
        if field == "glucose_tenths":
            kw["glucose_timing"] = "random"
        H.record_reading(db, health, H.ReadingInput(resident_id=consented, **kw))


def test_the_database_refuses_an_impossible_reading_from_around_the_service(db, health, consented):
    from sqlalchemy.exc import IntegrityError

    from app import clock
    from db.errors import DatabaseProblem  # noqa: F401 - the engine may wrap it

    with pytest.raises(Exception) as e:  # noqa: PT011 - IntegrityError, maybe wrapped by the engine
        with db.write() as s:
            s.add(HealthReading(resident_id=consented, taken_at=clock.now(), systolic=400, diastolic=90))
    assert isinstance(e.value, IntegrityError) or "CHECK" in str(e.value).upper() or "check" in str(e.value)


def test_a_message_names_the_limit_and_unit(db, health, consented):
    with pytest.raises(ValidationError) as e:
        H.record_reading(db, health, H.ReadingInput(resident_id=consented, glucose_tenths=-5, glucose_timing="fasting"))
    assert "0.6" in e.value.errors["glucose_tenths"] and "33.3" in e.value.errors["glucose_tenths"]
    assert "mmol/L" in e.value.errors["glucose_tenths"]


def test_a_reading_in_the_future_is_refused_and_a_voided_one_is_kept(db, health, consented, now):
    from app import clock

    with pytest.raises(ValidationError):
        H.record_reading(
            db,
            health,
            H.ReadingInput(resident_id=consented, pulse=70, taken_at=clock.now() + dt.timedelta(hours=1)),
        )
    rid = H.record_reading(db, health, H.ReadingInput(resident_id=consented, pulse=70))
    H.void_reading(db, health, rid, "录错人")
    with pytest.raises(UserError):
        H.void_reading(db, health, rid, "再次")
    assert HR.get_record(db, health, consented).readings[0].voided


@pytest.mark.parametrize(("typed", "tenths_"), [("6.1", 61), ("６.１", 61), (" 62.50 ", 625), ("62", 620), ("", None)])
def test_typed_decimals_become_tenths(typed, tenths_):
    assert parse_tenths(typed) == tenths_


@pytest.mark.parametrize("typed", ["6.15", "abc", "1.2.3", "6,1x"])
def test_other_typing_is_not_a_number(typed):
    with pytest.raises(ValueError):
        parse_tenths(typed)


# --- signing, conditions, plans, follow-ups ------------------------------------------------------------------------
def test_signing_and_its_renewal(db, health, consented):
    first = H.record_signing(
        db, health, H.SigningInput(consented, "幸福里家庭医生团队", "李医生", TODAY - dt.timedelta(days=360))
    )
    rec = HR.get_record(db, health, consented)
    assert rec.signing.id == first and rec.signing.renewal_due == dt.date(2026, 12, 5)
    with pytest.raises(ValidationError):
        H.record_signing(db, health, H.SigningInput(consented, "团队", "王医生", TODAY, renewal_due=TODAY))
    second = H.record_signing(db, health, H.SigningInput(consented, "幸福里家庭医生团队", "王医生", TODAY))
    rec = HR.get_record(db, health, consented)
    assert (
        rec.signing.id == second and rec.signing.doctor == "王医生" and rec.signing.renewal_due == dt.date(2027, 11, 30)
    )
    H.end_signing(db, health, consented, "迁出本社区")
    assert HR.get_record(db, health, consented).signing is None


def test_add_months_clamps_to_the_month_end():
    assert H.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert H.add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert H.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert H.add_months(dt.date(2026, 10, 15), 3) == dt.date(2027, 1, 15)


def test_the_next_follow_up_is_computed_from_the_last_one(db, health, consented):
    cond = H.add_condition(db, health, consented, "i10", "高血压")
    with pytest.raises(UserError):
        H.add_condition(db, health, consented, "I10", "高血压")  # the code in force already (case folded)
    plan = H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 6, 1))
    rec = HR.get_record(db, health, consented)
    assert rec.plans[0].next_due == dt.date(2026, 9, 1) and rec.plans[0].condition == "高血压"
    assert H.record_followup(db, health, plan, dt.date(2026, 9, 10), "center") == dt.date(2026, 12, 10)
    # a follow-up entered late (older than the latest) changes nothing
    assert H.record_followup(db, health, plan, dt.date(2026, 8, 1), "phone") == dt.date(2026, 12, 10)
    with pytest.raises(ValidationError):
        H.record_followup(db, health, plan, TODAY + dt.timedelta(days=1), "center")
    with pytest.raises(ValidationError):
        H.record_followup(db, health, plan, dt.date(2026, 5, 31), "center")
    with pytest.raises(ValidationError):
        H.start_plan(db, health, consented, 0)
    with pytest.raises(ValidationError):
        H.start_plan(db, health, consented, 25)
    H.remove_condition(db, health, cond, "误诊")
    rec = HR.get_record(db, health, consented)
    assert rec.conditions == [] and rec.plans == []  # the condition's plan ended with it
    with pytest.raises(UserError):
        H.record_followup(db, health, plan, TODAY, "center")


# --- due list ------------------------------------------------------------------------------------------------------
def test_the_due_list_has_follow_ups_and_renewals_overdue_first(db, health, consented, admin):
    from app.residents.service import ResidentInput, create_resident

    H.record_signing(
        db, health, H.SigningInput(consented, "幸福里家庭医生团队", "李医生", TODAY - dt.timedelta(days=360))
    )
    cond = H.add_condition(db, health, consented, "E11", "2型糖尿病")
    plan = H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 8, 20))  # due 11-20
    other = create_resident(db, admin, ResidentInput(name="钱未同意"))
    rows = HR.due_list(db, health, TODAY)
    assert [(r.kind, r.ref_id, r.due, r.overdue) for r in rows] == [
        (HR.FOLLOWUP, plan, dt.date(2026, 11, 20), True),
        (HR.RENEWAL, rows[1].ref_id, dt.date(2026, 12, 5), False),
    ]
    assert rows[0].masked_id == "110105********0014" and rows[0].phone == "13812345678" and rows[0].what == "2型糖尿病"
    assert [r.kind for r in HR.due_list(db, health, TODAY, overdue_only=True)] == [HR.FOLLOWUP]
    assert HR.due_list(db, health, TODAY, within_days=0) == rows[:1]
    assert all(r.resident_id != other for r in rows)
    H.withdraw_consent(db, health, consented, "撤回")
    assert HR.due_list(db, health, TODAY) == []


# --- referrals -----------------------------------------------------------------------------------------------------
def test_a_referral_is_a_request_dispatched_to_the_partner_and_linked_back(db, health, consented, clinic, desk):
    ref = H.refer(db, health, H.ReferralInput(consented, clinic, "血压连续三次偏高，请医生调整用药"))
    detail = RS.get_request(db, desk, ref.request_id)
    assert detail.status == "dispatched" and detail.number == ref.request_number
    assert "血压" not in detail.description  # the clinical reason stays on the health side
    rec = HR.get_record(db, health, consented)
    assert rec.referrals[0].request_number == ref.request_number and rec.referrals[0].partner == "社区卫生服务中心"
    assert rec.referrals[0].reason.startswith("血压")


def test_a_referral_goes_to_a_partner_only(db, health, consented, admin, clinic):
    office = RS.create_department(db, admin, "社会事务办")
    with pytest.raises(ValidationError):
        H.refer(db, health, H.ReferralInput(consented, office, "需要转介"))
    with pytest.raises(ValidationError):
        H.refer(db, health, H.ReferralInput(consented, clinic, " "))


# --- who may see it ------------------------------------------------------------------------------------------------
def test_only_the_health_role_and_administrators_read_health_records(db, health, cashier, desk, admin, consented):
    for who in (cashier, desk):
        with pytest.raises(PermissionDenied):
            HR.get_record(db, who, consented)
        with pytest.raises(PermissionDenied):
            HR.due_list(db, who, TODAY)
        with pytest.raises(PermissionDenied):
            HR.has_consent(db, who, consented)
        with pytest.raises(PermissionDenied):
            H.record_reading(db, who, H.ReadingInput(resident_id=consented, pulse=70))
    HR.get_record(db, admin, consented)
    HR.get_record(db, health, consented)


def test_every_opening_of_a_record_is_audited(db, health, consented):
    before = len(_audit(db, "reveal_health"))
    HR.get_record(db, health, consented, where="健康服务")
    HR.get_record(db, health, consented)
    entries = _audit(db, "reveal_health")
    assert len(entries) == before + 2
    assert entries[-2].entity == "resident" and entries[-2].entity_id == str(consented)
    assert entries[-2].user_id == health.user_id


def test_the_audit_trail_holds_no_reading_values(db, health, consented):
    H.record_reading(db, health, H.ReadingInput(resident_id=consented, systolic=187, diastolic=111))
    entry = _audit(db, "create", "health_reading")[-1]
    assert "187" not in (entry.summary + (entry.after_json or "")) and "111" not in entry.summary


@pytest.mark.parametrize(("systolic", "diastolic"), [(300, 20), (250, 60), (120, 115), (121, 112)])
def test_a_pair_of_pressures_that_cannot_be_a_reading_is_refused(db, health, consented, systolic, diastolic):
    """Each value within its own limits, the pair not a blood pressure: the pulse pressure (systolic − diastolic)
    is 10–150 mmHg (app/health/readings.py says why). 300/20 was stored (polish1, item 5)."""
    with pytest.raises(ValidationError) as e:
        H.record_reading(db, health, H.ReadingInput(resident_id=consented, systolic=systolic, diastolic=diastolic))
    message = e.value.errors["diastolic"]
    assert f"{systolic}/{diastolic}" in message and "10" in message and "150" in message
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(HealthReading)).scalar_one() == 0


@pytest.mark.parametrize(("systolic", "diastolic"), [(90, 80), (240, 90), (170, 30)])
def test_pulse_pressures_at_the_bounds_are_accepted(db, health, consented, systolic, diastolic):
    H.record_reading(db, health, H.ReadingInput(resident_id=consented, systolic=systolic, diastolic=diastolic))
