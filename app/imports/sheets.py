"""Open a spreadsheet and stream its rows, whatever the format.

- `.xlsx` (and `.xlsm`): python-calamine (a maintained Rust reader, ten times as fast as openpyxl) when every sheet's
  XML is at most `CALAMINE_XML_LIMIT` bytes unpacked — calamine loads a whole sheet into memory first (see
  tafia/calamine#27), so this bounds what it holds to about as much again (a 35,000-row 花名册: ~20 MB); a larger
  file is read by openpyxl in read-only mode, which parses the sheet's XML as it goes: a 100,000-row file is read in
  bounded memory.
- `.xls` (Excel 97-2003, what old 花名册 are) and `.ods`: python-calamine (a maintained Rust reader; .xls sheets hold
  65,536 rows at most, so a whole sheet is small).
- `.csv`: the csv module, UTF-8 (with or without a BOM) or GB18030 (what Excel on a Chinese Windows saves).

Every failure a user can act on is an `ImportFileError` with a message in the user's language: not a spreadsheet,
protected by a password, empty, no such sheet. Nothing is written by reading.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.i18n import translate
from app.imports.formulas import formula_cells, marked, typed_formula

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
CALAMINE_XML_LIMIT = 16 * 1024 * 1024  # an .xlsx whose sheets are larger unpacked is streamed by openpyxl
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls files, and of password-protected .xlsx files
_ZIP = b"PK\x03\x04"


class ImportFileError(UserError):
    """The file cannot be read as a spreadsheet; the message says why. Nothing was written."""


def _not_a_spreadsheet(path: Path) -> ImportFileError:
    return ImportFileError(
        translate("Imports", "{name} is not a spreadsheet that can be read (.xlsx, .xls, .ods or .csv).").format(
            name=path.name
        )
    )


def _password(path: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "Imports", "{name} is protected by a password. Open it, remove the password, save it and try again."
        ).format(name=path.name)
    )


def _empty(path: Path) -> ImportFileError:
    return ImportFileError(translate("Imports", "{name} is empty: it has no rows to import.").format(name=path.name))


@dataclass
class Workbook:
    """An open spreadsheet file: its sheets' names, and their rows streamed one at a time."""

    path: Path
    kind: str  # "xlsx" | "calamine" | "csv"
    sheet_names: list[str]
    _book: Any = None

    def rows(self, sheet: str | None = None) -> Iterator[tuple[Any, ...]]:
        """The rows of `sheet` (the first when None), each a tuple of cell values: None, str, int, float, bool,
        date or datetime. Raises ImportFileError for an unknown sheet."""
        name = self._sheet(sheet)
        if self.kind == "csv":
            for r, row in enumerate(_csv_rows(self.path)):
                yield tuple(typed_formula(v, r, c) for c, v in enumerate(row))
        elif self.kind == "xlsx":
            ws = self._book[name]
            unusable = formula_cells(self.path, name)
            for r, row in enumerate(ws.iter_rows(values_only=True)):
                yield marked(row, r, 0, unusable)
        else:
            try:
                data = self._book.get_sheet_by_name(name)
                unusable = formula_cells(self.path, name)
                first_column = data.start[1] if unusable and data.start else 0  # calamine leaves out empty columns
                for r, row in enumerate(data.iter_rows()):
                    yield marked(row, r, first_column, unusable)
            except Exception as exc:  # noqa: BLE001 - calamine's own errors name no cause a user can act on
                if type(exc).__name__ == "PasswordError":
                    raise _password(self.path) from None
                raise _not_a_spreadsheet(self.path) from None

    def estimated_rows(self, sheet: str | None = None) -> int:
        """How many rows the sheet says it has (0 when it does not say): for the progress bar only."""
        name = self._sheet(sheet)
        try:
            if self.kind == "xlsx":
                return int(self._book[name].max_row or 0)
            if self.kind == "calamine":
                return int(self._book.get_sheet_by_name(name).height)
            with self.path.open("rb") as f:
                return sum(1 for _ in f)
        except Exception:  # noqa: BLE001 - a guess for a progress bar
            return 0

    def _sheet(self, sheet: str | None) -> str:
        if not sheet:
            return self.sheet_names[0]
        if sheet not in self.sheet_names:
            raise ImportFileError(
                translate("Imports", "{name} has no sheet named {sheet}; its sheets: {sheets}.").format(
                    name=self.path.name, sheet=sheet, sheets="、".join(self.sheet_names)
                )
            )
        return sheet

    def close(self) -> None:
        if self._book is not None:
            try:
                self._book.close()
            except Exception:  # noqa: BLE001 - closing a reader that is done
                pass
            self._book = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workbook(path: str | Path) -> Workbook:
    """Open `path` for reading. Raises ImportFileError: missing, not a spreadsheet, password-protected, empty."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(translate("Imports", "The file {name} was not found.").format(name=path.name))
    with path.open("rb") as f:
        head = f.read(8)
    if not head:
        raise _empty(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return Workbook(path, "csv", [path.stem])
    if head.startswith(_ZIP) and suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path)
    if head == _OLE2 and suffix in (".xlsx", ".xlsm"):
        raise _password(path)  # an encrypted Office file is an OLE2 container holding an "EncryptedPackage"
    if (head.startswith(_ZIP) and suffix == ".ods") or (head == _OLE2 and suffix == ".xls"):
        return _open_calamine(path)
    if head.startswith(_ZIP) or head == _OLE2:  # a spreadsheet under another name: let the content decide
        return _open_xlsx(path) if head.startswith(_ZIP) else _open_calamine(path)
    raise _not_a_spreadsheet(path)


def _small_xlsx(path: Path) -> bool:
    """Whether every sheet of the .xlsx at `path` is small enough unpacked to be read whole (CALAMINE_XML_LIMIT)."""
    try:
        with zipfile.ZipFile(path) as z:
            sheets = [
                i for i in z.infolist() if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            strings = sum(i.file_size for i in z.infolist() if i.filename == "xl/sharedStrings.xml")
    except (zipfile.BadZipFile, OSError):
        return False
    return bool(sheets) and all(i.file_size + strings <= CALAMINE_XML_LIMIT for i in sheets)


def _open_xlsx(path: Path) -> Workbook:
    import openpyxl

    if _small_xlsx(path):
        try:
            return _open_calamine(path)
        except ImportFileError:
            pass  # let openpyxl try, and say what it finds

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        try:  # an .ods saved as .xlsx, or an odd writer: calamine reads more dialects
            return _open_calamine(path)
        except ImportFileError:
            raise _not_a_spreadsheet(path) from None
    except Exception:  # noqa: BLE001 - openpyxl raises its own InvalidFileException and lxml errors
        raise _not_a_spreadsheet(path) from None
    names = list(book.sheetnames)
    if not names:
        raise _empty(path)
    return Workbook(path, "xlsx", names, book)


def _open_calamine(path: Path) -> Workbook:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise _password(path) from None
    except Exception:  # noqa: BLE001 - CalamineError, XmlError, ZipError …: not a spreadsheet we can read
        raise _not_a_spreadsheet(path) from None
    names = list(book.sheet_names)
    if not names:
        raise _empty(path)
    return Workbook(path, "calamine", names, book)


def _csv_rows(path: Path) -> Iterator[tuple[Any, ...]]:
    encoding = _csv_encoding(path)
    with path.open("r", encoding=encoding, newline="") as f:
        sample = f.read(8192)
        f.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        for row in csv.reader(f, dialect):
            yield tuple(row)


def _csv_encoding(path: Path) -> str:
    """UTF-8 (a BOM is dropped) when the start of the file decodes as UTF-8, else GB18030 (Excel on a Chinese
    Windows saves CSV in the ANSI code page, GBK, which GB18030 contains)."""
    with path.open("rb") as f:
        head = f.read(65536)
    if b"\x00" in head:
        raise _not_a_spreadsheet(path)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the end of the sample
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                raise _not_a_spreadsheet(path) from None
            return "gb18030"
    return "utf-8-sig"
