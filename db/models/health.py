"""Tables of the health corner (医养): consent, family-doctor signing, chronic conditions, follow-up plans and the
follow-ups done, readings taken at the corner, referrals to the partner clinic.

Everything here is sensitive personal information (个人信息保护法 §28: 医疗健康 information): only the health role
and administrators read it, through `app.health`, which audits every reveal. Nothing is deleted: consent is
withdrawn, a signing ends, a condition is removed, a plan ends, a reading is voided — with who, when and why.

Readings are stored as whole numbers in fixed units (see `HealthReading`); the physical limits a reading must
respect are `app.health.readings.LIMITS`, repeated here as CHECK constraints so no path around the service stores
an impossible value.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow

#: A row still in force (not withdrawn / ended / removed / voided): the partial unique indexes below use it.
CONSENT_ACTIVE = "withdrawn_at IS NULL"
IN_FORCE = "ended_at IS NULL"


class HealthConsent(Base):
    """A resident's consent to the center keeping their health data: who gave it (the resident, or a guardian or
    relative for them), on which day, how (written form, verbal with a witness, online), who recorded it; a withdrawal
    keeps the row and adds when, who recorded it and why. At most one consent in force per resident."""

    __tablename__ = "health_consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    given_by: Mapped[str] = mapped_column(String(L.PERSON_NAME.length))  # the person who consented
    relation: Mapped[str] = mapped_column(String(L.RELATION.length), default="")  # "" = the resident themself
    method: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # written | verbal | online
    given_on: Mapped[dt.date] = mapped_column(Date)  # local day the consent was given
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    withdrawal_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index(
            "uq_health_consents_active",
            "resident_id",
            unique=True,
            sqlite_where=text(CONSENT_ACTIVE),
            postgresql_where=text(CONSENT_ACTIVE),
        ),
    )


class FamilyDoctorSigning(Base):
    """家庭医生签约: the resident's family-doctor team and doctor, the day signed and the day it is due for renewal
    (usually a year later). A renewal ends the old row and adds a new one; at most one signing in force."""

    __tablename__ = "health_signings"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    team: Mapped[str] = mapped_column(String(L.TITLE.length))
    doctor: Mapped[str] = mapped_column(String(L.PERSON_NAME.length))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    renewal_due: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index(
            "uq_health_signings_current",
            "resident_id",
            unique=True,
            sqlite_where=text(IN_FORCE),
            postgresql_where=text(IN_FORCE),
        ),
        Index("ix_health_signings_renewal", "renewal_due", "resident_id"),
        CheckConstraint("renewal_due > signed_on", name="renewal_after_signing"),
    )


class ChronicCondition(Base):
    """A chronic condition the resident has (高血压 I10, 2型糖尿病 E11 …): an ICD-10 code (or the center's own short
    code) and its name as shown. Removed (with reason), never deleted; one row in force per resident and code."""

    __tablename__ = "health_conditions"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    code: Mapped[str] = mapped_column(String(L.CODE.length))
    name: Mapped[str] = mapped_column(String(L.TITLE.length))
    diagnosed_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index(
            "uq_health_conditions_current",
            "resident_id",
            "code",
            unique=True,
            sqlite_where=text(IN_FORCE),
            postgresql_where=text(IN_FORCE),
        ),
    )


class FollowUpPlan(Base):
    """A follow-up plan (随访计划): e.g. hypertension every 3 months. `next_due` (a local day) is kept by the service:
    the last follow-up's day (or the plan's start while none is recorded) plus `interval_months` calendar months,
    clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). Stored so the due/overdue list is one indexed
    range scan (`app.health.queries`)."""

    __tablename__ = "health_followup_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    condition_id: Mapped[int | None] = mapped_column(ForeignKey("health_conditions.id"))
    interval_months: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[dt.date] = mapped_column(Date)
    last_followup_on: Mapped[dt.date | None] = mapped_column(Date)
    next_due: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str | None] = mapped_column(Text)
    #: ended as lost to follow-up (失访: the resident could not be followed up, `end_reason` says why), not stopped
    lost_to_followup: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        # the due/overdue lists scan plans in force by due day; ended plans (years of them) stay out of the index
        Index(
            "ix_health_followup_plans_due",
            "next_due",
            "resident_id",
            sqlite_where=text(IN_FORCE),
            postgresql_where=text(IN_FORCE),
        ),
        Index("ix_health_followup_plans_resident", "resident_id"),
        CheckConstraint("interval_months BETWEEN 1 AND 24", name="interval_months_range"),
    )


class FollowUp(Base):
    """One follow-up done under a plan (随访): the local day, how (at the center, at home, by phone), a short note."""

    __tablename__ = "health_followups"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("health_followup_plans.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    done_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # center | home | phone
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_health_followups_plan", "plan_id", "done_on"),
        Index("ix_health_followups_done", "done_on"),
    )


#: Why a follow-up attempt failed (未随访): the resident could not be reached, refused, has moved away, or another
#: reason told in the note.
ATTEMPT_OUTCOMES = ("unreached", "refused", "moved", "other")


class FollowUpAttempt(Base):
    """A follow-up that was tried and did not happen (an unanswered call, nobody at home, the resident did not come
    to the center): the local day, how it was tried (the follow-up methods: center | home | phone), why it failed
    (`ATTEMPT_OUTCOMES`), a note, who recorded it and when. It is not a follow-up: the plan stays due (its `next_due`
    is untouched) until a completed follow-up is recorded; the failures since the last follow-up are counted on the
    plan's line and the due list."""

    __tablename__ = "health_followup_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("health_followup_plans.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    attempted_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # center | home | phone
    outcome: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # unreached | refused | moved | other
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_health_followup_attempts_plan", "plan_id", "attempted_on"),
        CheckConstraint("outcome IN ('unreached', 'refused', 'moved', 'other')", name="attempt_outcome"),
    )


