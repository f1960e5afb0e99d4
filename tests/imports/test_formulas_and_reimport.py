"""An outside tester's import faults (session 8): a formula cell was read as empty and imported so; the same file
imported twice was not told apart from new or wrong rows; the rows-to-fix file was said to hold 0 rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.imports import service as imp
from db.models import AuditEntry, Resident
from tests.data.make_import_samples import LI, ZHANG, convert
from tests.exports.test_list_export import soffice_rows

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
HEADER = ["序号", "姓名", "性别", "身份证号", "出生日期", "联系电话", "住址", "类别"]
LINK = '=HYPERLINK("https://map.example/12","幸福路12号3栋201")'


def sheet(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)  # openpyxl saves formulas without their results, as many exporting programs do
    return path


def outcomes(db, actor, path, **kw):
    rows: list[imp.RowOutcome] = []
    summary = imp.run_import(db, actor, "residents", str(path), on_row=rows.append, **kw)
    return summary, {o.line: o for o in rows}


def residents(db) -> list[Resident]:
    with db.read() as s:
        return list(s.scalars(select(Resident).order_by(Resident.id)))


def audit_count(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)))


# ------------------------------------------------------------------------------------------ formulas


def test_a_formula_without_a_saved_result_refuses_its_row_naming_the_cell_in_every_column(db, admin, tmp_path):
    path = sheet(
        tmp_path / "links.xlsx",
        [
            [1, "张三", "男", ZHANG, "1949-12-31", "13812345678", LINK, "低保"],  # the address
            [2, '=CONCATENATE("李","秀英")', "女", LI, "1956-03-08", "13912345678", "3栋2单元302室", ""],  # the name
            [3, "王五", "男", "", "1950-01-01", "=A4*0+13700004567", "5栋1单元101", ""],  # the phone
            [4, "赵六", "男", "", "1951-02-03", "13700004568", "5栋1单元102", '=IF(1,"独居","")'],  # the tags
            ["=ROW()", "钱七", "女", "", "1952-03-04", "13700004569", "5栋1单元103", ""],  # 序号: not imported
        ],
    )
    summary, rows = outcomes(db, admin, path)
    assert {line: o.status for line, o in rows.items()} == {2: "refused", 3: "refused", 4: "refused", 5: "refused",
                                                             6: "new"}  # fmt: skip
    assert "Cell G2 holds a formula whose result is not saved" in rows[2].errors[6]
    assert "Cell B3" in rows[3].errors[1] and "Cell F4" in rows[4].errors[5] and "Cell H5" in rows[5].errors[7]
    assert rows[2].cells[6] == LINK  # the preview and the rows-to-fix file show the formula, not an empty cell
    assert [r.name for r in residents(db)] == ["钱七"]  # nothing imported with a cell emptied
    assert summary.refused == 4


def test_formula_results_are_used_and_error_results_refused_in_every_format(db, admin, tmp_path):
    """A file saved by a spreadsheet program holds each formula's result: that is what is imported. A result that
    is an error (#DIV/0!, #N/A) is no value: the row is refused naming the cell."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    source = sheet(
        tmp_path / "source.xlsx",
        [
            [1, "张三", "男", ZHANG, "1949-12-31", "13812345678", LINK, "低保"],
            [2, "李秀英", "女", LI, "1956-03-08", "=1/0", "3栋2单元302室", ""],
            [3, "王五", "男", "", "1950-01-01", "13700004567", "=NA()", ""],
        ],
    )
    for fmt in ("xlsx", "ods", "xls"):
        out = tmp_path / fmt
        out.mkdir()
        saved = convert(source, fmt, out)  # LibreOffice computes and saves every result
        assert saved is not None
        summary, rows = outcomes(db, admin, saved, dry_run=True)
        assert rows[2].status == "new", (fmt, rows[2].message)
        assert rows[3].status == "refused" and "Cell F3 holds a formula whose result is an error" in rows[3].errors[5]
        assert rows[4].status == "refused" and "Cell G4" in rows[4].errors[6], (fmt, rows[4].message)
    imp.run_import(db, admin, "residents", str(tmp_path / "ods" / "source.ods"))
    (r,) = residents(db)
    assert (r.name, r.building, r.room) == ("张三", "3", "201")  # the link's text, read as the address


