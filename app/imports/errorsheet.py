"""The rows an import refused, written back as a spreadsheet to fix and import again.

The sheet has the file's own header (so the columns map themselves on the next import), each refused row's cells as
the file held them, written as text cells (an ID number stays text: Excel would otherwise store it as a number and
lose its last digits again), and a last column saying what is wrong. Written with openpyxl's write-only mode, row
by row, so a file of 100,000 refusals needs no more memory than one of ten; owner-only (it holds personal data).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from app.i18n import translate
from db.files import create_private_file, tighten

TEXT = "@"  # the number format that keeps what is typed as text


def _width(title: str) -> float:
    """A column wide enough for what it usually holds: an ID number's 18 characters, a date, a phone."""
    from app.imports.fields import normalise_header

    key = normalise_header(title)
    if "身份" in key or "证件" in key:
        return 22
    if "电话" in key or "手机" in key or "日期" in key or "出生" in key:
        return 14
    if "类别" in key or "备注" in key or "地址" in key or "住址" in key or "标签" in key:
        return 20
    return max(8.0, 2.2 * len(key) + 2)


class ErrorSheet:
    """`with ErrorSheet(path, titles) as sheet: sheet.add(outcome)` for each refused row."""

    def __init__(self, path: str | Path, titles: Sequence[str]) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font, PatternFill

        self.path = Path(path)
        self.rows = 0
        self._cell = WriteOnlyCell
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(translate("Imports", "To fix"))
        self._width = len(titles)
        self._red = Font(color="C00000")
        self._bold = Font(bold=True)
        header = [self._text(t, self._bold) for t in titles]
        header.append(self._text(translate("Imports", "What to fix"), Font(bold=True, color="C00000")))
        self._fill = PatternFill("solid", fgColor="FDE9E7")
        from openpyxl.utils import get_column_letter

        for i, title in enumerate([*titles, ""]):
            width = 60 if i == len(titles) else _width(title)
            self._sheet.column_dimensions[get_column_letter(i + 1)].width = width
        self._sheet.freeze_panes = "A2"
        self._sheet.page_setup.orientation = "landscape"  # printed to be fixed by hand: one page wide
        self._sheet.page_setup.fitToWidth = 1
        self._sheet.page_setup.fitToHeight = 0
        self._sheet.sheet_properties.pageSetUpPr.fitToPage = True
        self._sheet.append(header)

    def _text(self, value: str, font: object | None = None) -> object:
        cell = self._cell(self._sheet, value=value if value != "" else None)
        cell.number_format = TEXT
        if cell.data_type == "f":  # "=HYPERLINK(…)" as the file held it: shown as typed, never run as a formula
            cell.data_type = "s"
        if font is not None:
            cell.font = font
        return cell

    def add(self, cells: Sequence[str], message: str, bad_columns: Sequence[int] | Mapping[int, str] = ()) -> None:
        """One refused row: its cells as text, the reasons, and which cells were wrong (filled in pink); given as a
        mapping column index → reason, each wrong cell also carries its reason as a cell comment."""
        from openpyxl.comments import Comment

        values = list(cells[: self._width]) + [""] * (self._width - len(cells))
        reasons = bad_columns if isinstance(bad_columns, Mapping) else {}
        row = []
        for i, v in enumerate(values):
            cell = self._text(v)
            if i in bad_columns:
                cell.fill = self._fill
                if reasons.get(i):
                    cell.comment = Comment(reasons[i], translate("Imports", "To fix"), width=240, height=90)
            row.append(cell)
        row.append(self._text(message, self._red))
        self._sheet.append(row)
        self.rows += 1

    def close(self) -> Path:
        create_private_file(self.path)
        self._book.save(self.path)
        tighten(self.path)
        return self.path

    def discard(self) -> None:
        """Nothing to save (no row refused, or the import failed): let the sheet go cleanly, no file written.
        Returns None, so `sheet.close() if sheet.rows else sheet.discard()` reads as it means."""
        from app.exports import discard_sheet

        discard_sheet(self._sheet)

    def __enter__(self) -> ErrorSheet:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()
