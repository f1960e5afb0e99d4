"""Intake: validation, numbering (also across processes), deadlines in working days, the receipt."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from app import settings
from app.errors import ValidationError
from app.requests import listing as L
from app.requests import service as S
from app.requests import workflow as W
from app.workdays import set_days
from db.models import AuditEntry
from db.models.requests import RequestEvent, ServiceRequest
from tests.pdfcheck import assert_pdf_ok, decode_qr, render_png


def intake(cat, **kw):
    base = {"channel": "walk_in", "category_id": cat.category_id, "description": "咨询养老补贴"}
    base.update(kw)
    return S.IntakeInput(**base)


def totals(db):
    with db.read() as s:
        return tuple(
            s.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (ServiceRequest, RequestEvent, AuditEntry)
        )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"description": "   "}, "description"),
        ({"description": "长" * 2001}, "description"),
        ({"resident_id": 999_999}, "resident"),
        ({"category_id": None}, "category"),
        ({"channel": "fax"}, "channel"),
        ({"urgency": "whenever"}, "urgency"),
        ({"received_on": dt.date(2026, 12, 1)}, "received_on"),
        ({"handled_on_spot": True, "resolution_note": ""}, "resolution_note"),
    ],
)
def test_bad_intake_is_refused_with_the_field_and_writes_nothing(db, admin, catalogue, monday, change, field):
    before = totals(db)
    with pytest.raises(ValidationError) as err:
        S.take_in(db, admin, intake(catalogue, **change))
    assert field in err.value.errors and err.value.message
    assert totals(db) == before


def test_numbers_are_per_year_without_gaps(db, admin, catalogue, frozen):
    frozen(dt.datetime(2026, 12, 31, 16, 0))
    a = S.take_in(db, admin, intake(catalogue))
    with pytest.raises(ValidationError):
        S.take_in(db, admin, intake(catalogue, description=""))  # a refused save gives no number away
    b = S.take_in(db, admin, intake(catalogue, resident_id=catalogue.resident_id))
    frozen(dt.datetime(2027, 1, 4, 9, 0))
    c = S.take_in(db, admin, intake(catalogue))
    assert [a.number, b.number, c.number] == ["2026-000001", "2026-000002", "2027-000001"]
    assert b.resident_name == "赵善庆"


WORKER = r"""
import sys
from app.actor import Actor
from app.requests import service as S
from db.engine import Database
db = Database(sys.argv[1])
actor = Actor(1, "admin", "admin", frozenset({"admin"}))
out = []
for _ in range(int(sys.argv[3])):
    out.append(S.take_in(db, actor, S.IntakeInput("phone", int(sys.argv[2]), "并发受理")).number)
