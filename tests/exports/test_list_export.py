"""Any list on screen to .xlsx (issue 17 item 2): exactly the rows the filter selects (all of them, not the page
loaded), headings as on screen, typed dates and money, ID numbers and phones masked unless the role may export
personal data, audited without personal data, owner-only files; every workbook opened by LibreOffice."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import exports
from app.accounts import service as accounts
from app.actor import CASHIER, FRONT_DESK
from app.audit_text import render_summary
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from db.models.canteen import MealTicket
from ui.common import export as list_export

ID = "11010519491231002X"  # a valid number
NOW = dt.datetime(2026, 11, 30, 10, 0)


def _actor(db, admin, name, role):
    return accounts.actor_for(db, accounts.create_user(db, admin, name, name, "long-enough-pw", [role]))


def soffice_rows(path: Path) -> list[list[str]]:
    """The first sheet as LibreOffice reads it (the text of each cell as formatted)."""
    out = path.parent / "csv"
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{path.parent / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (out / (path.stem + ".csv")).open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def _spec(**kw):
    columns = (
        exports.ExportColumn("姓名"),
        exports.ExportColumn("身份证号", exports.ID_NUMBER),
        exports.ExportColumn("电话", exports.PHONE),
        exports.ExportColumn("日期", exports.DATE),
        exports.ExportColumn("时间", exports.DATETIME),
        exports.ExportColumn("金额（元）", exports.MONEY),
        exports.ExportColumn("份数", exports.NUMBER),
    )
    return exports.ListExport("residents", columns, **kw)


ROWS = [
    ["赵善庆", ID, "138-1234-5678", dt.date(2026, 11, 3), dt.datetime(2026, 11, 3, 3, 30, tzinfo=dt.UTC), 1250, 2],
    ["钱二", None, "025 8888 1234", None, None, 5, 1],
]


def test_typed_cells_masking_and_the_audit(db, admin, tmp_path):
    cashier = _actor(db, admin, "cash", CASHIER)  # may not export personal data
    desk = _actor(db, admin, "desk", FRONT_DESK)  # sees phones; ID numbers masked, as in its lists
    masked = exports.write_list(db, cashier, _spec(filter_text="含已归档"), lambda: iter(ROWS), tmp_path / "m.xlsx")
    full = exports.write_list(db, admin, _spec(), lambda: iter(ROWS), tmp_path / "f.xlsx")
    assert (masked.rows, masked.full_personal_data, full.full_personal_data) == (2, False, True)
    phones = exports.write_list(db, desk, _spec(), lambda: iter(ROWS), tmp_path / "d.xlsx")
    assert (phones.full_id_numbers, phones.full_phones) == (False, True)
    desk_rows = list(load_workbook(tmp_path / "d.xlsx").active.iter_rows(values_only=True))
    assert desk_rows[1][1:3] == ("110105********002X", "138-1234-5678")

    ws = load_workbook(tmp_path / "m.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("姓名", "身份证号", "电话", "日期", "时间", "金额（元）", "份数")
    assert rows[1][:3] == ("赵善庆", "110105********002X", "138****5678")
    assert rows[2][2] == "*******1234"  # a landline keeps its last 4 digits
    assert rows[1][3] == dt.datetime(2026, 11, 3) and ws["D2"].number_format == exports.DATE_FORMAT
    assert rows[1][4] == dt.datetime(2026, 11, 3, 11, 30)  # local time (Asia/Shanghai)
    assert rows[1][5] == 12.5 and ws["F2"].number_format == "0.00" and rows[2][5] == 0.05
    assert rows[1][6] == 2
    full_rows = list(load_workbook(tmp_path / "f.xlsx").active.iter_rows(values_only=True))
    assert full_rows[1][1:3] == (ID, "138-1234-5678")

    for p in (tmp_path / "m.xlsx", tmp_path / "f.xlsx", tmp_path / "d.xlsx"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

    with db.read() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().all()
    assert [(e.username, e.action) for e in entries] == [("cash", "export"), ("admin", "export"), ("desk", "export")]
    text = render_summary(entries[0].summary, "export")
    assert text == "Residents (filter: 含已归档), 2 rows"
    for e in entries:  # no personal data in the trail
        stored = f"{e.summary} {e.before_json} {e.after_json}"
        assert "赵善庆" not in stored and "002X" not in stored and "5678" not in stored


def test_a_failed_export_leaves_no_file_and_no_audit(db, admin, tmp_path):
    def broken():
        yield ROWS[0]
        raise RuntimeError("the database went away")

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        exports.write_list(db, admin, _spec(), broken, out / "x.xlsx")
    assert list(out.iterdir()) == []
    with db.read() as s:
        assert s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).first() is None


def test_a_list_the_role_may_not_read_is_refused(db, admin, tmp_path):
    from app.accounts.permissions import VIEW_AUDIT
    from app.errors import PermissionDenied

    cashier = _actor(db, admin, "cash", CASHIER)
    with pytest.raises(PermissionDenied):
        exports.write_list(db, cashier, _spec(permission=VIEW_AUDIT), lambda: iter(ROWS), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


@needs_soffice
def test_libreoffice_reads_the_typed_cells(db, admin, tmp_path):
    cashier = _actor(db, admin, "cash", CASHIER)
    exports.write_list(db, cashier, _spec(), lambda: iter(ROWS), tmp_path / "list.xlsx")
    rows = soffice_rows(tmp_path / "list.xlsx")
    assert rows[0] == ["姓名", "身份证号", "电话", "日期", "时间", "金额（元）", "份数"]
    assert rows[1] == ["赵善庆", "110105********002X", "138****5678", "2026-11-03", "2026-11-03 11:30", "12.50", "2"]
    assert rows[2] == ["钱二", "", "*******1234", "", "", "0.05", "1"]


# --- the screens ------------------------------------------------------------------------------------------------


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answer the save dialog with tmp_path/<name>; returns a function giving the next path."""
    answers: list[Path] = []

    def answer(name: str) -> Path:
        path = tmp_path / name
        answers.append(path)
        return path

    monkeypatch.setattr(list_export, "ask_save_path", lambda parent, suggested: str(answers.pop(0)))
    return answer


