"""Formula cells whose result cannot be used, found in the spreadsheet file itself.

Both readers (`app.imports.sheets`) give a formula's result as the file saved it, and nothing when it saved none
(openpyxl and many exporting programs write formulas without results) or when the result is an error (#N/A, #REF!:
calamine gives ""). Read so, `=HYPERLINK("…","幸福路12号3栋201")` in the address column was imported as an empty
address. The cells where that happens are found here — .xlsx: the sheet's XML (`<f>` without `<v>`, or `t="e"`);
.ods: `table:formula` without a value, or an error value; .xls: FORMULA records whose result is an error; .csv: a
cell typed as a formula — and stand in the rows as `FormulaCell`s, so the row is refused naming the cell. A sheet
without formulas is not parsed (its XML is searched for `<f` first).
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.imports.cells import FormulaCell, cell_ref

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1 << 20


def _mentions(stream: Any, needles: tuple[bytes, ...]) -> bool:
    """Whether the XML part holds any of `needles` (read in chunks: most sheets hold no formula, and are not parsed)."""
    tail = b""
    while chunk := stream.read(_CHUNK):
        window = tail + chunk
        if any(n in window for n in needles):
            return True
        tail = window[-32:]
    return False


def marked(row: Any, r: int, first_column: int, unusable: dict[tuple[int, int], FormulaCell]) -> tuple[Any, ...]:
    if not unusable:
        return tuple(row)
    out = list(row)
    for c in range(len(out)):
        bad = unusable.get((r, c + first_column))
        if bad is not None:
            out[c] = bad
    return tuple(out)


def typed_formula(value: str, r: int, c: int) -> Any:
    """A .csv cell typed as a formula (`=HYPERLINK(…)`, `=A2`): a .csv holds no results, so it is no value."""
    text = value.strip()
    if len(text) > 1 and text[0] == "=" and text[1] not in "= ":
        return FormulaCell(cell_ref(r, c), text)
    return value


def formula_cells(path: Path, sheet: str) -> dict[tuple[int, int], FormulaCell]:
    """{(row, column) 0-based: FormulaCell} of the formulas in `sheet` whose result cannot be used (.xlsx, .ods,
    .xls)."""
    if not zipfile.is_zipfile(path):
        return _xls_formula_cells(path, sheet)
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "content.xml" in names:
                return _ods_formula_cells(z, sheet)
            part = _xlsx_sheet_part(z, sheet)
            if part is None or part not in names:
                return {}
            with z.open(part) as f:
                if not _mentions(f, (b"<f", b":f>", b":f ", b't="e"')):
                    return {}
            with z.open(part) as f:
                return _xlsx_formula_cells(f)
    except (zipfile.BadZipFile, OSError, KeyError, ElementTree.ParseError):
        return {}  # a part the reader itself will refuse


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xlsx_sheet_part(z: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip part of the worksheet named `sheet`: workbook.xml names it, its relationships say where it is."""
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    rid = next(
        (
            v
            for e in book.iter()
            if _local(e.tag) == "sheet" and e.get("name") == sheet
            for k, v in e.attrib.items()
            if _local(k) == "id"
        ),
        None,
    )
    target = next((e.get("Target") for e in rels if e.get("Id") == rid), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


_REF = re.compile(r"^([A-Z]+)([0-9]+)$")


def _xlsx_formula_cells(f: Any) -> dict[tuple[int, int], FormulaCell]:
    out: dict[tuple[int, int], FormulaCell] = {}
    row, column = -1, -1
    for event, e in ElementTree.iterparse(f, events=("start", "end")):
        name = _local(e.tag)
        if event == "start":
            if name == "row":
                row = int(e.get("r") or row + 2) - 1
                column = -1
            continue
        if name != "c":
            if name == "row":
                e.clear()
            continue
        m = _REF.match(e.get("r") or "")
        if m:
            column = _column_index(m.group(1))
            row = int(m.group(2)) - 1
        else:
            column += 1
        formula = value = None
        for child in e:
            if _local(child.tag) == "f":
                formula = child
            elif _local(child.tag) == "v":
                value = child
        if e.get("t") == "e":
            out[(row, column)] = FormulaCell(
                cell_ref(row, column), _shown(formula), (value.text or "#?") if value is not None else "#?"
            )
        elif formula is not None and (value is None or not value.text) and e.get("t") != "inlineStr":
            out[(row, column)] = FormulaCell(cell_ref(row, column), _shown(formula))
        e.clear()
    return out


def _shown(formula: Any) -> str:
    return "=" + formula.text if formula is not None and formula.text else ""


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


_ODS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}
_ODS_VALUES = ("value", "date-value", "time-value", "boolean-value", "string-value")