def test_a_formula_typed_into_a_csv_is_no_value(db, admin, tmp_path):
    path = tmp_path / "links.csv"
    path.write_text(",".join(HEADER) + "\n" + f'1,张三,男,{ZHANG},1949-12-31,13812345678,"{LINK.replace(chr(34), chr(34) * 2)}",\n'
                    "2,李秀英,女,,1956-03-08,13912345678,3栋2单元302室,\n", encoding="utf-8")  # fmt: skip
    summary, rows = outcomes(db, admin, path)
    assert rows[2].status == "refused" and "Cell G2 holds a formula" in rows[2].errors[6]
    assert rows[3].status == "new" and [r.name for r in residents(db)] == ["李秀英"]


def test_a_formula_in_a_sheet_starting_in_column_c_is_named_where_it_is(db, admin, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["E3"] = "姓名", "联系电话", "住址"
    ws["C4"], ws["D4"], ws["E4"] = "张三", "13812345678", LINK
    wb.save(tmp_path / "offset.xlsx")
    _summary, rows = outcomes(db, admin, tmp_path / "offset.xlsx", dry_run=True)
    assert rows[4].status == "refused" and "Cell E4" in rows[4].message


# ------------------------------------------------------------------------------------------ the same file twice


ROWS = [
    [1, "张三", "男", ZHANG, "1949-12-31", "138 1234 5678", "3栋2单元301室", "低保、党员（第一支部）"],
    [2, "李秀英", "女", LI, "", "13912345678", "3-2-302", ""],
    [3, "王五", "男", "", "1950-01-01", "13700004567", "12-0501", ""],
    [4, "钱多", "女", "", "", "137-0000-4568", "5栋1单元101", "独居"],  # no ID number, no birth date
    [5, "孙丽", "女", "", "", "", "幸福里小区3幢1单元502", ""],  # name and address only
]


@pytest.mark.parametrize("policy", [imp.SKIP, imp.UPDATE, imp.KEEP_BOTH])
def test_the_same_file_imported_again_says_already_registered_and_writes_nothing(db, admin, tmp_path, policy):
    path = sheet(tmp_path / "花名册.xlsx", ROWS)
    first = imp.run_import(db, admin, "residents", str(path))
    assert first.imported == 5
    before = ([(r.id, r.name, r.phone, r.building, r.unit, r.room) for r in residents(db)], audit_count(db))
    again, rows = outcomes(db, admin, path, policy=policy)
    assert {line: o.status for line, o in rows.items()} == dict.fromkeys(range(2, 7), imp.ALREADY)
    assert (again.imported, again.updated, again.skipped, again.refused, again.already) == (0, 0, 0, 0, 5)
    assert rows[5].note == "Already registered with these details: 钱多 (record 4). Nothing changed."
    after = ([(r.id, r.name, r.phone, r.building, r.unit, r.room) for r in residents(db)], audit_count(db))
    assert after[0] == before[0] and after[1] == before[1] + 1  # the import's own entry, nothing else


def test_a_row_with_something_new_is_still_skipped_or_updated(db, admin, tmp_path):
    imp.run_import(db, admin, "residents", str(sheet(tmp_path / "a.xlsx", ROWS)))
    moved = [list(r) for r in ROWS]
    moved[2][6] = "12-0502"  # 王五 (found by name + birth date + phone) moved
    path = sheet(tmp_path / "b.xlsx", moved)
    skipped, rows = outcomes(db, admin, path, dry_run=True)
    assert rows[4].status == imp.SKIPPED and (skipped.skipped, skipped.already) == (1, 4)
    updated, rows = outcomes(db, admin, path, policy=imp.UPDATE)
    assert rows[4].status == imp.UPDATED and (updated.updated, updated.already) == (1, 4)
    assert [r.room for r in residents(db) if r.name == "王五"] == ["0502"]


@needs_soffice
def test_the_command_line_counts_the_rows_it_wrote_to_fix_and_libreoffice_opens_them(db_url, tmp_path):
    from tests.imports.test_import_cli import run_cli

    path = sheet(tmp_path / "links.xlsx", [*ROWS, [6, "周一", "男", "", "1960-13-01", "13700001234", LINK, ""]])
    errors = tmp_path / "to-fix.xlsx"
    r = run_cli("--db", db_url, "import", "residents", str(path), "--errors", str(errors))
    assert r.returncode == 0, r.stderr
    assert f"1 refused rows written to {errors}" in r.stdout
    shown = soffice_rows(errors)
    assert len(shown) == 2 and shown[1][1] == "周一" and shown[1][6] == LINK
    again = run_cli("--db", db_url, "import", "residents", str(path))
    assert "Imported: 0" in again.stdout and "Already registered, nothing changed: 5" in again.stdout
