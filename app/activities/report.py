"""The classes' part of the monthly district report pack (app.reports.pack.Section): counts only, no person's details.

Per kind of course (senior college, arts or sports groups, interest classes, one-off events) for one calendar month of
local days: courses running (at least one session held in the month), sign-ups made (local day of signing up; a
waitlist place counts, a later withdrawal does not undo it), sessions held, attendances (live marks at those
sessions), and the attendance rate = attendances / places expected, where a held session expects everyone signed up
for its course now plus anyone marked present there (so a resident who withdrew after coming is not a hole).
"""

from __future__ import annotations

from sqlalchemy import func, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.activities.service import BOOKED, KINDS, kind_label
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.i18n import translate
from app.reports.figures import _check_month
from app.reports.pack import Section, Table, pct
from db.models.activities import ActivityAttendance, ActivityCourse, ActivityEnrolment, ActivitySession


@checked
def month_section(db: Database, actor: Actor, year: int, month: int) -> Section:
    """Courses running, sign-ups, sessions held, attendances and the attendance rate by kind, with a totals row."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    with db.read() as s:
        held = s.execute(
            select(ActivitySession.id, ActivitySession.course_id, ActivityCourse.kind)
            .join(ActivityCourse, ActivityCourse.id == ActivitySession.course_id)
            .where(
                ActivitySession.day >= first,
                ActivitySession.day <= last,
                ActivitySession.held_at.is_not(None),
                ActivitySession.cancelled_at.is_(None),
            )
        ).all()
        session_ids = [sid for sid, _, _ in held]
        present: dict[int, set[int]] = {}
        if session_ids:
            for sid, rid in s.execute(
                select(ActivityAttendance.session_id, ActivityAttendance.resident_id).where(
                    ActivityAttendance.session_id.in_(session_ids), ActivityAttendance.voided_at.is_(None)
                )
            ):
                present.setdefault(sid, set()).add(rid)
        course_ids = {cid for _, cid, _ in held}
        booked: dict[int, set[int]] = {}
        if course_ids:
            for cid, rid in s.execute(
                select(ActivityEnrolment.course_id, ActivityEnrolment.resident_id).where(
                    ActivityEnrolment.course_id.in_(course_ids), ActivityEnrolment.status == BOOKED
                )
            ):
                booked.setdefault(cid, set()).add(rid)
        signups = dict(
            s.execute(
                select(ActivityCourse.kind, func.count())
                .join(ActivityEnrolment, ActivityEnrolment.course_id == ActivityCourse.id)
                .where(ActivityEnrolment.created_at >= start, ActivityEnrolment.created_at < end)
                .group_by(ActivityCourse.kind)
            ).all()
        )
    figures = {k: {"courses": set(), "sessions": 0, "attendances": 0, "expected": 0} for k in KINDS}
    for sid, cid, kind in held:
        f = figures.setdefault(kind, {"courses": set(), "sessions": 0, "attendances": 0, "expected": 0})
        f["courses"].add(cid)
        f["sessions"] += 1
        came = present.get(sid, set())
        f["attendances"] += len(came)
        f["expected"] += len(came | booked.get(cid, set()))

    def line(label: str, courses: int, signed: int, sessions: int, came: int, expected: int) -> list[str]:
        rate = came / expected if expected else None
        return [label, str(courses), str(signed), str(sessions), str(came), pct(rate)]

    rows, totals = [], [0, 0, 0, 0, 0]
    for kind, f in figures.items():
        values = [len(f["courses"]), int(signups.get(kind, 0)), f["sessions"], f["attendances"], f["expected"]]
        rows.append(line(kind_label(kind), *values))
        totals = [a + b for a, b in zip(totals, values, strict=True)]
    table = Table(
        translate("Activities", "Classes and activities by kind"),
        [
            translate("Activities", "Kind"),
            translate("Activities", "Courses running"),
            translate("Activities", "Sign-ups"),
            translate("Activities", "Sessions held"),
            translate("Activities", "Attendances"),
            translate("Activities", "Attendance rate"),
        ],
        rows,
        line(translate("Activities", "Total"), *totals),
        ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        [3, 1.4, 1.2, 1.4, 1.4, 1.4],
    )
    return Section(
        key="activities",
        title=translate("Activities", "Classes and activities"),
        tables=[table],
        lines=[
            (translate("Activities", "Sessions held"), str(totals[2])),
            (translate("Activities", "Attendances"), str(totals[3])),
        ],
    )
