"""Councils, 三带一联 links, visits (with a need turned into a request), meetings and tasks; the bad input of
issue 19 (a visit dated in the future, a link to an archived resident)."""

import datetime as dt

import pytest

from app import clock
from app.community import households as H
from app.community import service as C
from app.errors import UserError, ValidationError
from app.requests import service as R
from app.residents.service import archive_resident
from app.residents.tags import PARTY_MEMBER

TODAY = dt.datetime(2026, 11, 30, 10, 0)


@pytest.fixture
def place(db, admin, make_resident, frozen):
    frozen(TODAY)
    old = make_resident("王秀英", birth=dt.date(1940, 3, 1))
    son = make_resident("王强", birth=dt.date(1970, 3, 1))
    member = make_resident("李党员", room="101", birth=dt.date(1975, 1, 1), tags={PARTY_MEMBER: "第一支部"})
    return {"old": old, "son": son, "member": member}


@pytest.mark.parametrize("typed", ["6-2-301", "6栋2单元301", "6号楼2单元301室", "６－２－３０１", " 6 2 301 "])
def test_household_found_by_what_staff_type(db, admin, place, typed):
    rows = H.find_households(db, admin, typed)
    assert [(h.key, h.people) for h in rows] == [(("6", "2", "301"), 2)]


def test_parse_address_shapes():
    assert H.parse_address("6栋") == H.AddressQuery("6")
    assert H.parse_address("6-2") == H.AddressQuery("6", second="2")
    assert H.parse_address("6栋2单元") == H.AddressQuery("6", unit="2")
    assert H.parse_address("6栋301室") == H.AddressQuery("6", room="301")
    assert H.parse_address("  ") is None


def test_household_view_lists_occupants_links_visits(db, admin, place):
    C.add_link(db, admin, place["member"], "household", "6", "2", "301")
    C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20), resident_id=place["old"]))
    h = H.get_household(db, admin, "6", "2", "301")
    assert [o.name for o in h.occupants] == ["王秀英", "王强"]  # the eldest first
    assert h.occupants[0].age == 86
    assert [(k.party_member_name, k.scope) for k in h.links] == [("李党员", "household")]
    assert h.last_visit == dt.date(2026, 11, 20)
    assert [k.scope for k in C.links_of_member(db, admin, place["member"])] == ["household"]


def test_visit_dated_in_the_future_refused(db, admin, place):
    with pytest.raises(ValidationError) as e:
        C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 12, 1)))
    assert "future" in e.value.message
    assert H.get_household(db, admin, "6", "2", "301").visits == []


def test_visit_to_an_address_where_nobody_lives_refused(db, admin, place):
    with pytest.raises(ValidationError, match="Nobody registered lives at 6-2-999"):
        C.record_visit(db, admin, C.VisitInput("6", "2", "999", dt.date(2026, 11, 29)))


def test_link_to_archived_resident_refused(db, admin, place, make_resident):
    other = make_resident("赵党员", room="102", tags={PARTY_MEMBER: "第一支部"})
    archive_resident(db, admin, other, "搬走")
    with pytest.raises(ValidationError) as e:
        C.add_link(db, admin, other, "household", "6", "2", "301")
    assert e.value.message == "赵党员 is archived: an archived resident cannot be linked."
    assert H.get_household(db, admin, "6", "2", "301").links == []


def test_link_needs_a_party_member_and_no_duplicate(db, admin, place):
    with pytest.raises(ValidationError, match="not registered as a party member"):
        C.add_link(db, admin, place["son"], "unit", "6", "2")
    link = C.add_link(db, admin, place["member"], "unit", "6", "2", "ignored")
    with pytest.raises(UserError, match="already looks after"):
        C.add_link(db, admin, place["member"], "unit", "6", "2")
    C.end_link(db, admin, link)
    C.add_link(db, admin, place["member"], "unit", "6", "2")  # a new link after the old one ended
    links = H.get_household(db, admin, "6", "2", "301").links
    assert [(k.room, k.ended_on) for k in links] == [("", None), ("", dt.date(2026, 11, 30))]


