"""The clerk's import faults: an ID number stored as a number showed (and was written back) as
`1.101051950030712e+17`; the error sheet marked no cell with its reason; reasons were joined as "…三列。；出生日期…"."""

from __future__ import annotations

import openpyxl
import pytest

from app.imports import cells
from app.imports import service as imp
from app.imports.errorsheet import ErrorSheet
from app.imports.rows import join_reasons

ID_AS_NUMBER = 1.101051950030712e17  # 110105195003071234 as the clerk's spreadsheet kept it


@pytest.mark.parametrize(
    "value,shown",
    [
        (ID_AS_NUMBER, "110105195003071200"),  # the digits the spreadsheet kept, never e-notation
        (13800138000.0, "13800138000"),  # a phone stored as a number
        (1.38001380001e20, "138001380001000000000"),
        (12.5, "12.5"),
    ],
)
def test_a_number_cell_shows_as_its_digits(value, shown):
    assert cells.text(value) == shown
    assert "e" not in cells.text(value).lower()


def test_reasons_are_joined_without_doubled_punctuation():
    joined = join_reasons(["住址请写成3栋2单元301室，或分成三列。", "出生日期不能晚于今天。", "出生日期不能晚于今天。"])
    assert joined == "住址请写成3栋2单元301室，或分成三列；出生日期不能晚于今天。"
    assert join_reasons(["The check digit does not match.", "Not a phone number."]) == (
        "The check digit does not match；Not a phone number."
    )


@pytest.fixture
def sheet_with_bad_cells(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "出生日期", "手机号"])
    ws.append(["王小明", ID_AS_NUMBER, "2099-01-01", 12345])
    ws.append(["李芳", "110105196205122345", "1962-05-12", 13900139000])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    return path


def test_the_preview_and_error_sheet_mark_each_bad_cell_with_its_reason(db, admin, sheet_with_bad_cells, tmp_path):
    refused: list[imp.RowOutcome] = []
    out = tmp_path / "errors.xlsx"
    titles = ["姓名", "身份证号", "出生日期", "手机号"]
    with ErrorSheet(out, titles) as sheet:

        def on_row(o: imp.RowOutcome) -> None:
            if o.status == imp.REFUSED:
                refused.append(o)
                sheet.add(o.cells, o.message, dict(o.errors))

        imp.run_import(db, admin, "residents", str(sheet_with_bad_cells), dry_run=True, on_row=on_row)
    wang = next(o for o in refused if o.cells[0] == "王小明")
    assert wang.cells[1] == "110105195003071200"  # the preview's text: digits, not 1.101051950030712e+17
    assert 1 in wang.errors and 3 in wang.errors  # the ID and the phone, each under its column
    for o in refused:
        assert "。；" not in o.message and ".；" not in o.message, o.message
    ws = openpyxl.load_workbook(out).active
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    row = rows["王小明"]
    assert row[1].value == "110105195003071200" and row[1].data_type == "s"
    for column, reason in wang.errors.items():
        cell = row[column]
        assert cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb.endswith("FDE9E7")
        assert cell.comment is not None and cell.comment.text == reason
    assert row[0].comment is None and row[0].fill.fill_type is None  # the good name is left plain
    assert "。；" not in row[4].value