def _ods_formula_cells(z: zipfile.ZipFile, sheet: str) -> dict[tuple[int, int], FormulaCell]:
    """The same for an .ods: a `table:formula` cell with no value, or whose value type is an error."""
    with z.open("content.xml") as f:
        if not _mentions(f, (b"table:formula",)):
            return {}
    t, office, calcext = (f"{{{_ODS[k]}}}" for k in ("table", "office", "calcext"))
    out: dict[tuple[int, int], FormulaCell] = {}
    inside = False
    row = column = 0
    with z.open("content.xml") as f:
        for event, e in ElementTree.iterparse(f, events=("start", "end")):
            name = _local(e.tag)
            if name == "table":
                if event == "start":
                    inside = e.get(t + "name") == sheet
                    row = 0
                elif inside:
                    break
                continue
            if not inside:
                if event == "end" and name in ("table-cell", "table-row"):
                    e.clear()
                continue
            if name == "table-row":
                if event == "start":
                    column = 0
                else:
                    row += int(e.get(t + "number-rows-repeated") or 1)
                    e.clear()
            elif name in ("table-cell", "covered-table-cell") and event == "end":
                repeat = min(int(e.get(t + "number-columns-repeated") or 1), 16384)
                formula = e.get(t + "formula")
                if formula is not None:
                    shown = "=" + formula.split(":", 1)[-1].lstrip("=") if formula.startswith("of:") else formula
                    text = "".join(e.itertext()).strip()
                    error = e.get(calcext + "value-type") == "error"
                    has_value = any(e.get(office + k) is not None for k in _ODS_VALUES) or bool(text)
                    if error or not has_value:
                        for c in range(column, column + repeat):
                            out[(row, c)] = FormulaCell(cell_ref(row, c), shown, (text or "#?") if error else "")
                column += repeat
                e.clear()
    return out


# .xls: Excel 97-2003 saves every formula's result (a FORMULA record holds it); one that is an error is found in
# the sheet's records. The file is an OLE2 compound file whose "Workbook" stream holds the BIFF8 records.
_XLS_ERRORS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}
_END_OF_CHAIN = 0xFFFFFFFA


def _xls_formula_cells(path: Path, sheet: str) -> dict[tuple[int, int], FormulaCell]:
    try:
        stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
        return _biff_error_cells(stream, sheet) if stream else {}
    except (struct.error, IndexError, ValueError, OSError):
        return {}  # calamine reads the file or says it cannot


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The stream named one of `names` in an OLE2 compound file (MS-CFB), or None."""
    if data[:8] != _OLE2:
        return None
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    cutoff, minifat_start, _n_minifat, difat_next, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    per_sector = sector_size // 4

    def sector(i: int) -> bytes:
        return data[(i + 1) * sector_size : (i + 2) * sector_size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    for _ in range(n_difat):
        entries = struct.unpack(f"<{per_sector}I", sector(difat_next))
        difat += entries[:-1]
        difat_next = entries[-1]
    fat: list[int] = []
    for i in difat[:n_fat]:
        fat += struct.unpack(f"<{per_sector}I", sector(i))

    def chain(start: int, table: list[int]) -> list[int]:
        out: list[int] = []
        while start < _END_OF_CHAIN and len(out) <= len(table):
            out.append(start)
            start = table[start]
        return out

    def read(start: int) -> bytes:
        return b"".join(sector(i) for i in chain(start, fat))

    directory = read(dir_start)
    entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    for e in entries[1:]:
        length = struct.unpack_from("<H", e, 64)[0]
        name = e[: max(length - 2, 0)].decode("utf-16-le", "replace")
        if name in names and e[66] == 2:  # a stream
            start, size = struct.unpack_from("<II", e, 116)
            if size >= cutoff:
                return read(start)[:size]
            mini_stream = read(struct.unpack_from("<I", entries[0], 116)[0])
            minifat = list(struct.unpack(f"<{len(read(minifat_start)) // 4}I", read(minifat_start)))
            return b"".join(mini_stream[i * mini_size : (i + 1) * mini_size] for i in chain(start, minifat))[:size]
    return None


def _biff_error_cells(stream: bytes, sheet: str) -> dict[tuple[int, int], FormulaCell]:
    """The FORMULA records of `sheet` whose saved result is an error (BIFF8: BOUNDSHEET names each sheet's start)."""
    offset = None
    pos = 0
    while pos + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + size]
        if kind == 0x0085:  # BOUNDSHEET: where the sheet's records start, and its name
            count, wide = body[6], body[7] & 1
            name = body[8 : 8 + count * (2 if wide else 1)].decode("utf-16-le" if wide else "latin-1")
            if name == sheet:
                offset = struct.unpack_from("<I", body, 0)[0]
        elif kind == 0x000A:  # the workbook globals end
            break
        pos += 4 + size
    out: dict[tuple[int, int], FormulaCell] = {}
    if offset is None:
        return out
    pos = offset
    while pos + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, pos)
        if kind == 0x000A and pos > offset:  # the sheet ends
            break
        if kind == 0x0006 and size >= 14:  # FORMULA: row, column, XF, then the result (type 2 = an error)
            row, column = struct.unpack_from("<HH", stream, pos + 4)
            result = stream[pos + 10 : pos + 18]
            if result[6:8] == b"\xff\xff" and result[0] == 2:
                error = _XLS_ERRORS.get(result[2], "#?")
                out[(row, column)] = FormulaCell(cell_ref(row, column), "", error)
        pos += 4 + size
    return out