class HealthReading(Base):
    """Readings taken at the center's health corner at one moment (UTC stored, shown in local time) by a staff
    member. Units, as whole numbers so no float is stored: blood pressure in mmHg (`systolic`, `diastolic`), `pulse`
    in beats per minute, `glucose_tenths` in tenths of a mmol/L (6.1 mmol/L = 61), `weight_tenths` in tenths of a
    kilogram (62.5 kg = 625). Any of them may be absent; at least one is present. A mistaken reading is voided."""

    __tablename__ = "health_readings"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    pulse: Mapped[int | None] = mapped_column(Integer)
    glucose_tenths: Mapped[int | None] = mapped_column(Integer)
    glucose_timing: Mapped[str | None] = mapped_column(String(L.SHORT_CODE.length))  # fasting | after_meal | random
    weight_tenths: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_health_readings_resident", "resident_id", "taken_at"),
        Index("ix_health_readings_taken", "taken_at"),
        CheckConstraint("systolic IS NULL OR systolic BETWEEN 50 AND 300", name="systolic_range"),
        CheckConstraint("diastolic IS NULL OR diastolic BETWEEN 20 AND 200", name="diastolic_range"),
        CheckConstraint(
            "systolic IS NULL OR diastolic IS NULL OR systolic > diastolic", name="systolic_above_diastolic"
        ),
        CheckConstraint("pulse IS NULL OR pulse BETWEEN 20 AND 250", name="pulse_range"),
        CheckConstraint("glucose_tenths IS NULL OR glucose_tenths BETWEEN 6 AND 333", name="glucose_range"),
        CheckConstraint("weight_tenths IS NULL OR weight_tenths BETWEEN 20 AND 3000", name="weight_range"),
        CheckConstraint(
            "systolic IS NOT NULL OR diastolic IS NOT NULL OR pulse IS NOT NULL OR glucose_tenths IS NOT NULL "
            "OR weight_tenths IS NOT NULL",
            name="some_value",
        ),
    )


class HealthReferral(Base):
    """A referral to the partner clinic: the request made to the partner department through the requests service
    (`request_id`, shown on the health record and leading to the request), with the clinical reason kept here, on
    the health side; the request itself only says that it is a health referral, since the front desk reads requests."""

    __tablename__ = "health_referrals"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("req_departments.id"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_health_referrals_resident", "resident_id", "created_at"),
        Index("ix_health_referrals_created", "created_at"),
    )
