"""The settlement's documents and queries at month scale: the directly written workbook (xlsxfast) is a sound
.xlsx that openpyxl reads back exactly, user text cannot break it, and the sums read the covering index."""

import datetime as dt
import re
import zipfile
from decimal import Decimal
from io import BytesIO
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from sqlalchemy import event, text

from app.canteen import service, settlement, xlsxfast
from app.canteen.service import SaleRequest
from app.canteen.xlsxfast import Yuan
from tests.backends import sqlite_only
from tests.canteen.test_bookings_settlement import _sell_month, diners  # noqa: F401 - a fixture

HOSTILE = " 王<b>&amp;\x07小明\x1b]0;\r\n李 "  # markup, an entity, a bell, an escape, CR LF, edge spaces


_FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(x0*[0-8bcef]|x0*1[0-9a-f]|0*([0-8]|1[124-9]|2\d|3[01]));")


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(BytesIO(data)) as z:
        assert z.testzip() is None
        return {name: z.read(name) for name in z.namelist()}


def _assert_well_formed(data: bytes) -> dict[str, bytes]:
    parts = _parts(data)
    for required in (
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
    ):
        assert required in parts
    for name, body in parts.items():
        ElementTree.fromstring(body)  # raises on anything not well-formed XML
        # nothing XML 1.0 forbids, even as a character reference
        assert not _FORBIDDEN.search(body), name
    return parts


