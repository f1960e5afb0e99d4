"""The district report pack (街道月报): PDF with real Chinese and totals rows, the workbook read back (and opened by
LibreOffice when installed), re-issued byte for byte from the stored figures, a month without data, the command."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app import settings
from app.actor import SYSTEM
from app.audit_text import render_summary
from app.errors import ValidationError
from app.reports import district
from app.reports.pack import from_json, to_json
from db.models import AuditEntry
from db.models.canteen import MealTicket
from tests.pdfcheck import assert_pdf_ok, dark_fraction, page_count, render_png

# Totals that are not sums of their column: distinct children over all programs (a child may attend two), days with
# any attendance, child-days per open day.
NOT_SUMS = ("儿童人数", "开班天数", "日均", "人数")  # distinct people and days are not sums
COUNTER_SHEETS = ("群众诉求", "老年助餐", "托管服务", "志愿服务")
SECTION_SHEETS = ["活动与课程", "城市书房", "楼栋与走访", "健康服务（医养）", "未诉先办：今日关注"]


DECEMBER = dt.datetime(2026, 12, 2, 10, 0)  # November is over: it can be issued (the fixture's NOW is 30 November)


@pytest.fixture(autouse=True)
def _november_is_over(request, frozen):
    """A test of the small month issues November once November is over: the clock moves to 2 December after the
    fixture made the month (a month still running gives a draft, see test_a_running_month_gives_a_draft)."""
    if "month" in request.fixturenames:
        request.getfixturevalue("month")
        frozen(DECEMBER)


def _tables(ws) -> list[tuple[str, list[str], list[list], list]]:
    """(title, headings, rows, totals row) of each table of a sheet (tables are separated by an empty row)."""
    out, block = [], []
    for row in ws.iter_rows(values_only=True):
        if all(v is None for v in row):
            if block:
                out.append(block)
            block = []
        else:
            block.append([v for v in row])
    if block:
        out.append(block)
    return [(b[0][0], b[1], b[2:-1], b[-1]) for b in out]


def test_the_pack_prints_real_chinese_and_a_totals_row_on_every_table(db, month, zh):
    issued = district.issue_pack(db, month, 2026, 11)
    assert not issued.reissued
    text = assert_pdf_ok(issued.pdf, "街道月报", "社会保障", "法律援助", "四点半课堂", "晚托班", "合计")
    # each of the PDF's tables ends with its totals row: 3 requests tables, 2 canteen, 1 childcare, 1 volunteers
    assert text.count("合计") >= 7
    assert "600" not in text or "6.00" in text  # money prints in yuan, never in fen
    pages = render_png(issued.pdf, dpi=50, first=1, last=page_count(issued.pdf))
    assert len(pages) >= 3 and all(dark_fraction(p) > 0.005 for p in pages)
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=issued.pdf, capture_output=True, check=True)
        assert "社会保障" in out.stdout.decode("utf-8")


def test_the_workbook_has_one_sheet_per_counter_and_totals_that_add_up(db, month, zh):
    from openpyxl import load_workbook

    issued = district.issue_pack(db, month, 2026, 11)
    wb = load_workbook(io.BytesIO(issued.xlsx))
    assert wb.sheetnames[: 1 + len(COUNTER_SHEETS)] == ["概况", *COUNTER_SHEETS]
    # then one sheet per further counter (app.reports.district's section modules), each with its totals rows
    assert wb.sheetnames[1 + len(COUNTER_SHEETS) :] == SECTION_SHEETS
    for name in wb.sheetnames[1:]:
        tables = _tables(wb[name])
        if name in SECTION_SHEETS and tables and all(len([v for v in r if v is not None]) == 2 for r in [tables[0][1]]):
            tables = [t for t in tables[1:]]  # a further counter's sheet opens with its summary lines (label, value)
        assert tables, name
        for title, headings, rows, total in tables:
            assert total[0] == "合计", (name, title)
            for col in range(1, len(headings)):
                if headings[col] in NOT_SUMS:
                    continue
                values = [r[col] for r in rows]
                if all(isinstance(v, int | Decimal) for v in [*values, total[col]]):
                    assert sum(values) == total[col], (name, title, headings[col])
    canteen = {t[0]: t for t in _tables(wb["老年助餐"])}
    by_day = canteen["按日助餐与补贴"]
    assert len(by_day[2]) == 30 and by_day[3][1] == 4  # meals sold in November
    subsidy_col = by_day[1].index("补贴合计（元）")
    assert by_day[3][subsidy_col] == Decimal("6.00")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed on this machine")
def test_libreoffice_opens_the_workbook(db, month, tmp_path, zh):
    issued = district.issue_pack(db, month, 2026, 11)
    path = tmp_path / "pack.xlsx"
    path.write_bytes(issued.xlsx)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    summary = (tmp_path / "pack.csv").read_text(encoding="utf-8")  # the first sheet
    assert "受理诉求,3" in summary and "补贴合计（元）,6" in summary


def test_a_sent_month_is_reissued_identically_from_the_stored_figures(db, month, frozen):
    first = district.issue_pack(db, month, 2026, 11)
    # afterwards: a late sale in November, a renamed center, another day and person
    with db.write() as s:
        s.add(
            MealTicket(
                number="T9", day=dt.date(2026, 11, 5), slot_code="lunch", quantity=5, unit_price_fen=1000,
                total_fen=5000, subsidy_fen=0, self_paid_fen=5000, payment="cash",
            )
        )  # fmt: skip
    settings.set_many(db, SYSTEM, {"center.name": "新名字服务中心"})
    frozen(dt.datetime(2026, 12, 3, 9, 0))
    again = district.issue_pack(db, SYSTEM, 2026, 11)
    assert again.reissued and again.issue_id == first.issue_id
    assert again.pdf == first.pdf and again.xlsx == first.xlsx
    assert again.pack == first.pack
    with db.read() as s:
        entries = s.execute(
            select(AuditEntry.summary).where(AuditEntry.entity == "district_report").order_by(AuditEntry.id)
        ).scalars()
        worded = [render_summary(e) for e in entries]
    assert worded == ["Issued to the street office", "Re-issued from the stored figures"]


def test_the_snapshot_round_trips(db, month):
    pack = district.issue_pack(db, month, 2026, 11).pack
    assert from_json(to_json(pack)) == pack


def test_a_month_without_data_gives_a_clear_report_of_zeros(db, month, zh):
    issued = district.issue_pack(db, month, 2026, 8)
    text = assert_pdf_ok(issued.pdf, "街道月报", "合计", "暑托班")
    assert "0.00" in text and "—" in text
    p = issued.pack
    assert p.requests.total.requests == 0 and p.canteen.total.meals == 0 and p.volunteers.total.approved_minutes == 0


def test_a_month_that_has_not_begun_is_not_issued(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    with pytest.raises(ValidationError):
        district.issue_pack(db, admin, 2026, 12)
    with db.read() as s:
        assert (
            s.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "district_report")
            ).scalar_one()
            == 0
        )


def test_the_command_issues_and_reissues(db_url, db, month, tmp_path, capsys):
    from app.cli import main

    command = ["--lang", "en", "--db", db_url, "report", "district", "--month", "2026-11", "--as", "admin"]
    assert main([*command, "--out", str(tmp_path / "a")]) == 0
    out = capsys.readouterr().out
    assert "Issued 2026-11" in out
    assert main([*command, "--out", str(tmp_path / "b")]) == 0
    assert "Re-issued 2026-11" in capsys.readouterr().out
    a, b = sorted((tmp_path / "a").iterdir()), sorted((tmp_path / "b").iterdir())
    assert [p.suffix for p in a] == [".pdf", ".xlsx"]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert main(["--lang", "en", "--db", db_url, "report", "district", "--month", "2026/11", "--as", "admin"]) == 1
    assert "--month must be a month such as 2026-11." in capsys.readouterr().err


def test_after_a_layout_change_the_reissue_prints_the_stored_figures_and_says_so(db, month):
    from sqlalchemy import update

    from db.models.reports import DistrictReportIssue

    first = district.issue_pack(db, month, 2026, 11)
    with db.write() as s:  # as if an older version of the program had laid the PDF out
        s.execute(update(DistrictReportIssue).values(pdf_sha256="0" * 64))
    again = district.issue_pack(db, month, 2026, 11)
    assert again.reissued and not again.identical and again.pack == first.pack


def issue_round(db, round_no, worker):
    """A race worker: issue month `round_no + 1` of 2025 (module level: spawned processes import it)."""
    import hashlib

    from app import clock
    from app.reports import pack
    from tests.reports.conftest import sections_of_this_checkout

    pack.SECTION_MODULES = sections_of_this_checkout()  # a spawned process: no fixture ran here
    clock.freeze(dt.datetime(2026, 11, 30, 10, 0))
    issued = district.issue_pack(db, SYSTEM, 2025, round_no + 1)
    return issued.issue_id, issued.reissued, hashlib.sha256(issued.pdf).hexdigest()


@pytest.mark.slow
def test_two_workstations_issuing_the_same_month_store_one_pack(db_url, db):
    from tests.race import race

    results = race(db_url, "tests.reports.test_district:issue_round", processes=2, rounds=4)
    assert not results.errors()
    for r in range(4):
        (id_a, re_a, sha_a), (id_b, re_b, sha_b) = results.values(r)
        assert id_a == id_b and sha_a == sha_b and sorted([re_a, re_b]) == [False, True]
    with db.read() as s:
        from db.models.reports import DistrictReportIssue

        assert s.execute(select(func.count()).select_from(DistrictReportIssue)).scalar_one() == 4