def test_need_found_becomes_a_request_linked_back(db, admin, place):
    dep = R.create_department(db, admin, "民政科")
    cat = R.create_category(db, admin, "养老服务", deadline_days=3, default_department_id=dep)
    saved = C.record_visit(
        db,
        admin,
        C.VisitInput(
            "6",
            "2",
            "301",
            dt.date(2026, 11, 27),
            kind="care",
            result="need_found",
            findings="老人腿脚不便，需要助浴",
            resident_id=place["old"],
            visitor_resident_id=place["member"],
            need=C.NeedInput(cat, "王秀英需要上门助浴服务"),
        ),
    )
    assert saved.request_number
    req = R.saved_request(db, saved.request_id)
    assert req.channel == "visit" and req.intake_day == dt.date(2026, 11, 27)
    v = C.visit_of_request(db, admin, saved.request_id)
    assert v.id == saved.id and v.request_number == saved.request_number
    assert "李党员" in v.visitor


def test_need_without_category_writes_nothing(db, admin, place):
    with pytest.raises(ValidationError):
        C.record_visit(
            db,
            admin,
            C.VisitInput("6", "2", "301", dt.date(2026, 11, 27), result="need_found", need=C.NeedInput(None, "x")),
        )
    assert H.get_household(db, admin, "6", "2", "301").visits == []


def test_void_visit_keeps_it_but_it_no_longer_counts(db, admin, place):
    saved = C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20)))
    C.void_visit(db, admin, saved.id, "记错户了")
    h = H.get_household(db, admin, "6", "2", "301")
    assert h.visits[0].voided and h.last_visit is None
    with pytest.raises(UserError):
        C.void_visit(db, admin, saved.id, "again")


def test_council_seats_with_history(db, admin, place):
    council = C.create_council(db, admin, "6栋自治理事会", "6")
    chair = C.add_council_member(db, admin, council, place["member"], "chair", started_on=dt.date(2025, 1, 1))
    C.add_council_member(db, admin, council, place["son"], "unit_head", unit="2")
    C.end_council_member(db, admin, chair, dt.date(2026, 6, 30))
    seats = C.council_seats(db, admin, council)
    assert [(x.name, x.seat, x.ended_on) for x in seats] == [
        ("王强", "unit_head", None),
        ("李党员", "chair", dt.date(2026, 6, 30)),
    ]
    with pytest.raises(ValidationError):
        C.add_council_member(db, admin, council, place["son"], "king")
    with pytest.raises(UserError):
        C.create_council(db, admin, "空楼理事会", "99")


def test_meeting_tasks_tracked_to_done(db, admin, place):
    council = C.create_council(db, admin, "6栋自治理事会", "6")
    with pytest.raises(ValidationError):
        C.record_meeting(db, admin, C.MeetingInput(council, dt.date(2026, 12, 2), "加装电梯"))
    mid = C.record_meeting(
        db,
        admin,
        C.MeetingInput(
            council,
            dt.date(2026, 11, 28),
            "加装电梯",
            agenda="征求意见",
            decisions="同意启动",
            attendee_ids=[place["member"], place["son"]],
            tasks=[C.TaskInput("收集签名", place["son"], dt.date(2026, 12, 10)), C.TaskInput("联系物业")],
        ),
    )
    meeting = C.list_meetings(db, admin)[0]
    assert meeting.id == mid and meeting.attendees == sorted(["李党员", "王强"])
    tasks = C.list_tasks(db, admin)
    assert [t.description for t in tasks] == ["收集签名", "联系物业"]
    C.complete_task(db, admin, tasks[0].id, "已收齐")
    done = [t for t in C.list_tasks(db, admin) if t.done_at]
    assert done[0].done_by and done[0].done_note == "已收齐"
    assert [t.description for t in C.list_tasks(db, admin, open_only=True)] == ["联系物业"]
    with pytest.raises(UserError):
        C.complete_task(db, admin, tasks[0].id)


def test_board_colours_by_last_visit(db, admin, place, make_resident):
    make_resident("独居老人", room="402", birth=dt.date(1938, 1, 1))
    C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20)))
    cells = {c.room: c for c in H.board(db, admin, "6")}
    assert set(cells) == {"101", "301", "402"}
    assert cells["301"].days_since(clock.today()) == 10 and cells["301"].people == 2
    assert cells["402"].last_visit is None and cells["402"].alone_80
    assert not cells["301"].alone_80
    assert [(b.building, b.households, b.people) for b in H.buildings(db, admin)] == [("6", 3, 4)]


