"""app.community.queries: the look-ups the alerts ask (last visit, caretaker, living alone), on raw rows."""

import datetime as dt

from app import clock
from app.community.queries import aged_living_alone, caretaker_of, last_visit_dates, living_alone
from app.residents.service import archive_resident
from app.residents.tags import LIVING_ALONE, PARTY_MEMBER
from db.models.community import CareLink, Visit


def _visit(db, day, building="6", unit="2", room="301", resident_id=None, voided=False):
    with db.write() as s:
        s.add(
            Visit(
                visited_on=day,
                building=building,
                unit=unit,
                room=room,
                resident_id=resident_id,
                visitor_name="x",
                kind="routine",
                result="all_well",
                findings="",
                voided_at=clock.now() if voided else None,
            )
        )


def _link(db, member, scope, building, unit="", room="", started=dt.date(2026, 1, 1), ended=None):
    with db.write() as s:
        s.add(
            CareLink(
                party_member_id=member,
                scope=scope,
                building=building,
                unit=unit,
                room=room,
                started_on=started,
                ended_on=ended,
            )
        )


def test_last_visit_household_and_in_person(db, make_resident):
    a = make_resident("甲")
    b = make_resident("乙")  # same household
    c = make_resident("丙", room="302")
    d = make_resident("丁", room="303")
    _visit(db, dt.date(2026, 10, 1))
    _visit(db, dt.date(2026, 11, 2))
    _visit(db, dt.date(2026, 11, 20), voided=True)  # a voided visit never counts
    _visit(db, dt.date(2026, 11, 5), room="302", resident_id=c)
    _visit(db, dt.date(2026, 11, 9), building="9", unit="1", room="101", resident_id=c)  # met elsewhere, in person
    with db.read() as s:
        got = last_visit_dates(s)
        assert got[a] == got[b] == dt.date(2026, 11, 2)
        assert got[c] == dt.date(2026, 11, 9)
        assert d not in got
        assert last_visit_dates(s, [a, d]) == {a: dt.date(2026, 11, 2)}
        assert last_visit_dates(s, []) == {}
        # a big filter takes the unfiltered path and still returns only the ids asked for
        assert last_visit_dates(s, [a, *range(10**6, 10**6 + 6000)]) == {a: dt.date(2026, 11, 2)}


def test_last_visit_address_without_unit(db, make_resident):
    a = make_resident("甲", building="平房", unit="", room="")
    _visit(db, dt.date(2026, 11, 2), building="平房", unit="", room="")
    with db.read() as s:
        assert last_visit_dates(s, [a]) == {a: dt.date(2026, 11, 2)}


def test_caretaker_household_then_unit_then_building(db, make_resident):
    a = make_resident("甲")
    p1 = make_resident("党一", room="101", tags={PARTY_MEMBER: "一支部"})
    p2 = make_resident("党二", room="102", tags={PARTY_MEMBER: "一支部"})
    p3 = make_resident("党三", room="103", tags={PARTY_MEMBER: "一支部"})
    nowhere = make_resident("无址", building="", unit="", room="")
    with db.read() as s:
        assert caretaker_of(s, a) is None
        assert caretaker_of(s, nowhere) is None
    _link(db, p3, "building", "6")
    with db.read() as s:
        assert caretaker_of(s, a) == p3
    _link(db, p2, "unit", "6", "2")
    _link(db, p2, "unit", "6", "3")
    with db.read() as s:
        assert caretaker_of(s, a) == p2
    _link(db, p1, "household", "6", "2", "302")  # the neighbour's household, not this one
    _link(db, p1, "household", "6", "2", "301", ended=dt.date(2026, 6, 1))  # ended: history only
    with db.read() as s:
        assert caretaker_of(s, a) == p2
    _link(db, p1, "household", "6", "2", "301")
    with db.read() as s:
        assert caretaker_of(s, a) == p1
        assert caretaker_of(s, 999999) is None


def test_living_alone_by_tag_or_address(db, admin, make_resident):
    alone = make_resident("独一", room="101")
    pair1 = make_resident("双一", room="102")
    pair2 = make_resident("双二", room="102")
    tagged = make_resident("标三", room="103", tags={LIVING_ALONE: ""})
    make_resident("标同住", room="103")
    nowhere = make_resident("无址", building="", unit="", room="")
    with db.read() as s:
        got = living_alone(s)
    assert alone in got and tagged in got
    assert pair1 not in got and pair2 not in got and nowhere not in got
    archive_resident(db, admin, pair2, "搬走")
    archive_resident(db, admin, alone, "去世")
    with db.read() as s:
        got = living_alone(s)
    assert pair1 in got  # the other one moved out: alone now
    assert alone not in got  # archived residents are never listed


def test_aged_living_alone_is_living_alone_aged_with_its_last_visit(db, admin, make_resident):
    """aged_living_alone(born_by) == living_alone ∩ born on or before born_by, each with last_visit_dates' day."""
    bound = dt.date(1946, 11, 27)
    alone = make_resident("独一", room="101", birth=bound)  # born on the bound: in
    young = make_resident("年轻", room="102", birth=bound + dt.timedelta(days=1))  # a day after: out
    tagged = make_resident("标三", room="103", birth=dt.date(1940, 1, 1), tags={LIVING_ALONE: ""})
    make_resident("标同住", room="103")
    pair = make_resident("双一", room="104", birth=dt.date(1940, 1, 1))
    make_resident("双二", room="104", birth=dt.date(1940, 1, 1))
    unborn = make_resident("无生日", room="105", birth=None)  # alone, birth date unknown: out
    nowhere = make_resident("无址", building="", unit="", room="", birth=dt.date(1930, 1, 1))  # no household
    nowhere_tagged = make_resident("无址标", building="", unit="", room="", birth=dt.date(1930, 1, 1),
                                   tags={LIVING_ALONE: ""})  # fmt: skip
    archived = make_resident("已故", room="106", birth=dt.date(1930, 1, 1), tags={LIVING_ALONE: ""})
    archive_resident(db, admin, archived, "去世")
    mate_left = make_resident("留下", room="107", birth=dt.date(1935, 1, 1))
    archive_resident(db, admin, make_resident("搬走", room="107"), "搬走")  # an archived housemate does not count
    _visit(db, dt.date(2026, 10, 1), room="101")
    _visit(db, dt.date(2026, 11, 2), room="101", voided=True)
    _visit(db, dt.date(2026, 11, 5), room="999", resident_id=tagged)  # met elsewhere, in person
    _visit(db, dt.date(2026, 9, 5), room="103")
    _visit(db, dt.date(2026, 11, 9), building="", unit="", room="", resident_id=nowhere_tagged)
    with db.read() as s:
        got = {row[0]: row for row in aged_living_alone(s, bound)}
        expected_ids = {rid for rid in living_alone(s) if rid not in (young, unborn) and rid != pair}
        visits = last_visit_dates(s, sorted(got))
    assert set(got) == {alone, tagged, nowhere_tagged, mate_left} == expected_ids
    assert nowhere not in got and archived not in got
    assert {rid: row[6] for rid, row in got.items()} == {rid: visits.get(rid) for rid in got}
    assert got[alone][1:] == ("独一", "6", "2", "101", bound, dt.date(2026, 10, 1))
    assert got[tagged][6] == dt.date(2026, 11, 5) and got[mate_left][6] is None
