"""Demo data for the childcare counter: two programs, children with guardians, pick-up adults (one one-day, one
blocked), enrolments and three weeks of attendance. Written in a few bulk transactions so it stays fast."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import audit, clock
from app.database import Database
from db.models import Resident
from db.models.childcare import Child, ChildAttendance, ChildcareDuty, ChildcareProgram, ChildContact, ChildEnrolment

SCHOOLS = ("育才小学", "实验小学", "第一中心小学")
GIVEN = ("子涵", "浩然", "欣怡", "梓萱", "宇轩", "一诺", "思远", "雨桐", "俊熙", "可馨", "明")
ALLERGIES = ("花生过敏", "鸡蛋过敏", "海鲜过敏", "青霉素过敏")
RELATIONS = ("父亲", "母亲", "爷爷", "奶奶", "外公", "外婆")


def _at(day: dt.date, minute: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=clock.local_tz())
    return local.astimezone(dt.UTC)


def populate(db: Database, ctx) -> None:
    rng, today, actor = ctx.rng, ctx.today, ctx.actor
    with db.write() as s:
        people = s.execute(
            select(Resident.id, Resident.name, Resident.birth_date, Resident.phone).where(
                Resident.id.in_(ctx.resident_ids[:3000])
            )
        ).all()
        adults = [p for p in people if p.birth_date is None or (today - p.birth_date).days > 20 * 366]
        if len(adults) < 10:
            return
        term_start = today - dt.timedelta(days=60)
        programs = [
            ChildcareProgram(
                name="四点半课堂",
                kind="after_school",
                starts_on=term_start,
                ends_on=today + dt.timedelta(days=90),
                weekdays=0b11111,
                open_min=16 * 60,
                close_min=18 * 60 + 30,
                groups="一二年级,三四年级",
                capacity=60,
                ratio_children_per_staff=15,
                options="homework,school_pickup",
                absence_cutoff_min=16 * 60 + 45,
            ),
            ChildcareProgram(
                name="晚托班",
                kind="evening",
                starts_on=term_start,
                ends_on=today + dt.timedelta(days=90),
                weekdays=0b01111,
                open_min=18 * 60 + 30,
                close_min=20 * 60 + 30,
                groups="",
                capacity=20,
                ratio_children_per_staff=10,
                options="homework",
            ),
        ]
        s.add_all(programs)
        s.flush()
        n_children = min(70, (len(adults) - 2) // 2)
        family = rng.sample(adults, min(len(adults), n_children * 2 + 10))
        children: list[Child] = []
        for i in range(n_children):
            parent = family[2 * i]
            birth = today - dt.timedelta(days=rng.randint(6 * 365, 11 * 365))
            grade = min(6, max(1, (today - birth).days // 365 - 5))
            children.append(
                Child(
                    name=parent.name[0] + rng.choice(GIVEN),
                    gender=rng.choice("MF"),
                    birth_date=birth,
                    school=rng.choice(SCHOOLS),
                    grade=f"{grade}年级",
                    class_name=f"{rng.randint(1, 6)}班",
                    allergy_note=rng.choice(ALLERGIES) if rng.random() < 0.12 else "",
                    medical_note="哮喘，随身携带喷雾" if rng.random() < 0.05 else "",
                    health_disclosure_on_file=rng.random() < 0.9,
                    safety_agreement_on_file=rng.random() < 0.95,
                )
            )
        s.add_all(children)
        s.flush()
        contacts: list[ChildContact] = []
        for i, c in enumerate(children):
            parent, other = family[2 * i], family[2 * i + 1]
            contacts.append(
                ChildContact(
                    child_id=c.id,
                    resident_id=parent.id,
                    role="guardian",
                    relation=rng.choice(RELATIONS[:2]),
                    phone=parent.phone or "",
                    may_leave_alone_consent=(c.birth_date is not None and (today - c.birth_date).days > 9 * 365),
                )
            )
            contacts.append(
                ChildContact(
                    child_id=c.id,
                    resident_id=other.id,
                    role="pickup",
                    relation=rng.choice(RELATIONS[2:]),
                    phone=other.phone or "",
                )
            )
        extra = family[n_children * 2 :]
        if len(extra) >= 2:
            contacts.append(
                ChildContact(
                    child_id=children[0].id,
                    resident_id=extra[0].id,
                    role="pickup",
                    relation="阿姨",
                    valid_from=today,
                    valid_to=today,
                )
            )
            contacts.append(
                ChildContact(
                    child_id=children[1].id, resident_id=extra[1].id, role="blocked", relation="父亲（法院裁定）"
                )
            )
        s.add_all(contacts)
        s.flush()
        guardian_of = {ct.child_id: ct for ct in contacts if ct.role == "guardian"}
        enrol: list[tuple[Child, ChildcareProgram, str]] = []
        for i, c in enumerate(children):
            if i % 4 == 3:
                enrol.append((c, programs[1], ""))
            else:
                enrol.append((c, programs[0], "一二年级" if c.grade in ("1年级", "2年级") else "三四年级"))
        s.add_all(
            [
                ChildEnrolment(
                    child_id=c.id,
                    program_id=p.id,
                    group_name=g,
                    weekdays=p.weekdays,
                    options=p.options,
                    starts_on=p.starts_on,
                    ends_on=p.ends_on,
                )
                for c, p, g in enrol
            ]
        )
        events: list[ChildAttendance] = []
        duty: list[ChildcareDuty] = []
        staff = actor.display_name
        teachers = (("王老师", "李老师", "陈老师"), ("张老师",))
        overridden = False
        for back in range(21, 0, -1):
            day = today - dt.timedelta(days=back)
            for k, p in enumerate(programs):
                if p.weekdays & (1 << day.weekday()):
                    names = [t for t in teachers[k] if rng.random() < 0.9] or [teachers[k][0]]
                    duty.append(ChildcareDuty(program_id=p.id, day=day, staff_names="\n".join(names), updated_by=staff))
            for c, p, _g in enrol:
                if not p.weekdays & (1 << day.weekday()):
                    continue
                g = guardian_of[c.id]
                r = rng.random()
                if r < 0.06:
                    events.append(
                        ChildAttendance(
                            child_id=c.id,
                            program_id=p.id,
                            day=day,
                            kind="absent",
                            at=_at(day, p.open_min),
                            absence_reason=rng.choice(("notified", "sick")),
                            staff_name=staff,
                            staff_user_id=actor.user_id,
                        )
                    )
                    continue
                t_in = p.open_min + rng.randint(-10, 25)
                t_out = p.close_min - rng.randint(0, 50)
                events.append(
                    ChildAttendance(
                        child_id=c.id,
                        program_id=p.id,
                        day=day,
                        kind="in",
                        at=_at(day, t_in),
                        method="desk",
                        staff_name=staff,
                        staff_user_id=actor.user_id,
                    )
                )
                if rng.random() < 0.004:
                    continue  # a sign-out nobody recorded: the weekly summary flags it
                out = ChildAttendance(
                    child_id=c.id,
                    program_id=p.id,
                    day=day,
                    kind="out",
                    at=_at(day, t_out),
                    contact_id=g.id,
                    adult_name="",
                    method=rng.choice(("desk", "qr")),
                    staff_name=staff,
                    staff_user_id=actor.user_id,
                )
                if not overridden and back <= 7 and not g.may_leave_alone_consent:
                    # one release by override, as the reports should show it
                    out.contact_id, out.alone = None, True
                    # approved by the childcare account (托管 刘芳) when the demo made one, else the demo's actor
                    out.override_by_user_id = ctx.staff.get("tuoguan", actor.user_id)
                    out.override_staff = "托管 刘芳" if "tuoguan" in ctx.staff else actor.display_name
                    out.override_kind = "alone"
                    out.override_reason = "家长来电同意自行回家，已回拨核实"
                    overridden = True
                events.append(out)
        names = dict((p.id, p.name) for p in adults)
        by_id = {ct.id: names.get(ct.resident_id, "") for ct in contacts}
        for ev in events:
            if ev.contact_id is not None:
                ev.adult_name = by_id[ev.contact_id]
        s.add_all(events)
        s.add_all(duty)
        audit.record(
            s,
            actor,
            "demo",
            "childcare",
            None,
            audit.message("childcare.demo", programs=len(programs), children=len(children), events=len(events)),
        )
    ctx.log(f"childcare: {len(children)} children, {len(events)} attendance records")