def _need_visit(cat, room="301", met=None, need_for=None, text="卫生间扶手松动，请安排上门维修"):
    return C.VisitInput(
        "6",
        "2",
        room,
        dt.date(2026, 11, 27),
        result="need_found",
        resident_id=met,
        need=C.NeedInput(cat, text, "urgent", need_for),
    )


def _request_row(db, request_id):
    from db.models.requests import ServiceRequest

    with db.read() as s:
        r = s.get(ServiceRequest, request_id)
        return r.resident_id, r.contact_name, r.contact_phone, r.description


def test_need_of_a_one_person_household_is_for_them_with_the_address(db, admin, place):
    """Issue: a need found at 6-2-304 with nobody chosen as met became an anonymous request with no address."""
    from app.residents.service import ResidentInput, create_resident

    alone = create_resident(
        db,
        admin,
        ResidentInput(
            name="孙大爷", birth_date=dt.date(1941, 1, 1), phone="13800138000", building="6", unit="2", room="304"
        ),  # fmt: skip
        confirm_duplicate=True,
    )
    cat = R.create_category(db, admin, "房屋维修")
    saved = C.record_visit(db, admin, _need_visit(cat, room="304"))
    req = R.saved_request(db, saved.request_id)
    assert req.resident_name == "孙大爷" and req.category == "房屋维修" and req.urgency == "urgent"
    rid, name, phone, description = _request_row(db, saved.request_id)
    assert (rid, name, phone) == (alone, "孙大爷", "13800138000")
    assert description.startswith(H.household_label("6", "2", "304"))
    assert description.endswith("卫生间扶手松动，请安排上门维修")


def test_need_for_the_resident_met_or_the_one_chosen(db, admin, place):
    cat = R.create_category(db, admin, "房屋维修")
    saved = C.record_visit(db, admin, _need_visit(cat, met=place["son"]))
    assert _request_row(db, saved.request_id)[0] == place["son"]
    saved = C.record_visit(db, admin, _need_visit(cat, met=place["son"], need_for=place["old"]))
    assert _request_row(db, saved.request_id)[:2] == (place["old"], "王秀英")


def test_need_at_a_household_of_several_asks_who_it_is_for(db, admin, place):
    cat = R.create_category(db, admin, "房屋维修")
    with pytest.raises(ValidationError) as exc:
        C.record_visit(db, admin, _need_visit(cat))
    assert "need_resident" in exc.value.errors
    with pytest.raises(ValidationError) as exc:  # someone who lives elsewhere: the address would be wrong
        C.record_visit(db, admin, _need_visit(cat, need_for=place["member"]))
    assert "need_resident" in exc.value.errors
    assert H.get_household(db, admin, "6", "2", "301").visits == []


def test_need_without_a_chosen_category_is_refused(db, admin, place):
    with pytest.raises(ValidationError) as exc:
        C.record_visit(db, admin, _need_visit(None, met=place["old"]))
    assert "category" in exc.value.errors
    assert H.get_household(db, admin, "6", "2", "301").visits == []


def test_task_due_before_the_meeting_refused(db, admin, place):
    """Issue: a council task due 2020-01-01 (before the meeting) was saved without a word."""
    council = C.create_council(db, admin, "6栋自治理事会", "6")
    inp = C.MeetingInput(
        council,
        dt.date(2026, 11, 28),
        "加装电梯",
        tasks=[C.TaskInput("收集签名", place["member"], dt.date(2020, 1, 1))],
    )
    with pytest.raises(ValidationError) as exc:
        C.record_meeting(db, admin, inp)
    assert "2020-01-01" in exc.value.errors["tasks"] and "2026-11-28" in exc.value.errors["tasks"]
    assert C.list_meetings(db, admin) == []
    inp.tasks[0].due_on = dt.date(2026, 11, 28)  # due the day of the meeting is fine
    C.record_meeting(db, admin, inp)
    assert [t.due_on for t in C.list_tasks(db, admin)] == [dt.date(2026, 11, 28)]