def _run_export(qtbot, view, no_dialogs):
    """Press Ctrl+Shift+E on the view and wait for the workbook."""
    view.setFocus()
    before = len(no_dialogs.messages)
    action = view.findChild(type(view.actions()[0]), list_export.ACTION_NAME)
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+E"
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    action.trigger()
    qtbot.waitUntil(lambda: len(no_dialogs.messages) > before, timeout=20000)
    return no_dialogs.messages[-1]


def test_residents_search_exports_every_match_not_the_screenful(qtbot, ctx, no_dialogs, save_to, tmp_path):
    from ui.residents.page import ResidentsPage

    residents.create_resident(ctx.db, ctx.actor, ResidentInput(name="赵善庆", id_number=ID, phone="13812345678"))
    with ctx.db.write() as s:  # 260 more 张 (the search shows 200 and asks for more letters)
        from db.models import Resident

        for i in range(260):
            s.add(Resident(name=f"张{i:03d}", name_pinyin=f"zhang{i:03d}", name_initials="z", phone=f"1390000{i:04d}"))
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.search.setText("张")
    page.run_search()
    assert page.model.rowCount() == 200
    target = save_to("zhang.xlsx")
    kind, text = _run_export(qtbot, page.table, no_dialogs)
    assert kind == "inform" and "260" in text
    assert page.model.rowCount() == 200  # the view did not load the rest
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 261 and rows[0][:4] == ("Name", "Gender", "Age", "ID number")
    assert {r[0] for r in rows[1:]} == {f"张{i:03d}" for i in range(260)}
    assert rows[1][4] == "13900000000"  # the administrator may export personal data

    # browsing (no search): every resident, though one page is loaded
    page.search.setText("")
    page.run_search()
    page.model.PAGE = 50
    page.model.reload()
    target = save_to("all.xlsx")
    _run_export(qtbot, page.table, no_dialogs)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 262
    zsq = next(r for r in rows if r[0] == "赵善庆")
    assert zsq[3] == ID and isinstance(zsq[2], int)  # the age a number
    with ctx.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().first()
    assert "张" not in entry.summary and "search text (1 characters)" in render_summary(entry.summary, "export")


def test_residents_masked_for_a_role_without_export_right(qtbot, db, admin, no_dialogs, save_to, qapp):
    from ui.context import AppContext
    from ui.residents.page import ResidentsPage

    residents.create_resident(db, admin, ResidentInput(name="赵善庆", id_number=ID, phone="13812345678"))
    ctx = AppContext(db, _actor(db, admin, "cash", CASHIER))
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    target = save_to("masked.xlsx")
    kind, text = _run_export(qtbot, page.table, no_dialogs)
    assert "masked" in text
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][3:5] == ("110105********002X", "138****5678")


