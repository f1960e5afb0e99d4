"""Demo data of the classes and activities counter: a senior-college calligraphy course for people aged 60 and over, a
ten-member Peking-opera troupe rehearsing with a teacher from the county troupe (a partner organisation), a summer
interest class taught by a volunteer university student (whose sessions go into the volunteers' hours ledger), and
one performance of the troupe. Written through the services, so every rule and the audit trail hold."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import audit
from app.activities import attendance as T
from app.activities import certificates as C
from app.activities import service as A
from app.database import Database
from app.requests import service as requests
from app.residents.idnumbers import age_on
from db.models import Resident
from db.models.activities import ActivityEnrolment
from db.models.requests import RequestDepartment
from db.models.volunteers import Volunteer

COUNTY_TROUPE = "县京剧团"


def _residents(db: Database, ctx) -> list[tuple[int, dt.date | None]]:
    with db.read() as s:
        return [
            (rid, birth)
            for rid, birth in s.execute(
                select(Resident.id, Resident.birth_date).where(
                    Resident.id.in_(ctx.resident_ids[:3000]), Resident.archived_at.is_(None)
                )
            ).all()
        ]


def _partner(db: Database, actor) -> int:
    with db.read() as s:
        found = s.execute(select(RequestDepartment.id).where(RequestDepartment.name == COUNTY_TROUPE)).scalar()
    return found or requests.create_department(db, actor, COUNTY_TROUPE, is_partner=True, phone="0512-6588 1234")


def _student_volunteer(db: Database, ctx, people) -> int | None:
    with db.read() as s:
        found = s.execute(
            select(Volunteer.resident_id).where(Volunteer.kind == "student", Volunteer.archived_at.is_(None))
        ).scalar()
    if found:
        return found
    from app.volunteers import roster

    for rid, birth in people:
        if birth is not None and 18 <= (age_on(birth, ctx.today) or 0) <= 24:
            roster.save_volunteer(
                db,
                ctx.actor,
                roster.VolunteerInput(resident_id=rid, kind="student", school="南京师范大学", student_number="2024081"),
            )
            return rid
    return None


def _take_attendance(db: Database, ctx, course_id: int, rate: float) -> None:
    members = [e.resident_id for e in A.list_enrolments(db, ctx.actor, course_id) if e.status == A.BOOKED]
    for x in A.list_sessions(db, course_id):
        if x.cancelled or x.day > ctx.today:
            continue
        T.set_attendance(db, ctx.actor, x.id, [m for m in members if ctx.rng.random() < rate])


def _signed_up_on(db: Database, course_id: int, day: dt.date) -> None:
    """The demo's sign-ups were made before the term began (the desk signs up only from today, and attendance is
    refused at sessions held before a resident's sign-up), so their sign-up time is set back to that day."""
    at = dt.datetime.combine(day, dt.time(2, 0), tzinfo=dt.UTC)
    with db.write() as s:
        for e in s.execute(select(ActivityEnrolment).where(ActivityEnrolment.course_id == course_id)).scalars():
            e.created_at = at


def populate(db: Database, ctx) -> None:
    rng, today, actor = ctx.rng, ctx.today, ctx.actor
    people = _residents(db, ctx)
    rng.shuffle(people)
    term_year = today.year if today.month >= 9 else today.year - 1

    # 社区老年大学: calligraphy, Tuesdays, 60 and over, a small fee, taught by a retired calligrapher (a resident)
    college_start = dt.date(term_year, 9, 1)
    elders = [rid for rid, birth in people if (age_on(birth, college_start) or 0) >= 60]
    teacher = elders[0] if elders else None
    calligraphy = A.save_course(
        db,
        actor,
        A.CourseInput(
            name="老年大学·书法班（秋季）",
            kind=A.SENIOR_COLLEGE,
            starts_on=college_start,
            ends_on=dt.date(term_year + 1, 1, 15),
            weekdays=0b0000010,
            start_min=9 * 60,
            duration_min=90,
            capacity=24,
            place="二楼书画室",
            teacher_kind="resident" if teacher else "none",
            teacher_resident_id=teacher,
            min_age=60,
            fee_fen=10000,
            note="自备毛笔、墨汁；宣纸由中心提供",
        ),
    )
    for rid in elders[1:29]:
        A.sign_up(db, actor, calligraphy, rid, waitlist_if_full=True)
    _signed_up_on(db, calligraphy, college_start - dt.timedelta(days=10))
    _take_attendance(db, ctx, calligraphy, 0.85)

    # 文体队伍: the Peking-opera troupe, ten members, a teacher from the county troupe
    partner = _partner(db, actor)
    troupe = A.save_course(
        db,
        actor,
        A.CourseInput(
            name="社区京剧队",
            kind=A.TROUPE,
            starts_on=dt.date(today.year, 1, 1),
            ends_on=dt.date(today.year, 12, 31),
            weekdays=0b0001000,
            start_min=14 * 60 + 30,
            duration_min=150,
            capacity=12,
            place="一楼多功能厅",
            teacher_kind="partner",
            teacher_department_id=partner,
            teacher_name="周玉芳",
        ),
    )
    grown = [rid for rid, birth in people if (age_on(birth, today) or 0) >= 45 and rid != teacher]
    members = grown[-10:]
    for rid in members:
        A.sign_up(db, actor, troupe, rid)
    _signed_up_on(db, troupe, dt.date(today.year, 1, 1) - dt.timedelta(days=10))
    recent = [x for x in A.list_sessions(db, troupe) if today - dt.timedelta(days=70) <= x.day <= today]
    for x in recent:
        T.set_attendance(db, actor, x.id, [m for m in members if rng.random() < 0.9])

    # 暑托班 interest class: paper cutting for children aged 6-12, taught by a volunteer university student
    summer_year = today.year if today >= dt.date(today.year, 8, 28) else today.year - 1
    summer = (dt.date(summer_year, 7, 6), dt.date(summer_year, 8, 28))
    student = _student_volunteer(db, ctx, people)
    children = [rid for rid, birth in people if 6 <= (age_on(birth, summer[0]) or -1) <= 12]
    interest = A.save_course(
        db,
        actor,
        A.CourseInput(
            name="暑托班·剪纸兴趣班",
            kind=A.INTEREST,
            starts_on=summer[0],
            ends_on=summer[1],
            weekdays=0b0010101,
            start_min=15 * 60,
            duration_min=90,
            capacity=20,
            place="三楼活动室",
            teacher_kind="volunteer" if student else "none",
            teacher_resident_id=student,
            min_age=6 if children else None,
            max_age=12 if children else None,
        ),
    )
    # signed up in June, before the class began (the desk refuses sign-ups once a course has ended, so the past
    # sign-ups are written as they were made then)
    signed_at = dt.datetime.combine(summer[0] - dt.timedelta(days=20), dt.time(2, 0), tzinfo=dt.UTC)
    with db.write() as s:
        s.add_all(
            ActivityEnrolment(course_id=interest, resident_id=rid, status=A.BOOKED, created_at=signed_at)
            for rid in children[:18]
        )
    if children:
        _take_attendance(db, ctx, interest, 0.8)
        C.issue_certificates(db, actor, interest)

    # one performance of the troupe, with its members
    show_day = today - dt.timedelta(days=40)
    A.record_event(
        db,
        actor,
        A.EventInput(
            name="重阳敬老京剧专场",
            day=show_day,
            start_min=14 * 60,
            duration_min=120,
            place="社区文化广场",
            participant_ids=members,
            group_id=troupe,
            audience=180,
        ),
    )
    with db.write() as s:
        audit.record(s, actor, "demo", "activity_course", None, audit.message("activities.demo"))
