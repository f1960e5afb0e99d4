"""Attendance by list, by name and by the sheet's QR code; the volunteer teacher's hours; certificates; events; the
month's figures (issue 18 item 1 and its part of item 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import settings
from app.activities import attendance as T
from app.activities import certificates as C
from app.activities import report
from app.activities import service as A
from app.errors import UserError
from app.volunteers import ledger
from db.models.activities import ActivityAttendance, ActivityCertificate
from db.models.volunteers import HoursEntry
from tests.childcare.test_sheets import codes_on_page
from tests.pdfcheck import assert_pdf_ok, render_png


@pytest.fixture
def course(db, admin, make_course, make_resident, make_volunteer, frozen):
    """A Monday course taught by a volunteer student, four residents signed up on 09-01 (now 11-30); returns
    (course, people, teacher)."""
    frozen(dt.datetime(2026, 9, 1, 10, 0))
    teacher = make_volunteer("林同学")
    cid = make_course("暑期书法兴趣班", kind=A.INTEREST, teacher_kind="volunteer", teacher_resident_id=teacher)
    people = [make_resident(n) for n in ("赵一", "钱二", "孙三", "李四")]
    for p in people:
        A.sign_up(db, admin, cid, p)
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    return cid, people, teacher


def _past(db, cid):
    return [x for x in A.list_sessions(db, cid) if x.day <= dt.date(2026, 11, 30)]


def test_attendance_by_list_by_name_and_by_scanning_the_sheet(db, admin, course, tmp_path):
    cid, people, _ = course
    first, second, third = _past(db, cid)[:3]
    assert T.set_attendance(db, admin, first.id, people[:3]) == (3, 0)
    assert T.set_attendance(db, admin, first.id, people[:2]) == (0, 1)  # one unticked: voided, kept
    assert [r.present for r in T.attendance_list(db, admin, first.id)].count(True) == 2
    with db.read() as s:
        voided = s.execute(select(ActivityAttendance).where(ActivityAttendance.voided_at.is_not(None))).scalar_one()
        assert voided.resident_id == people[2] and voided.void_reason
    assert T.mark_present(db, admin, second.id, people[0]).already is False
    assert T.mark_present(db, admin, second.id, people[0]).already is True
    # the printed sheet's row codes, read back from the PDF with zbarimg, mark people present
    pdf = T.render_session_sheet(db, admin, third.id)
    assert_pdf_ok(pdf, "Class sign-in sheet", "暑期书法兴趣班", "赵一")
    codes = sorted(codes_on_page(render_png(pdf)[0], tmp_path))  # as the childcare sheet's codes are read
    assert codes == sorted(T.qr_payload(third.id, p) for p in people)
    for code in codes:
        T.scan(db, admin, code, third.id)
    assert all(r.present for r in T.attendance_list(db, admin, third.id))
    with pytest.raises(UserError, match="another session"):
        T.scan(db, admin, codes[0], second.id)
    with pytest.raises(UserError, match="not from a class sign-in sheet"):
        T.scan(db, admin, "CC:1:2026-11-30")


def test_only_residents_signed_up_are_marked_and_not_before_the_session(db, admin, course, make_resident):
    cid, people, _ = course
    stranger = make_resident("路人")
    past = _past(db, cid)[0]
    with pytest.raises(UserError, match="not signed up"):
        T.mark_present(db, admin, past.id, stranger)
    with pytest.raises(UserError):
        T.set_attendance(db, admin, past.id, [stranger])
    coming = [x for x in A.list_sessions(db, cid) if x.day > dt.date(2026, 11, 30)][0]
    with pytest.raises(UserError, match="not taken place"):
        T.mark_present(db, admin, coming.id, people[0])


def test_the_volunteer_teacher_gets_one_ledger_entry_per_session_taught(db, admin, course):
    cid, people, teacher = course
    a, b = _past(db, cid)[:2]
    T.set_attendance(db, admin, a.id, people)
    T.mark_present(db, admin, a.id, people[0])
    T.set_attendance(db, admin, a.id, people[:2])  # taken again: still one entry
    T.mark_present(db, admin, b.id, people[1])
    with db.read() as s:
        entries = s.execute(select(HoursEntry).where(HoursEntry.source == "class")).scalars().all()
    assert sorted((e.day, e.minutes, e.status) for e in entries) == [(a.day, 90, "pending"), (b.day, 90, "pending")]
    assert all(x.teacher_hours_credited for x in A.list_sessions(db, cid) if x.id in (a.id, b.id))
    # approved like every other entry, they count as service hours on the volunteer's certificate
    from app.volunteers import certificates as VC

    for e in entries:
        with db.write() as s:
            ledger.decide(s, admin, e.id, approve=True)
    vol = entries[0].volunteer_id
    cert = VC.issue_certificate(db, admin, vol, dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    assert cert.total_minutes == 180 and cert.services == [("Teaching classes and activities", 180)]


def test_a_resident_teacher_earns_no_volunteer_hours(db, admin, make_course, make_resident):
    cid = make_course(teacher_kind="resident", teacher_resident_id=make_resident("王老师"))
    p = make_resident("学员")
    A.sign_up(db, admin, cid, p)
    T.mark_present(db, admin, _past(db, cid)[-1].id, p)
    with db.read() as s:
        assert s.execute(select(HoursEntry)).first() is None


@pytest.fixture
def finished(db, admin, make_course, make_resident, frozen):
    """A Monday course of four sessions (2026-09-07 .. 09-28), four residents signed up on 09-01, now 11-30."""
    frozen(dt.datetime(2026, 9, 1, 10, 0))
    cid = make_course("暑期书法兴趣班", kind=A.INTEREST, ends_on=dt.date(2026, 9, 28))
    people = [make_resident(n) for n in ("赵一", "钱二", "孙三", "李四")]
    for p in people:
        A.sign_up(db, admin, cid, p)
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    return cid, people


def test_completion_certificates_go_to_those_over_the_threshold(db, admin, finished, tmp_path):
    cid, people = finished
    held = _past(db, cid)
    assert len(held) == 4
    for i, x in enumerate(held):
        # 赵一 all four, 钱二 three (75 %), 孙三 two, 李四 none
        T.set_attendance(
            db, admin, x.id, [p for j, p in enumerate(people) if j == 0 or (j == 1 and i < 3) or (j == 2 and i < 2)]
        )
    certs = C.issue_certificates(db, admin, cid)
    assert sorted(c.name for c in certs) == ["赵一", "钱二"]
    assert {c.name: (c.attended, c.sessions) for c in certs} == {"赵一": (4, 4), "钱二": (3, 4)}
    again = C.issue_certificates(db, admin, cid)
    assert again == certs  # the same numbers and figures
    pdf = C.render_certificates(certs)
    assert_pdf_ok(pdf, "Certificate of Completion", "钱二", "暑期书法兴趣班")
    settings.set_many(db, admin, {C.SETTING: 50})
    assert sorted(c.name for c in C.issue_certificates(db, admin, cid)) == ["孙三", "赵一", "钱二"]


def test_no_certificate_before_any_session_is_held(db, admin, course):
    with pytest.raises(UserError, match="not finished"):
        C.issue_certificates(db, admin, course[0])


def test_no_certificate_while_the_term_runs(db, admin, course):
    """A course a month into its term, two sessions held out of thirteen: refused, nothing issued (clerk's fault)."""
    cid, people, _ = course
    for x in _past(db, cid)[-2:]:
        T.set_attendance(db, admin, x.id, people)
    with pytest.raises(UserError, match="term ends on 2026-12-31"):
        C.issue_certificates(db, admin, cid)
    with db.read() as s:
        assert s.execute(select(ActivityCertificate)).first() is None


def test_no_certificate_before_the_last_session_is_held(db, admin, finished):
    cid, people = finished
    first, *_, last = _past(db, cid)
    T.set_attendance(db, admin, first.id, people)
    with pytest.raises(UserError, match="last session \\(2026-09-28\\) has not been held"):
        C.issue_certificates(db, admin, cid)
    A.cancel_session(db, admin, last.id, "老师生病")
    # the last one cancelled, the one before is now the last
    with pytest.raises(UserError, match="last session \\(2026-09-21\\)"):
        C.issue_certificates(db, admin, cid)


def test_the_share_counts_every_session_of_the_term(db, admin, finished):
    cid, people = finished
    sessions = _past(db, cid)
    T.set_attendance(db, admin, sessions[0].id, people[:1])
    for x in sessions[1:]:
        T.set_attendance(db, admin, x.id, [])
    with pytest.raises(UserError, match="Nobody has attended 75% of the 4 sessions"):
        C.issue_certificates(db, admin, cid)


def test_a_performance_is_recorded_with_its_participants(db, admin, make_course, make_resident):
    troupe = make_course("京剧队", kind=A.TROUPE, capacity=10)
    members = [make_resident(f"票友{i}") for i in range(3)]
    eid = A.record_event(
        db, admin, A.EventInput("重阳节京剧专场", dt.date(2026, 10, 29), 14 * 60, 120, "社区广场", members, troupe, 150)
    )
    row = A.get_course(db, eid)
    assert (row.kind, row.booked, row.held, row.audience, row.group_id) == ("event", 3, 1, 150, troupe)
    with pytest.raises(UserError):
        A.record_event(db, admin, A.EventInput("未来演出", dt.date(2026, 12, 20), 600, 60, "", members))
    with pytest.raises(UserError):
        A.record_event(db, admin, A.EventInput("没人", dt.date(2026, 10, 1), 600, 60, "", []))
    assert [c.name for c in A.classes_of_resident(db, members[0])] == ["重阳节京剧专场"]


def test_the_month_in_figures(db, admin, course, make_resident, make_course):
    cid, people, _ = course
    nov = [x for x in A.list_sessions(db, cid) if x.day.month == 11]
    T.set_attendance(db, admin, nov[0].id, people[:3])
    T.set_attendance(db, admin, nov[1].id, people)
    A.record_event(db, admin, A.EventInput("演出", dt.date(2026, 11, 3), 600, 60, "", people[:2]))
    section = report.month_section(db, admin, 2026, 11)
    (table,) = section.tables
    rows = {r[0]: r for r in table.rows}
    # the four signed up in September: no sign-up in November
    assert rows["Interest class"] == ["Interest class", "1", "0", "2", "7", "87.5%"]
    assert rows["One-off event"][1:5] == ["1", "2", "1", "2"]
    assert table.total == ["Total", "2", "2", "3", "9", "90.0%"]
    assert section.key == "activities"


def test_no_attendance_at_a_session_before_the_sign_up(db, admin, make_course, make_resident):
    """Signed up on 11-30: not present at the 11-16 session (by list, by name or by scan), present on 11-30."""
    cid = make_course()
    p = make_resident("周东生")
    A.sign_up(db, admin, cid, p)
    sessions = {x.day: x.id for x in A.list_sessions(db, cid)}
    before, on_the_day = sessions[dt.date(2026, 11, 16)], sessions[dt.date(2026, 11, 30)]
    with pytest.raises(UserError, match="周东生 signed up on 2026-11-30, after this session \\(2026-11-16\\)"):
        T.set_attendance(db, admin, before, [p])
    with pytest.raises(UserError, match="after this session"):
        T.mark_present(db, admin, before, p)
    with pytest.raises(UserError, match="after this session"):
        T.scan(db, admin, T.qr_payload(before, p))
    with db.read() as s:
        assert s.execute(select(ActivityAttendance)).first() is None
    assert T.mark_present(db, admin, on_the_day, p).already is False