print(" ".join(out))
"""


def test_numbers_unique_when_two_workstations_save_at_once(db, db_url, catalogue):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, str(catalogue.category_id), "25"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    numbers = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        numbers += out.split()
    seqs = sorted(int(n.split("-")[1]) for n in numbers)
    assert seqs == list(range(1, 51))
    with db.read() as s:
        assert s.execute(select(func.count(func.distinct(ServiceRequest.number)))).scalar_one() == 50


def test_deadline_counts_working_days_across_a_holiday(db, admin, catalogue, monday):
    with db.write() as s:
        set_days(s, [(dt.date(2026, 12, 1), "holiday", "测试假日")])
    saved = S.take_in(db, admin, intake(catalogue))  # 3 working days after Mon 11-30, Tue a holiday: Wed, Thu, Fri
    assert saved.due_date == dt.date(2026, 12, 4)
    with db.write() as s:
        set_days(s, [(dt.date(d, 12, day), "holiday", "假") for d, day in ((2026, 2), (2026, 3), (2026, 4))])
        set_days(s, [(dt.date(2026, 12, 5), "workday", "调休")])
    saved = S.take_in(db, admin, intake(catalogue))  # Tue–Fri holidays, Saturday a make-up day: Sat 5, Mon 7, Tue 8
    assert saved.due_date == dt.date(2026, 12, 8)


def test_deadline_of_a_request_that_came_in_earlier_counts_from_its_day(db, admin, catalogue, monday):
    """The intake reads the calendar from the request's own day on (not every year since 2004): a holiday after
    that day still counts, one before it never did."""
    from sqlalchemy import event

    with db.write() as s:
        set_days(s, [(dt.date(2026, 11, 25), "holiday", "早于受理日"), (dt.date(2026, 11, 27), "holiday", "测试假日")])
    read = []

    def note(_conn, _cursor, statement, params, _context, _many) -> None:
        if "FROM calendar_days" in statement:
            read.append(params)

    event.listen(db.engine, "before_cursor_execute", note)
    try:  # came in Thu 11-26; Fri 11-27 a holiday, the weekend: Mon 30, Tue 1, Wed 2
        saved = S.take_in(db, admin, intake(catalogue, received_on=dt.date(2026, 11, 26)))
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert saved.due_date == dt.date(2026, 12, 2)
    assert len(read) == 1
    values = read[0].values() if isinstance(read[0], dict) else read[0]
    assert [str(v)[:10] for v in values] == ["2026-11-26"]


def test_waiting_for_the_resident_stops_the_clock(db, admin, catalogue, monday, frozen):
    saved = S.take_in(db, admin, intake(catalogue))  # due Thu 12-03
    with db.write() as s:
        set_days(s, [(dt.date(2026, 12, 2), "holiday", "测试假日")])
    with db.write() as s:
        s.get(ServiceRequest, saved.id).status = W.ACCEPTED
    S.pause(db, admin, saved.id, "等居民带户口本")
    frozen(dt.datetime(2026, 12, 4, 9, 0))  # Friday: Tue 1 and Thu 3 were working days waited (Wed a holiday)
    rows = L.page_requests(db, L.RequestFilter(overdue_only=True))
    assert rows == []  # waiting requests are not overdue
    assert L.page_requests(db, L.RequestFilter())[0].deadline == L.PAUSED
    S.resume(db, admin, saved.id)
    d = S.get_request(db, admin, saved.id)
    assert d.waiting_since is None and d.due_date == dt.date(2026, 12, 7)  # Thu 3 + 2 working days → Mon 7
    assert L.page_requests(db, L.RequestFilter())[0].deadline == L.DUE_SOON


def test_handled_on_the_spot_is_closed_at_once(db, admin, catalogue, monday):
    saved = S.take_in(db, admin, intake(catalogue, handled_on_spot=True, resolution_note="当场解答"))
    d = S.get_request(db, admin, saved.id)
    assert d.status == W.CLOSED and d.resolution_note == "当场解答"
    assert [(e.action, e.to_status) for e in d.events] == [("intake", W.NEW), ("on_the_spot", W.CLOSED)]
    assert S.allowed_actions(d) == []


def test_receipt_has_chinese_text_and_a_qr_code_of_the_number(db, admin, catalogue, monday):
    settings.set_many(db, admin, {"center.name": "幸福里社区党群服务中心", "center.phone": "025-84123456"})
    saved = S.take_in(db, admin, intake(catalogue, resident_id=catalogue.resident_id))
    for width in (58, 80):
        settings.set_many(db, admin, {"receipt.width_mm": width})
        pdf = S.receipt_pdf(saved, settings.center_info(db))
        assert_pdf_ok(pdf, "幸福里社区党群服务中心", saved.number, "社会保障", "2026-12-03", "025-84123456")
        assert decode_qr(render_png(pdf, dpi=200)[0]) == [saved.number]


def test_the_list_filters_in_sql_and_pages_by_keyset(db, admin, clerk, catalogue, monday, frozen):
    made = [
        S.take_in(db, clerk if i % 2 else admin, intake(catalogue, channel="phone" if i % 3 else "grid"))
        for i in range(7)
    ]
    S.dispatch(db, admin, made[0].id, catalogue.partner_id)
    S.cancel(db, admin, made[1].id, "重复")
    first = L.page_requests(db, L.RequestFilter(), limit=3)
    second = L.page_requests(db, L.RequestFilter(), after_id=first[-1].id, limit=3)
    third = L.page_requests(db, L.RequestFilter(), after_id=second[-1].id, limit=3)
    assert [r.id for r in first + second + third] == [m.id for m in reversed(made)]
    assert [r.id for r in L.page_requests(db, L.RequestFilter(status=W.DISPATCHED))] == [made[0].id]
    assert [r.id for r in L.page_requests(db, L.RequestFilter(department_id=catalogue.partner_id))] == [made[0].id]
    assert len(L.page_requests(db, L.RequestFilter(status="open"))) == 6
    assert {r.channel for r in L.page_requests(db, L.RequestFilter(channel="grid"))} == {"grid"}
    assert len(L.page_requests(db, L.RequestFilter(mine_user_id=clerk.user_id))) == 2  # 1, 3, 5 minus the cancelled
    assert [r.number for r in L.page_requests(db, L.RequestFilter(text="000004"))] == ["2026-000004"]
    assert [r.number for r in L.page_requests(db, L.RequestFilter(text="2026-000005"))] == ["2026-000005"]
    assert L.page_requests(db, L.RequestFilter(category_id=catalogue.quick_category_id)) == []
    assert L.page_requests(db, L.RequestFilter(date_from=dt.date(2026, 12, 1))) == []
    frozen(dt.datetime(2026, 12, 4, 9, 0))  # due Thursday 12-03: open ones are overdue now
    overdue = L.page_requests(db, L.RequestFilter(overdue_only=True))
    assert len(overdue) == 6 and all(r.deadline == L.OVERDUE for r in overdue)
