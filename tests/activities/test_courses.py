"""Courses, sign-ups with a waitlist, conditions and bad input (issue 18 item 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.activities import service as A
from app.errors import UserError, ValidationError
from app.residents.tags import DIBAO
from db.models import AuditEntry
from db.models.activities import ActivityCourse, ActivityEnrolment, ActivitySession

from .conftest import TERM


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_weekly_course_gets_its_sessions_from_the_schedule(db, make_course):
    cid = make_course(weekdays=0b0000101)  # Monday and Wednesday
    sessions = A.list_sessions(db, cid)
    days = [x.day for x in sessions]
    assert days[0] == dt.date(2026, 9, 2) and days[-1] == dt.date(2026, 12, 30)
    assert all(d.weekday() in (0, 2) for d in days)
    assert len(days) == len(A.schedule_days(*TERM, 0b101))
    row = A.get_course(db, cid)
    assert row.sessions == len(days) and row.held == 0
    assert "09:00–10:30" in row.schedule_text


def test_a_session_may_end_after_midnight(db, make_course):
    cid = make_course("夜场排练", kind=A.TROUPE, weekdays=0, start_min=22 * 60, duration_min=150)
    (only,) = A.list_sessions(db, cid)
    assert (only.day, only.start_min, only.duration_min) == (TERM[0], 22 * 60, 150)
    assert only.time_text == "22:00–next day 00:30"


def test_changing_the_schedule_cancels_sessions_not_held_and_adds_new_ones(db, admin, make_course):
    cid = make_course(weekdays=0b1)
    inp = A.get_course(db, cid).to_input()
    inp.weekdays = 0b10  # Tuesdays from now on
    A.save_course(db, admin, inp, cid)
    live = [x for x in A.list_sessions(db, cid) if not x.cancelled]
    assert live and all(x.day.weekday() == 1 for x in live)
    assert any(x.cancelled and x.day.weekday() == 0 for x in A.list_sessions(db, cid))


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"ends_on": dt.date(2026, 8, 1)}, "ends_on", "The term ends before it starts."),
        ({"duration_min": 0}, "duration_min", None),
        ({"fee_fen": -100}, "fee_fen", None),
        ({"capacity": 0}, "capacity", None),
        ({"name": " "}, "name", "Give the course a name."),
        ({"min_age": 70, "max_age": 60}, "max_age", "The highest age is below the lowest age."),
        ({"required_tags": ["nonsense"]}, "required_tags", None),
        ({"teacher_kind": "partner"}, "teacher_department_id", "Choose the partner organisation."),
    ],
)
def test_bad_course_input_is_refused_with_nothing_written(db, admin, today, change, field, words):
    values = dict(
        name="书法班",
        kind=A.SENIOR_COLLEGE,
        starts_on=TERM[0],
        ends_on=TERM[1],
        weekdays=1,
        start_min=540,
        duration_min=90,
        capacity=20,
    )
    values.update(change)
    audits = _count(db, AuditEntry)
    with pytest.raises(ValidationError) as info:
        A.save_course(db, admin, A.CourseInput(**values))
    assert field in info.value.errors
    if words:
        assert info.value.errors[field] == words
    assert _count(db, ActivityCourse) == 0 and _count(db, ActivitySession) == 0 and _count(db, AuditEntry) == audits


def test_the_database_itself_refuses_a_negative_fee_and_a_session_of_no_length(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            ActivityCourse(
                name="x",
                kind="interest",
                starts_on=TERM[0],
                ends_on=TERM[1],
                start_min=0,
                duration_min=60,
                capacity=1,
                fee_fen=-1,
            )
        )
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            ActivityCourse(
                name="x",
                kind="interest",
                starts_on=TERM[0],
                ends_on=TERM[1],
                start_min=0,
                duration_min=0,
                capacity=1,
                fee_fen=0,
            )
        )


def test_a_volunteer_teacher_must_be_a_volunteer(db, admin, make_course, make_resident, make_volunteer):
    plain = make_resident("王老师", dt.date(1980, 1, 1))
    with pytest.raises(ValidationError) as info:
        make_course(teacher_kind="volunteer", teacher_resident_id=plain)
    assert "not a volunteer" in info.value.errors["teacher_resident_id"]
    student = make_volunteer("李同学")
    cid = make_course(teacher_kind="volunteer", teacher_resident_id=student)
    assert A.get_course(db, cid).teacher == "李同学"


def test_a_partner_organisations_teacher(db, admin, make_course):
    from app.requests import service as S

    dep = S.create_department(db, admin, "县京剧团", is_partner=True)
    cid = make_course("京剧队", kind=A.TROUPE, teacher_kind="partner", teacher_department_id=dep, teacher_name="周老师")
    assert A.get_course(db, cid).teacher == "周老师（县京剧团）"


def test_full_course_offers_the_waitlist_and_the_first_in_line_moves_up(db, admin, make_course, make_resident):
    cid = make_course(capacity=2)
    a, b, c, d = (make_resident(n) for n in ("甲", "乙", "丙", "丁"))
    assert A.sign_up(db, admin, cid, a).status == "booked"
    booked_b = A.sign_up(db, admin, cid, b)
    with pytest.raises(A.CourseFull) as full:
        A.sign_up(db, admin, cid, c)
    assert "full" in full.value.message and "waitlist" in full.value.message
    assert _count(db, ActivityEnrolment) == 2
    first = A.sign_up(db, admin, cid, c, waitlist_if_full=True)
    second = A.sign_up(db, admin, cid, d, waitlist_if_full=True)
    assert (first.status, second.status) == ("waitlist", "waitlist")
    promoted = A.withdraw(db, admin, booked_b.enrolment_id, "搬家")
    assert promoted == first.enrolment_id
    rows = {r.name: r for r in A.list_enrolments(db, admin, cid, include_withdrawn=True)}
    assert rows["丙"].status == "booked" and rows["丁"].status == "waitlist"
    assert rows["乙"].status == "withdrawn" and rows["乙"].withdraw_reason == "搬家"
    with db.read() as s:
        gone = s.get(ActivityEnrolment, booked_b.enrolment_id)
        assert gone.withdrawn_at is not None and gone.withdrawn_by_id == admin.user_id
    with pytest.raises(UserError):
        A.withdraw(db, admin, booked_b.enrolment_id, "again")
    with pytest.raises(ValidationError):
        A.withdraw(db, admin, first.enrolment_id, " ")


def test_signing_up_twice_is_refused(db, admin, make_course, make_resident):
    cid, a = make_course(), make_resident("甲")
    A.sign_up(db, admin, cid, a)
    with pytest.raises(UserError, match="already signed up"):
        A.sign_up(db, admin, cid, a)


def test_the_senior_college_takes_sixty_and_over(db, admin, make_course, make_resident):
    cid = make_course(min_age=60)
    young = make_resident("年轻人", dt.date(1970, 1, 1))
    sixty = make_resident("刚满", dt.date(1966, 9, 1))  # 60 on the term's first day
    unknown = make_resident("不知", None)
    with pytest.raises(UserError, match="aged 60 and over"):
        A.sign_up(db, admin, cid, young)
    with pytest.raises(UserError, match="date of birth"):
        A.sign_up(db, admin, cid, unknown)
    assert A.sign_up(db, admin, cid, sixty).status == "booked"
    assert _count(db, ActivityEnrolment) == 1


def test_a_category_condition_uses_the_resident_tags(db, admin, make_course, make_resident):
    cid = make_course(required_tags=[DIBAO])
    with pytest.raises(UserError, match="category"):
        A.sign_up(db, admin, cid, make_resident("无标签"))
    assert A.sign_up(db, admin, cid, make_resident("低保户", tags={DIBAO: ""})).status == "booked"


def test_a_larger_capacity_moves_the_waitlist_up(db, admin, make_course, make_resident):
    cid = make_course(capacity=1)
    A.sign_up(db, admin, cid, make_resident("甲"))
    waiting = A.sign_up(db, admin, cid, make_resident("乙"), waitlist_if_full=True)
    inp = A.get_course(db, cid).to_input()
    inp.capacity = 2
    A.save_course(db, admin, inp, cid)
    assert {r.id: r.status for r in A.list_enrolments(db, admin, cid)}[waiting.enrolment_id] == "booked"


def test_fee_in_fen_is_shown_in_yuan(db, make_course):
    from app.documents.common import yuan

    cid = make_course(fee_fen=12050)
    assert yuan(A.get_course(db, cid).fee_fen) == "¥120.50"


def test_an_age_refusal_says_the_age_was_taken_when_the_course_began(db, admin, make_course, make_resident):
    """Born 1966-11-29, 60 since yesterday (today 2026-11-30), but 59 on 2026-11-01 when the term began: the refusal
    says so, so it does not contradict the 60 shown on his record."""
    cid = make_course(min_age=60, starts_on=dt.date(2026, 11, 1), ends_on=dt.date(2027, 1, 31))
    him = make_resident("周东生", dt.date(1966, 11, 29))
    with pytest.raises(UserError) as e:
        A.sign_up(db, admin, cid, him)
    assert str(e.value) == "周东生 was 59 when the course began (2026-11-01); it is for people aged 60 and over."
    older = make_course("少儿班", max_age=12, starts_on=dt.date(2026, 11, 1), ends_on=dt.date(2027, 1, 31))
    with pytest.raises(UserError, match=r"was 13 when the course began \(2026-11-01\); it is for people up to 12"):
        A.sign_up(db, admin, older, make_resident("小明", dt.date(2013, 10, 1)))
