"""Demo data for buildings and visits: households come from the demo residents' addresses; councils for the three
most populated buildings, 三带一联 links for the demo party members (their own unit and households in difficulty
in their building), visits over the last four months (some households of an 80+ resident living alone left
unvisited for 30+ days, so the 未诉先办 alert fires), a few needs turned into requests through the requests service,
and council meetings with follow-up tasks, some done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import audit, clock
from app.community import service as C
from app.database import Database
from app.residents import tags as T
from db.models import Resident, ResidentTag, User
from db.models.community import CareLink, Council, CouncilMember, Meeting, MeetingAttendee, MeetingTask, Visit
from db.models.requests import RequestCategory

FINDINGS = {
    "all_well": (
        "身体状况良好，生活能自理",
        "家中整洁，子女每周探望",
        "已提醒注意用电用气安全",
        "老人精神不错，聊了家常",
    ),
    "not_home": ("敲门无人应答，已电话联系", "老人去女儿家小住"),
    "need_found": ("腿脚不便，下楼买菜困难", "楼道灯坏了，夜间出行不安全", "想申请助餐服务", "家中水管漏水"),
}
NEEDS = (
    ("王阿姨想申请老年助餐送餐上门", "养老"),
    ("楼道声控灯损坏，请物业维修", "物业"),
    ("申请居家适老化改造（卫生间扶手）", "养老"),
)
MEETINGS = (
    ("加装电梯意见征集", "1. 介绍加装电梯政策\n2. 征求各户意见", "多数住户同意启动，下周公示方案"),
    ("楼道堆物清理", "1. 楼道堆物安全隐患\n2. 分工清理", "本周六集中清理，党员带头"),
    ("停车秩序", "1. 电动车充电问题\n2. 车位划线", "联系物业增设充电桩"),
)
TASKS = ("收集住户签名", "联系物业报价", "张贴公示", "组织志愿者清理", "统计充电需求")


def _age(birth: dt.date | None, today: dt.date) -> int:
    if birth is None:
        return 0
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def populate(db: Database, ctx) -> None:
    rng, today, actor = ctx.rng, ctx.today, ctx.actor
    now = clock.now()
    with db.read() as s:
        people = s.execute(
            select(Resident.id, Resident.building, Resident.unit, Resident.room, Resident.birth_date).where(
                Resident.archived_at.is_(None), Resident.building.is_not(None)
            )
        ).all()
        tags: dict[int, set[str]] = {}
        for rid, tag in s.execute(select(ResidentTag.resident_id, ResidentTag.tag)):
            tags.setdefault(rid, set()).add(tag)
        # the demo's own desk and administrator accounts (ctx.staff), never a real person's account that happens to
        # be called "admin": the demo's visits and finished tasks are signed by demo staff
        own = [ctx.staff[k] for k in ("qiantai", "admin") if k in ctx.staff]
        staff = s.execute(select(User.id, User.display_name).where(User.id.in_(own)).order_by(User.id)).all()
        categories = {name: cid for cid, name in s.execute(select(RequestCategory.id, RequestCategory.name))}
        if s.execute(select(Visit.id).limit(1)).first() is not None:
            ctx.log("buildings and visits: demo data already there")
            return
    if not people:
        return
    homes: dict[tuple[str, str, str], list] = {}
    for p in people:
        homes.setdefault((p.building, p.unit or "", p.room or ""), []).append(p)
    by_building: dict[str, list[tuple[str, str, str]]] = {}
    for key in homes:
        by_building.setdefault(key[0], []).append(key)

    def difficult(key) -> bool:
        members = homes[key]
        return any(
            _age(m.birth_date, today) >= 80 or tags.get(m.id, set()) & {T.LIVING_ALONE, T.DIBAO, T.TEKUN, T.DISABILITY}
            for m in members
        )

    def alone_80(key) -> bool:
        members = homes[key]
        return any(
            _age(m.birth_date, today) >= 80 and (len(members) == 1 or T.LIVING_ALONE in tags.get(m.id, set()))
            for m in members
        )

    party = [p for p in people if T.PARTY_MEMBER in tags.get(p.id, set())]
    busiest = sorted(by_building, key=lambda b: (-len(by_building[b]), b))[:3]
    councils: list[tuple[int, str, list[int]]] = []
    links = 0
    carers_of: dict[tuple, list[int]] = {}  # household (b, u, r) or unit (b, u) -> party members linked
    with db.write() as s:
        # councils with their seats (one earlier chair ended, to show the history)
        for building in busiest:
            council = Council(name=f"{building}栋自治理事会", building=building, created_by_id=None, created_at=now)
            s.add(council)
            s.flush()
            residents_here = [p for p in people if p.building == building and _age(p.birth_date, today) >= 25]
            rng.shuffle(residents_here)
            party_here = [p for p in residents_here if p in party]
            chosen = list(dict.fromkeys(party_here[:2] + residents_here[:5]))[:5]
            seats = ["chair", "building_head", "unit_head", "unit_head", "member"]
            start = today - dt.timedelta(days=rng.randint(200, 500))
            seated = []
            for who, seat in zip(chosen, seats, strict=False):
                s.add(
                    CouncilMember(
                        council_id=council.id,
                        resident_id=who.id,
                        role=seat,
                        unit=(who.unit or "") if seat == "unit_head" else "",
                        started_on=start,
                        created_at=now,
                    )
                )
                seated.append(who.id)
            if len(residents_here) > 5:
                s.add(
                    CouncilMember(
                        council_id=council.id,
                        resident_id=residents_here[5].id,
                        role="chair",
                        started_on=start - dt.timedelta(days=730),
                        ended_on=start - dt.timedelta(days=1),
                        created_at=now,
                    )
                )
            councils.append((council.id, building, seated))
        # 三带一联: each party member looks after their own unit and up to three households in difficulty
        for member in party[:40]:
            places = [("unit", member.building, member.unit or "", "")]
            needy = [k for k in by_building.get(member.building, []) if difficult(k) and member not in homes[k]]
            rng.shuffle(needy)
            places += [("household", *k) for k in needy[:3]]
            for scope, b, u, r in places:
                carers_of.setdefault((b, u, r) if scope == "household" else (b, u), []).append(member.id)
                s.add(
                    CareLink(
                        party_member_id=member.id,
                        scope=scope,
                        building=b,
                        unit=u,
                        room=r,
                        started_on=today - dt.timedelta(days=rng.randint(30, 400)),
                        created_at=now,
                    )
                )
                links += 1
        # visits over the last four months: households in difficulty often, some others now and then; a share of
        # the 80+ living-alone households left alone for 30+ days (or never visited)
        visits = []
        left_alone = 0
        for key in homes:
            if alone_80(key):
                if rng.random() < 0.2:
                    left_alone += 1
                    count, low, high = (0, 0, 0) if rng.random() < 0.4 else (rng.randint(1, 2), 31, 120)
                else:
                    count, low, high = rng.randint(2, 5), 0, 120
            elif difficult(key):
                count, low, high = rng.randint(0, 3), 0, 120
            else:
                count, low, high = (1, 0, 120) if rng.random() < 0.15 else (0, 0, 0)
            for _ in range(count):
                members = homes[key]
                result = rng.choices(("all_well", "not_home", "need_found"), (8, 2, 1))[0]
                who = rng.choice(staff) if staff else (None, "")
                carers = carers_of.get(key) or carers_of.get(key[:2]) or []
                visitor = rng.choice(carers) if carers and rng.random() < 0.7 else None
                visits.append(
                    Visit(
                        visited_on=today - dt.timedelta(days=rng.randint(low, high)),
                        building=key[0],
                        unit=key[1],
                        room=key[2],
                        resident_id=rng.choice(members).id if result != "not_home" else None,
                        visitor_user_id=who[0],
                        visitor_resident_id=visitor,
                        visitor_name=who[1],
                        kind=rng.choice(("routine", "care", "care", "follow_up")),
                        result=result,
                        findings=rng.choice(FINDINGS[result]),
                        created_at=now,
                    )
                )
        s.add_all(visits)
        # meetings with attendance and tasks (older ones' tasks done)
        meetings = 0
        tasks = 0
        for council_id, _building, seated in councils:
            for i, (title, agenda, decisions) in enumerate(rng.sample(MEETINGS, 2)):
                held = today - dt.timedelta(days=rng.randint(5, 25) + 30 * i)
                m = Meeting(
                    council_id=council_id,
                    held_on=held,
                    title=title,
                    agenda=agenda,
                    decisions=decisions,
                    created_at=now,
                )
                s.add(m)
                s.flush()
                meetings += 1
                s.add_all(MeetingAttendee(meeting_id=m.id, resident_id=rid) for rid in seated)
                for text in rng.sample(TASKS, 2):
                    done = i == 1 or rng.random() < 0.3
                    s.add(
                        MeetingTask(
                            meeting_id=m.id,
                            description=text,
                            assignee_id=rng.choice(seated) if seated else None,
                            due_on=held + dt.timedelta(days=14),
                            done_at=now - dt.timedelta(days=rng.randint(1, 10)) if done else None,
                            done_by_id=staff[0][0] if done and staff else None,
                            done_note="已完成" if done else None,
                            created_at=now,
                        )
                    )
                    tasks += 1
        audit.record(
            s,
            actor,
            "demo",
            "community_demo",
            None,
            audit.message("community.demo"),
            after={"councils": len(councils), "links": links, "visits": len(visits), "meetings": meetings},
        )
    # a few needs found on a visit, turned into requests in one step through the service (channel 走访)
    needs = 0
    desk = _desk(db, ctx)
    needy_homes = [k for k in homes if difficult(k)]
    rng.shuffle(needy_homes)
    # each recorded as on its day (the clock walks there and back), so the request's intake day is the visit's
    real_now = clock.now()
    real_today = clock.today()
    was_frozen = clock._frozen is not None
    try:
        for (text, hint), key in zip(NEEDS, needy_homes, strict=False):
            category = next((cid for name, cid in categories.items() if hint in name), None) or next(
                iter(categories.values()), None
            )
            if category is None or today > real_today:
                break
            day = today - dt.timedelta(days=rng.randint(1, 10))
            clock.freeze(dt.datetime.combine(day, dt.time(10, rng.randint(0, 59))))
            C.record_visit(
                db,
                desk,
                C.VisitInput(
                    *key,
                    day,
                    kind="care",
                    result="need_found",
                    findings=text,
                    resident_id=homes[key][0].id,
                    need=C.NeedInput(category, text),
                ),
            )
            needs += 1
    finally:
        clock.freeze(real_now if was_frozen else None)
    ctx.log(
        f"buildings and visits: {len(councils)} councils, {links} links, {len(visits) + needs} visits "
        f"({left_alone} households of an 80+ resident living alone left 30+ days), {meetings} meetings, {tasks} tasks"
    )


def _desk(db: Database, ctx):
    from app.accounts.service import actor_for

    uid = ctx.staff.get("qiantai")
    return actor_for(db, uid) if uid is not None else ctx.actor