def test_xlsxfast_writes_every_kind_of_cell_exactly():
    wb = xlsxfast.Workbook("标题 & <title>", "中心")
    ws = wb.sheet("汇总", [22, 14.5], freeze_header=True)
    ws.header(["名称", "金额", "", "日期"])
    ws.append(["整数", 12])
    ws.append(["钱", Yuan(1234567891), None, dt.date(2026, 10, 31)])
    ws.append(["负数", Yuan(-5), Yuan(0), Yuan(-1230)])
    ws.append([HOSTILE, True])
    ws.append([])
    ws.rows(
        "snmd", [("a", 1, 1005, dt.date(2000, 2, 29)), ("", None, None, None), (HOSTILE, -3, 99, dt.date(1900, 3, 1))]
    )
    data = wb.to_bytes()
    _assert_well_formed(data)

    sheet = load_workbook(BytesIO(data))["汇总"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["名称", "金额", None, "日期"]
    assert [c.font.b for c in sheet[1] if c.value] == [True, True, True]
    assert rows[1][:2] == ["整数", 12]
    assert Decimal(str(rows[2][1])) == Decimal("12345678.91")
    assert rows[2][3] == dt.datetime(2026, 10, 31)
    assert sheet["B3"].number_format == "0.00" and sheet["D3"].number_format == "yyyy-mm-dd"
    assert [Decimal(str(v)) for v in rows[3][1:]] == [Decimal("-0.05"), 0, Decimal("-12.3")]
    cleaned = " 王<b>&amp;小明]0;\r\n李 "  # only the control characters are gone; the text keeps its spaces
    assert rows[4][:2] == [cleaned, True]
    assert all(v is None for v in rows[5])
    assert rows[6] == ["a", 1, 10.05, dt.datetime(2000, 2, 29)]
    assert all(v is None for v in rows[7])
    assert rows[8] == [cleaned, -3, 0.99, dt.datetime(1900, 3, 1)]
    assert sheet.column_dimensions["A"].width == 22 and sheet.column_dimensions["B"].width == 14.5
    assert sheet.freeze_panes == "A2"


def test_xlsxfast_sheet_names_are_made_valid_and_unique():
    wb = xlsxfast.Workbook()
    for name in ("明细[1]/2:*?", "明细_1__2___", "x" * 40, "x" * 40, "'引号'", ""):
        wb.sheet(name).append(["a"])
    names = load_workbook(BytesIO(wb.to_bytes())).sheetnames
    assert names[0] == "明细_1__2___"
    assert names[1] != names[0] and len(set(names)) == len(names)
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert names[4] == "引号" and names[5] == "Sheet6"


def test_settlement_workbook_keeps_hostile_names_and_reads_back(db, admin):
    starts, ends = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    st = settlement.Settlement("month", starts, ends)
    st.diners = [
        settlement.DinerLine(
            1, HOSTILE, "110105********0014", 82, "80–89岁", 3, 3, 3000, {"district": 800, "street": 400}, 1200, 1800
        ),
        settlement.DinerLine(2, "A&B <c>", None, None, "特困/低保", 1, 1, 1000, {"city": 1000}, 1000, 0),
    ]
    st.tickets, st.meals, st.distinct_diners = 4, 4, 2
    st.total_fen, st.subsidy_fen, st.self_paid_fen = 4000, 2200, 1800
    st.by_funder = {"city": 1000, "district": 800, "street": 400}
    st.tiers = [
        settlement.TierTotal("80–89岁", 1, 3, {"district": 800, "street": 400}, 1200),
        settlement.TierTotal("特困/低保", 1, 1, {"city": 1000}, 1000),
    ]
    data = settlement._settlement_xlsx(st, "幸福里 & <中心>")
    _assert_well_formed(data)
    wb = load_workbook(BytesIO(data))
    assert wb.sheetnames == ["Summary", "Per diner"]
    detail = wb["Per diner"]
    rows = list(detail.iter_rows(values_only=True))
    assert rows[1][:6] == (" 王<b>&amp;小明]0;\r\n李 ", "110105********0014", 82, "80–89岁", 3, 3)
    assert rows[2][:6] == ("A&B <c>", None, None, "特困/低保", 1, 1)
    assert [Decimal(str(v)) for v in rows[1][6:]] == [30, 0, 8, 4, 12, 18]
    assert detail.freeze_panes == "A2" and all(c.font.b for c in detail[1])
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["幸福里 & <中心>"] == "2026-10-01 – 2026-10-31"
    assert Decimal(str(summary["Subsidy total"])) == Decimal("22")


def test_settlement_workbook_with_tickets_matches_the_ticket_lines(db, admin, diners, frozen):  # noqa: F811
    _sell_month(db, admin, diners, frozen)
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    st = settlement.compute(db, admin, "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30), with_tickets=True)
    data = settlement.settlement_xlsx(db, admin, st)
    _assert_well_formed(data)
    sheet = load_workbook(BytesIO(data))["Ticket detail"]
    rows = list(sheet.iter_rows(values_only=True))[1:]
    assert len(rows) == len(st.ticket_lines) == 14
    for row, t in zip(rows, st.ticket_lines, strict=True):
        assert row[0].date() == t.day and row[2] == t.number and row[3] == t.name
        assert [round(Decimal(str(v)) * 100) for v in row[8:14]] == [
            t.total_fen,
            t.funders["city"],
            t.funders["district"],
            t.funders["street"],
            t.subsidy_fen,
            t.self_paid_fen,
        ]
    assert sheet["A2"].number_format == "yyyy-mm-dd" and sheet["I2"].number_format == "0.00"
    assert sheet.freeze_panes == "A2"


# Statistics of the benchmark's database (1,000,000 tickets over 3 years, ANALYZEd): with them SQLite took a
# skip-scan of ix_meal_tickets_resident_day for a range of days and looked up every ticket's row.
_BENCH_STATS = [
    ("meal_tickets", "ix_meal_tickets_settlement", "1002267 916 905 445 2 2 2 2 2"),
    ("meal_tickets", "ix_meal_tickets_resident_day", "1002267 317 2"),
    ("meal_tickets", "ix_meal_tickets_day_cashier", "1002267 916 914"),
    ("meal_tickets", "ix_meal_tickets_sold", "1002267 1 1"),
    ("meal_ticket_subsidies", "ix_meal_ticket_subsidies_ticket", "1034757 2 1 1"),
]


@sqlite_only("SQLite's query planner, its EXPLAIN QUERY PLAN and sqlite_stat1")
@pytest.mark.parametrize("analyzed", [False, True])
def test_settlement_sums_read_the_covering_index(db, admin, diners, frozen, analyzed):  # noqa: F811
    frozen(dt.datetime(2026, 11, 3, 11, 30))
    for d in diners:
        service.sell(db, admin, SaleRequest(d, "lunch", 1, "cash"))
    if analyzed:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl IN ('meal_tickets', 'meal_ticket_subsidies')")
            for row in _BENCH_STATS:
                conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", row)
        db.engine.dispose()  # new connections load the statistics
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if "meal_tickets" in statement and "GROUP BY" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        st = settlement.compute(db, admin, "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert st.tickets == 3 and len(statements) == 2
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " / ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            assert "COVERING INDEX ix_meal_tickets_settlement" in plan, plan
            assert "ix_meal_tickets_resident_day" not in plan, plan
        if analyzed:
            assert conn.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'meal_tickets'")).scalar() == 4
