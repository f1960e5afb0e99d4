"""One live 三带一联 link per party member and place across workstations: two real processes add the same link at
once, round after round; exactly one is stored, the other refused with the clear message (a partial unique index,
not a check in Python). Bounded rounds; the same test runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select

from app.accounts.service import actor_for
from app.community import service as C
from app.residents.service import ResidentInput, create_resident
from app.residents.tags import PARTY_MEMBER
from db.models.community import CareLink
from tests.race import race

ROUNDS = 12


def _link(db, round_no, worker, plan):
    from app.errors import UserError

    member, room = plan[round_no]
    try:
        return ("linked", C.add_link(db, actor_for(db, 1), member, "household", "6", "2", room))
    except UserError as exc:
        return ("refused", exc.message)


def test_two_desks_add_the_same_link_once(db, admin, db_url):
    plan = []
    for i in range(ROUNDS):
        room = f"{i + 1:02d}01"
        create_resident(db, admin, ResidentInput(name=f"住户{i}", building="6", unit="2", room=room))
        member = create_resident(
            db, admin, ResidentInput(name=f"党员{i}", building="6", unit="1", room="101", tags={PARTY_MEMBER: "一支部"})
        )
        plan.append((member, room))
    results = race(db_url, "tests.community.test_races:_link", args=(plan,), processes=2, rounds=ROUNDS)
    for round_no, outcomes in enumerate(results.rounds):
        kinds = sorted(o.value[0] for o in outcomes if o.error is None)
        assert kinds == ["linked", "refused"], (round_no, outcomes)
        assert "already looks after" in next(o.value[1] for o in outcomes if o.value[0] == "refused")
        member, room = plan[round_no]
        with db.read() as s:
            n = s.scalar(select(func.count()).select_from(CareLink).where(CareLink.party_member_id == member))
        assert n == 1