@needs_soffice
def test_tickets_of_the_day_with_money_in_yuan_in_on_screen_order(qtbot, ctx, no_dialogs, save_to, frozen):
    from ui.canteen.page import SaleScreen

    frozen(NOW)
    day = NOW.date()
    with ctx.db.write() as s:
        for i in range(130):
            s.add(
                MealTicket(
                    number=f"T{i:04d}", day=day, slot_code="lunch", quantity=1, unit_price_fen=1000, total_fen=1000,
                    subsidy_fen=250, self_paid_fen=750, payment="cash",
                    sold_at=dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=i),
                )
            )  # fmt: skip
        s.add(
            MealTicket(
                number="OLD", day=day - dt.timedelta(days=1), slot_code="lunch", quantity=1, unit_price_fen=1000,
                total_fen=1000, subsidy_fen=0, self_paid_fen=1000, payment="cash",
            )
        )  # fmt: skip
    page = SaleScreen(ctx)
    qtbot.addWidget(page)
    page.show()
    page.model.reload()
    assert page.model.rowCount() < 130
    target = save_to("tickets.xlsx")
    _run_export(qtbot, page.table, no_dialogs)
    rows = soffice_rows(target)
    header = page.table.horizontalHeader()
    model = page.table.model()
    shown = [
        model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert rows[0] == shown
    assert len(rows) == 131  # today's 130, not yesterday's
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record[model.headerData(model.SUBSIDY, Qt.Orientation.Horizontal)] == "2.50"
    assert record[model.headerData(model.NUMBER, Qt.Orientation.Horizontal)] == "T0129"
    assert any(v.startswith("2026-11-30 13:09") for v in rows[1])  # the newest sale, local time, a real date


def test_every_list_screen_has_the_export_action(qtbot, qapp, ctx):
    """The lists the counters show each offer 导出Excel (context menu and Ctrl+Shift+E). Each page is shown and
    each of its sub-tabs brought forward, as a user would: lazy tabs and the statistics panels build their lists
    when first shown."""
    from PySide6.QtWidgets import QTableView, QTabWidget

    from ui import pages

    names = set()
    for spec in pages.visible_pages(ctx):
        page = pages.create_page(spec, ctx)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qapp.processEvents()
        seen: set[int] = set()
        for _round in range(4):  # sub-tabs inside sub-tabs appear when their parent is shown
            for tabs in page.findChildren(QTabWidget) + ([page] if isinstance(page, QTabWidget) else []):
                for i in range(tabs.count()):
                    if (id(tabs), i) in seen:
                        continue
                    seen.add((id(tabs), i))
                    tabs.setCurrentIndex(i)
                    qapp.processEvents()
        for view in page.findChildren(QTableView):
            if view.property("exportList"):
                names.add(view.property("exportList"))
        page.close()
    assert {"residents", "requests", "tickets", "bookings", "attendance", "children", "hours", "roster"} <= names
    assert {"volunteers", "shift_people", "station", "programs", "figures"} - names == set(), names
    new_counters = {
        # the book room
        "library_catalogue", "library_loans", "library_holds", "library_overdue", "library_district", "library_fines",
        # classes and activities
        "courses", "enrolments", "activity_sessions", "activity_attendance", "activity_events",
        # buildings and visits (the board exported as shown)
        "buildings", "building_board", "households", "occupants", "household_links", "visits", "councils",
        "council_seats", "meetings", "council_tasks",
        # today's alerts
        "alerts",
    }  # fmt: skip
    assert new_counters - names == set(), sorted(new_counters - names)
    assert names <= set(exports.LISTS), sorted(names - set(exports.LISTS))  # each worded for the audit trail


def test_requests_export_every_row_the_filter_selects(qtbot, ctx, no_dialogs, save_to):
    """The paged request list (a first page of 50): the export holds all 70 phone requests the channel filter
    selects, not the 30 walk-ins, with dates as dates, in the order on screen."""
    from app.requests import service as S
    from app.requests import workflow as W
    from ui.requests.queue import RequestQueue

    dep = S.create_department(ctx.db, ctx.actor, "社会事务办")
    cat = S.create_category(ctx.db, ctx.actor, "社会保障", deadline_days=3, default_department_id=dep)
    for i in range(100):
        S.take_in(ctx.db, ctx.actor, S.IntakeInput("phone" if i % 10 < 7 else "walk_in", cat, f"事项{i}"))
    queue = RequestQueue(ctx)
    qtbot.addWidget(queue)
    queue.channel.setCurrentIndex(queue.channel.findData("phone"))
    queue.apply_filter()
    assert queue.model.rowCount() == 50 and queue.model.canFetchMore()
    target = save_to("requests.xlsx")
    _run_export(qtbot, queue.table, no_dialogs)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 71
    heads = rows[0]
    assert heads[:3] == ("Number", "Status", "Deadline")  # the on-screen order (number, state, deadline first)
    channel = heads.index("Channel")
    assert {r[channel] for r in rows[1:]} == {W.channel_label("phone")}
    intake = heads.index("Taken in")
    assert all(isinstance(r[intake], dt.datetime) for r in rows[1:])  # a real date cell
    assert queue.model.rowCount() == 50  # the view still holds its first page
    with ctx.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().one()
    assert f"Channel={W.channel_label('phone')}" in render_summary(entry.summary, "export")


@needs_soffice
def test_book_room_overdue_list_gives_the_book_room_the_phones_it_sees(qtbot, db, admin, frozen, no_dialogs, save_to):
    """A new counter's list (the book room's overdue books): every overdue loan, the phone in full as the book room
    clerk sees it on screen to call the reader (SEE_PHONES; it was masked in the export only, while the screen showed
    it), days overdue a number, audited under its own list name."""
    from app.actor import BOOK_ROOM
    from app.library import desk
    from tests.library.conftest import NOON, adult, copy
    from ui.context import AppContext
    from ui.library.page import LibraryPage

    frozen(NOON - dt.timedelta(days=40))
    reader = adult(db, "甲读者", phone="13812345678")
    copy(db, "B1", title="平凡的世界")
    desk.lend(db, admin, reader, "B1")
    frozen(NOON)
    ctx = AppContext(db, _actor(db, admin, "books", BOOK_ROOM))
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    overdue = page.overdue
    overdue.reload()
    assert overdue.model.rowCount() == 1
    target = save_to("overdue.xlsx")
    kind, text = _run_export(qtbot, overdue.view, no_dialogs)
    assert kind == "inform" and "masked" in text
    rows = soffice_rows(target)
    record = dict(zip(rows[0], rows[1], strict=True))
    assert len(rows) == 2 and record["Barcode"] == "B1" and record["Title"] == "平凡的世界"
    assert record["Phone"] == "13812345678" == overdue.model.display(overdue.model.row_at(0), 4)
    assert record["Days overdue"] == str(desk.overdue_loans(db, admin)[0].loan.overdue_days)
    assert record["Due"] == desk.overdue_loans(db, admin)[0].loan.due_on.isoformat()
    sheet = load_workbook(target).active
    assert isinstance(sheet["G2"].value, int) and isinstance(sheet["F2"].value, dt.datetime)  # typed, not text
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().one()
    assert entry.username == "books" and render_summary(entry.summary, "export").startswith("Overdue books")
    assert "5678" not in f"{entry.summary} {entry.before_json} {entry.after_json}"


def test_courses_export_the_fee_as_money(qtbot, ctx, frozen, no_dialogs, save_to):
    """Classes and activities: the course list's fee a yuan amount (from fen), not the ¥ text on screen."""
    from app.activities import service as A
    from ui.activities.page import ActivitiesPage

    frozen(NOW)
    A.save_course(
        ctx.db, ctx.actor,
        A.CourseInput(
            name="书法班", kind=A.SENIOR_COLLEGE, starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2026, 12, 31),
            weekdays=0b0000001, start_min=9 * 60, duration_min=90, capacity=20, place="二楼教室", fee_fen=12050,
        ),
    )  # fmt: skip
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    courses = page.courses
    courses.reload()
    target = save_to("courses.xlsx")
    _run_export(qtbot, courses.table, no_dialogs)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert len(rows) == 2 and record["Course or group"] == "书法班" and record["Fee"] == 120.5
    with ctx.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().one()
    assert render_summary(entry.summary, "export").startswith("Courses and groups")
