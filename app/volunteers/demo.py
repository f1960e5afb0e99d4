"""Demo data for the volunteers counter: volunteers, weekly templates, three past weeks and the coming week of
shifts with sign-ups, attendance and hours (most approved, some pending, a forgotten check-out under review).
Written in a few bulk transactions so `community-desk demo` stays fast."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import audit, clock
from app.database import Database
from app.residents.tags import PARTY_MEMBER
from app.volunteers import roster
from db.models import Resident, ResidentTag
from db.models.volunteers import (
    HoursEntry,
    Shift,
    ShiftTemplate,
    SignUp,
    Volunteer,
    VolunteerPost,
    VolunteerQualification,
)

SKILLS = ("急救", "辅导作业", "电脑", "书法", "理发", "手语", "驾驶")
SCHOOLS = ("南京大学", "东南大学", "南京师范大学", "河海大学")
# (post code, weekday, start, end, min, max)
TEMPLATES = [
    *[("canteen", wd, 11 * 60, 13 * 60 + 30, 2, 4) for wd in range(5)],
    *[("tutoring", wd, 16 * 60, 18 * 60, 2, 3) for wd in range(5)],
    *[("front_desk", wd, 9 * 60, 12 * 60, 1, 2) for wd in range(6)],
    ("station", 2, 14 * 60, 17 * 60, 1, 2),
    ("station", 5, 9 * 60, 12 * 60, 1, 2),
    ("visits", 1, 9 * 60, 11 * 60, 2, 4),
    ("visits", 3, 14 * 60, 16 * 60, 2, 4),
]


def populate(db: Database, ctx) -> None:
    rng, today, actor = ctx.rng, ctx.today, ctx.actor
    roster.list_posts(db)  # built-in posts
    with db.write() as s:
        posts = {p.code: p.id for p in s.execute(select(VolunteerPost)).scalars()}
        party = dict(
            s.execute(select(ResidentTag.resident_id, ResidentTag.detail).where(ResidentTag.tag == PARTY_MEMBER)).all()
        )
        adults = [
            rid
            for rid, birth in s.execute(
                select(Resident.id, Resident.birth_date).where(Resident.id.in_(ctx.resident_ids[:3000]))
            ).all()
            if birth is None or (today - birth).days > 18 * 366
        ]
        # a resident is one volunteer: skip those who already are (e.g. a claim credited by the requests counter,
        # or demo data written before)
        existing = {rid: v for v, rid in s.execute(select(Volunteer, Volunteer.resident_id)).all()}
        picked = list(dict.fromkeys(list(party)[:15] + rng.sample(adults, min(45, len(adults)))))[:50]
        chosen = [rid for rid in picked if rid not in existing]
        now = clock.now()
        vols = [v for v in existing.values() if v.archived_at is None and v.resident_id in picked]
        new_vols = []
        for i, rid in enumerate(chosen):
            kind = "party" if rid in party else ("student" if i % 4 == 0 else "resident")
            new_vols.append(
                Volunteer(
                    resident_id=rid,
                    kind=kind,
                    branch=party.get(rid) or "" if kind == "party" else "",
                    school=rng.choice(SCHOOLS) if kind == "student" else "",
                    student_number=f"2024{rng.randrange(10000, 99999)}" if kind == "student" else "",
                    skills=",".join(sorted(rng.sample(SKILLS, rng.randrange(0, 3)))),
                    availability=rng.choice(("工作日下午", "周末", "工作日上午", "")),
                    external_number=f"ZYH{rng.randrange(1000000, 9999999)}" if rng.random() < 0.6 else "",
                    created_at=now,
                )
            )
        s.add_all(new_vols)
        s.flush()
        for v in new_vols:  # first-aid holders carry the certificate, a few of them lapsed
            if "急救" in v.skills.split(","):
                expiry = today + dt.timedelta(days=rng.randrange(-120, 900))
                s.add(VolunteerQualification(volunteer_id=v.id, name="急救证", expires_on=expiry))
        vols += new_vols
        have = {
            (t.post_id, t.weekday, t.start_min, t.end_min): t
            for t in s.execute(select(ShiftTemplate).where(ShiftTemplate.active)).scalars()
        }
        templates = [
            have.get((posts[c], wd, a, b))
            or ShiftTemplate(post_id=posts[c], weekday=wd, start_min=a, end_min=b, min_people=lo, max_people=hi)
            for c, wd, a, b, lo, hi in TEMPLATES
        ]
        s.add_all(t for t in templates if t.id is None)
        s.flush()
        monday = today - dt.timedelta(days=today.weekday())
        first, last = monday - dt.timedelta(days=21), monday + dt.timedelta(days=6)
        done = set(
            s.execute(
                select(Shift.template_id, Shift.day).where(
                    Shift.template_id.in_([t.id for t in templates]), Shift.day >= first, Shift.day <= last
                )
            ).all()
        )
        shifts = []
        day = first
        while day <= last:
            for t in templates:
                if t.weekday == day.weekday() and (t.id, day) not in done:
                    shifts.append(
                        Shift(
                            post_id=t.post_id,
                            day=day,
                            start_min=t.start_min,
                            end_min=t.end_min,
                            min_people=t.min_people,
                            max_people=t.max_people,
                            template_id=t.id,
                            created_at=now,
                        )
                    )
            day += dt.timedelta(days=1)
        s.add_all(shifts)
        s.flush()
        busy: dict[tuple[int, dt.date], list[tuple[int, int]]] = {}
        for vid, day, a, b in s.execute(
            select(SignUp.volunteer_id, Shift.day, Shift.start_min, Shift.end_min)
            .join(Shift, Shift.id == SignUp.shift_id)
            .where(SignUp.status == "booked", Shift.day >= first, Shift.day <= last)
        ):
            busy.setdefault((vid, day), []).append((a, b))
        signups: list[tuple[SignUp, Shift]] = []
        tz = clock.local_tz()
        for sh in shifts:
            want = rng.randrange(max(0, sh.min_people - 1), sh.max_people + 1)
            for v in rng.sample(vols, min(len(vols), want * 2)):
                if want == 0:
                    break
                spans = busy.setdefault((v.id, sh.day), [])
                if any(roster.overlaps(a, b, sh.start_min, sh.end_min) for a, b in spans):
                    continue
                spans.append((sh.start_min, sh.end_min))
                su = SignUp(shift_id=sh.id, volunteer_id=v.id, status="booked", created_at=now, created_by_id=None)
                signups.append((su, sh))
                want -= 1
        s.add_all(su for su, _ in signups)
        s.flush()
        entries = []
        for su, sh in signups:
            start = dt.datetime.combine(sh.day, dt.time(0), tzinfo=tz) + dt.timedelta(minutes=sh.start_min)
            if sh.day >= today:
                continue
            r = rng.random()
            if r < 0.05:
                su.no_show = True
                continue
            su.checked_in_at = start + dt.timedelta(minutes=rng.randrange(-10, 10))
            forgotten = r < 0.08
            length = roster.shift_minutes(sh.start_min, sh.end_min)
            minutes = length if forgotten else length + rng.randrange(-15, 15)
            su.checked_out_at = su.checked_in_at + dt.timedelta(minutes=minutes)
            recent = (today - sh.day).days <= 3
            entries.append(
                HoursEntry(
                    volunteer_id=su.volunteer_id,
                    source="shift",
                    source_ref=str(sh.id),
                    signup_id=su.id,
                    day=sh.day,
                    minutes=minutes,
                    status="pending" if (recent or forgotten) else "approved",
                    needs_review=forgotten,
                    review_reason="forgotten_checkout" if forgotten else "",
                    created_at=now,
                    decided_at=None if (recent or forgotten) else now,
                )
            )
        s.add_all(entries)
        audit.record(
            s,
            actor,
            "create",
            "volunteer",
            None,
            audit.message("volunteers.demo"),
            after={"volunteers": len(vols), "shifts": len(shifts), "signups": len(signups), "hours": len(entries)},
        )
    ctx.log(f"volunteers: {len(vols)}, shifts: {len(shifts)}, sign-ups: {len(signups)}, hours entries: {len(entries)}")
