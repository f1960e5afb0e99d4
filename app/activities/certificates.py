"""结业证书: a completion certificate for each participant of a course who attended at least the completion share of its
term's sessions (every session not cancelled), issued only once the course is over (setting "activities.completion_percent", 75 by default). Numbered (JY<year>-00001); the printed figures
are stored at issue, so issuing again reproduces the same certificate (as the volunteers' service certificates,
app/volunteers/certificates.py, whose layout this follows)."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from app import audit, clock, sequences, settings
from app.accounts.permissions import MANAGE_ACTIVITIES, require
from app.activities.service import EVENT, WITHDRAWN, kind_label
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.errors import NotFound, UserError
from app.i18n import translate
from db.models import Resident
from db.models.activities import (
    ActivityAttendance,
    ActivityCertificate,
    ActivityCourse,
    ActivityEnrolment,
    ActivitySession,
)

SETTING = "activities.completion_percent"


@dataclass(frozen=True)
class CompletionCertificate:
    """Everything printed on a certificate (stored as JSON at issue)."""

    number: str
    issued_on: dt.date
    name: str
    course: str
    kind: str  # the course's kind as printed at issue
    starts_on: dt.date
    ends_on: dt.date
    attended: int
    sessions: int
    teacher: str
    organisation: str
    person_in_charge: str


def _to_json(c: CompletionCertificate) -> str:
    return json.dumps(asdict(c), ensure_ascii=False, default=str, sort_keys=True)


def _from_json(text: str) -> CompletionCertificate:
    d = json.loads(text)
    for k in ("issued_on", "starts_on", "ends_on"):
        d[k] = dt.date.fromisoformat(d[k])
    return CompletionCertificate(**d)


def completes(attended: int, held: int, percent: int) -> bool:
    """Attended at least `percent` per cent of the `held` sessions (whole numbers, no rounding: 3 of 4 is 75 %)."""
    return held > 0 and attended * 100 >= percent * held


@checked
def issue_certificates(db: Database, actor: Actor, course_id: int) -> list[CompletionCertificate]:
    """Issue (or re-issue, identically) the certificates of a course: one per participant (not withdrawn) whose
    attendance reaches the completion share of the term's sessions (every session not cancelled). Refused (UserError)
    for an event, a course not over yet (its term has not ended, or its last scheduled session was not held), or
    nobody reaching the share; nothing is written then."""
    require(actor, MANAGE_ACTIVITIES)
    percent = int(settings.get(db, SETTING))
    center = settings.center_info(db)
    with db.write() as s:
        course = s.get(ActivityCourse, course_id)
        if course is None:
            raise NotFound(translate("Activities", "The course was not found."))
        if course.kind == EVENT:
            raise UserError(translate("Activities", "A one-off event has no completion certificates."))
        # the course must be over: its term ended and its last scheduled (not cancelled) session held; the share
        # counts every session of the term that was not cancelled, held or not
        today = clock.today()
        last = s.execute(
            select(ActivitySession.day, ActivitySession.held_at)
            .where(ActivitySession.course_id == course_id, ActivitySession.cancelled_at.is_(None))
            .order_by(ActivitySession.day.desc(), ActivitySession.start_min.desc())
            .limit(1)
        ).first()
        if last is None:
            raise UserError(translate("Activities", "No session of this course has been held yet."))
        if today < course.ends_on:
            raise UserError(
                translate(
                    "Activities",
                    "The course has not finished yet: its term ends on {end}. Certificates can be issued once it is over.",
                ).format(end=course.ends_on.isoformat())
            )
        if last.held_at is None:
            raise UserError(
                translate(
                    "Activities",
                    "The course has not finished yet: its last session ({day}) has not been held (no attendance taken)."
                    " Certificates can be issued once it is over.",
                ).format(day=last.day.isoformat())
            )
        held = int(
            s.execute(
                select(func.count()).where(
                    ActivitySession.course_id == course_id,
                    ActivitySession.cancelled_at.is_(None),
                )
            ).scalar_one()
        )
        attended = dict(
            s.execute(
                select(ActivityAttendance.resident_id, func.count())
                .join(ActivitySession, ActivitySession.id == ActivityAttendance.session_id)
                .where(
                    ActivitySession.course_id == course_id,
                    ActivityAttendance.voided_at.is_(None),
                    ActivitySession.cancelled_at.is_(None),
                )
                .group_by(ActivityAttendance.resident_id)
            ).all()
        )
        people = s.execute(
            select(Resident.id, Resident.name)
            .join(ActivityEnrolment, ActivityEnrolment.resident_id == Resident.id)
            .where(ActivityEnrolment.course_id == course_id, ActivityEnrolment.status != WITHDRAWN)
            .order_by(Resident.name_pinyin, Resident.id)
        ).all()
        stored = {
            rid: _from_json(text)
            for rid, text in s.execute(
                select(ActivityCertificate.resident_id, ActivityCertificate.content_json).where(
                    ActivityCertificate.course_id == course_id
                )
            ).all()
        }
        teacher = course.teacher_name
        if course.teacher_resident_id:
            teacher = s.execute(select(Resident.name).where(Resident.id == course.teacher_resident_id)).scalar() or ""
        out: list[CompletionCertificate] = []
        new = 0
        for rid, name in people:
            if rid in stored:
                out.append(stored[rid])
                continue
            n = int(attended.get(rid, 0))
            if not completes(n, held, percent):
                continue
            seq = sequences.next_value(s, f"activities.certificate.{today.year}")
            data = CompletionCertificate(
                number=f"JY{today.year}-{seq:05d}",
                issued_on=today,
                name=name,
                course=course.name,
                kind=kind_label(course.kind),
                starts_on=course.starts_on,
                ends_on=course.ends_on,
                attended=n,
                sessions=held,
                teacher=teacher,
                organisation=center.name,
                person_in_charge=center.person_in_charge,
            )
            s.add(
                ActivityCertificate(
                    number=data.number,
                    course_id=course_id,
                    resident_id=rid,
                    attended=n,
                    sessions=held,
                    content_json=_to_json(data),
                    issued_on=today,
                    issued_at=clock.now(),
                    issued_by_id=actor.user_id,
                )
            )
            out.append(data)
            new += 1
        if not out:
            raise UserError(
                translate(
                    "Activities",
                    "Nobody has attended {percent}% of the {held} sessions of the term; no certificate issued.",
                ).format(percent=percent, held=held)
            )
        audit.record(
            s,
            actor,
            "create" if new else "reissue",
            "activity_course",
            course_id,
            audit.message("activities.certificates", course=course.name, n=len(out), new=new),
            after={"percent": percent, "held": held},
        )
        return out


def render_certificates(certificates: list[CompletionCertificate]) -> bytes:
    """One A4 landscape page per certificate, with a frame and a space for the seal (PDF bytes): the issuing
    organisation's name sits inside the seal's circle however long it is (app.documents.seal), and the issuer's
    lines beside it end before the circle."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import ensure_fonts
    from app.documents.seal import draw_seal_space, draw_within
    from app.documents.text import draw_text, keep, text_block

    ensure_fonts()
    buf = io.BytesIO()
    size = landscape(A4)
    c = Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(translate("Activities", "Certificate of Completion"))
    w, h = size
    for data in certificates:
        c.setStrokeColorRGB(0.62, 0.1, 0.1)
        c.setLineWidth(3)
        c.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
        c.setLineWidth(0.8)
        c.rect(16 * mm, 16 * mm, w - 32 * mm, h - 32 * mm)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0.62, 0.1, 0.1)
        draw_text(c, w / 2, h - 45 * mm, translate("Activities", "Certificate of Completion"), 30, "CENTER")
        c.setFillColorRGB(0, 0, 0)
        draw_text(
            c, w - 28 * mm, h - 28 * mm, translate("Activities", "No. {number}").format(number=data.number), 10, "RIGHT"
        )
        body = translate(
            "Activities",
            "{name} took part in {course} ({kind}) from {start} to {end}, attended {attended} of its {sessions} "
            "sessions and has completed the course.",
        ).format(  # the short fields never break across lines; the course's name may
            name=keep(data.name),
            course=data.course,
            kind=data.kind,
            start=keep(data.starts_on.isoformat()),
            end=keep(data.ends_on.isoformat()),
            attended=keep(data.attended),
            sessions=keep(data.sessions),
        )
        p = text_block(body, 16, 30, first_indent=32)
        _, ph = p.wrap(w - 80 * mm, h)
        p.drawOn(c, 40 * mm, h - 70 * mm - ph)
        draw_text(c, 40 * mm, h - 80 * mm - ph, translate("Activities", "This certificate is hereby awarded."), 16)
        if data.teacher:
            draw_text(c, 40 * mm, 52 * mm, translate("Activities", "Teacher: {name}").format(name=data.teacher), 12)
        # the issuer on the left of the seal's circle, ending before it; the circle holds the name too (the seal)
        cx, cy, radius = w - 62 * mm, 50 * mm, 22 * mm
        x, right = w - 175 * mm, cx - radius - 6 * mm
        y = draw_within(c, x, 64 * mm, data.organisation, 14, right - x, name=True)
        y = min(y - 10 * mm, 50 * mm)
        person = data.person_in_charge or "________"
        y = draw_within(c, x, y, translate("Activities", "Person in charge: {name}").format(name=person), 12, right - x)
        draw_within(
            c,
            x,
            y - 9 * mm,
            translate("Activities", "Date of issue: {day}").format(day=data.issued_on.isoformat()),
            12,
            right - x,
        )
        draw_seal_space(c, data.organisation, translate("Activities", "(seal)"), cx, cy, radius)
        c.showPage()
    c.save()
    return buf.getvalue()
