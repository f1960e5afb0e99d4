"""A small .xlsx writer for plain tables: the workbook's XML parts written straight into the zip.

openpyxl (even write-only) builds an element and a styled cell object for every value; for a month's settlement
(3,000 diners × 12 columns, or 30,000 tickets × 16) that was most of the export's time. The sheets here only need
text, whole numbers, money in yuan with 2 decimals, dates, a bold header row, column widths and a frozen header,
so each row is one joined string. Text is always an inline string (`t="inlineStr"`, never a formula), with
&, <, > escaped and the characters XML 1.0 forbids dropped (residents' names are user data).

Cells: `str` → text, `int` → number, `Yuan(fen)` → yuan shown as 0.00 (exact: written from the integer fen),
`datetime.date` → date shown as yyyy-mm-dd, `None` or "" → no cell. A whole column of one kind can be given as
a kind letter (`s`, `n`, `m`, `d`) with `Sheet.rows` to skip the per-cell type test.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from typing import NamedTuple

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (1900 date system, past the 1900-02-29 bug)
_MAX_TEXT = 32767  # Excel's limit for one cell

# style indexes in styles.xml below
_S_MONEY, _S_BOLD, _S_DATE = 1, 2, 3

_NEEDS_ESCAPE = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


class Yuan(NamedTuple):
    """An amount of money in integer fen, written as yuan with 2 decimals."""

    fen: int


def escape(text: str) -> str:
    """Text for an XML text node: &, <, > escaped, CR kept as a reference, forbidden characters dropped."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = _ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def yuan_text(fen: int) -> str:
    """Exact decimal text of `fen` in yuan ("12.5", "-0.05", "3"): the number Excel parses is the exact value."""
    fen = int(fen)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    if cents == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{cents:02d}".rstrip("0")


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _text_cell(ref: str, text: str, style: int = 0) -> str:
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
    s = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _cell(ref: str, value: object) -> str:
    """One cell of any supported kind ("" for no cell)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _text_cell(ref, value)
    if isinstance(value, Yuan):
        return f'<c r="{ref}" s="{_S_MONEY}"><v>{yuan_text(value.fen)}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, dt.datetime):
        raise TypeError("xlsxfast writes dates, not date-times")
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{_S_DATE}"><v>{(value - _EPOCH).days}</v></c>'
    raise TypeError(f"xlsxfast cannot write {type(value).__name__}")


class Sheet:
    def __init__(self, name: str, widths: Sequence[float], freeze_header: bool) -> None:
        self.name = name
        self.widths = list(widths)
        self.freeze_header = freeze_header
        self._rows: list[str] = []
        self._cols = max(1, len(self.widths))
        self._letters = [column_letter(i) for i in range(1, 65)]

    def _letters_for(self, n: int) -> list[str]:
        while n > len(self._letters):
            self._letters.append(column_letter(len(self._letters) + 1))
        return self._letters

    def append(self, values: Sequence[object] = ()) -> None:
        """One row; each value's kind is read from its type (see the module's docstring)."""
        r = len(self._rows) + 1
        letters = self._letters_for(len(values))
        self._cols = max(self._cols, len(values))
        cells = "".join(_cell(f"{letters[i]}{r}", v) for i, v in enumerate(values))
        self._rows.append(f'<row r="{r}">{cells}</row>')

    def header(self, titles: Sequence[str]) -> None:
        """A row of bold titles."""
        r = len(self._rows) + 1
        letters = self._letters_for(len(titles))
        self._cols = max(self._cols, len(titles))
        cells = "".join(_text_cell(f"{letters[i]}{r}", t, _S_BOLD) for i, t in enumerate(titles) if t)
        self._rows.append(f'<row r="{r}">{cells}</row>')

    def rows(self, kinds: str, rows: Iterable[Sequence[object]]) -> None:
        """Many rows whose columns each hold one kind: s text, n whole number, m fen shown as yuan, d date.

        None (and "" in a text column) leaves the cell empty."""
        letters = self._letters_for(len(kinds))
        self._cols = max(self._cols, len(kinds))
        cols = list(zip(letters, kinds, strict=False))
        for kind in kinds:
            if kind not in "snmd":
                raise ValueError(f"unknown column kind {kind!r}")
        out = self._rows
        texts: dict[str, str] = {}  # the same names, tiers and cashiers come back row after row
        amounts: dict[int, str] = {}  # and so do the prices and subsidies
        for values in rows:
            r = len(out) + 1
            parts = [f'<row r="{r}">']
            for (letter, kind), v in zip(cols, values, strict=True):
                if v is None:
                    continue
                if kind == "m":
                    text = amounts.get(v)
                    if text is None:
                        text = amounts[v] = yuan_text(v)
                    parts.append(f'<c r="{letter}{r}" s="{_S_MONEY}"><v>{text}</v></c>')
                elif kind == "n":
                    parts.append(f'<c r="{letter}{r}"><v>{int(v)}</v></c>')
                elif kind == "s":
                    if v == "":
                        continue
                    if not isinstance(v, str):
                        v = str(v)
                    body = texts.get(v)
                    if body is None:
                        body = texts[v] = _text_cell("@", v)[len('<c r="@"') :]
                    parts.append(f'<c r="{letter}{r}"{body}')
                else:
                    parts.append(f'<c r="{letter}{r}" s="{_S_DATE}"><v>{(v - _EPOCH).days}</v></c>')
            parts.append("</row>")
            out.append("".join(parts))

    def xml(self, selected: bool) -> str:
        n_rows = max(1, len(self._rows))
        dimension = f"A1:{column_letter(self._cols)}{n_rows}"
        tab = ' tabSelected="1"' if selected else ""
        if self.freeze_header:
            view = (
                f'<sheetView workbookViewId="0"{tab}>'
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
            )
        else:
            view = f'<sheetView workbookViewId="0"{tab}><selection activeCell="A1" sqref="A1"/></sheetView>'
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(self.widths, 1)
        )
        return "".join(
            [
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" '
                f'xmlns:r="{_REL}"><dimension ref="{dimension}"/><sheetViews>{view}</sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>',
                f"<cols>{cols}</cols>" if cols else "",
                "<sheetData>",
                "".join(self._rows),
                "</sheetData>"
                '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                "</worksheet>",
            ]
        )


# Styles 0 plain, 1 money (built-in format 2, "0.00"), 2 bold, 3 date (yyyy-mm-dd). The package has no theme
# part, so the fonts are named outright rather than by theme.
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


class Workbook:
    def __init__(self, title: str = "", creator: str = "") -> None:
        self.sheets: list[Sheet] = []
        self.title, self.creator = title, creator

    def sheet(self, name: str, widths: Sequence[float] = (), *, freeze_header: bool = False) -> Sheet:
        """A new sheet; the name is made valid for Excel (no []:*?/\\, at most 31 characters, unique)."""
        clean = _SHEET_NAME_BAD.sub("_", _ILLEGAL.sub("", name)).strip("'")[:31] or f"Sheet{len(self.sheets) + 1}"
        taken = {s.name.casefold() for s in self.sheets}
        base, n = clean, 1
        while clean.casefold() in taken:
            n += 1
            clean = f"{base[: 31 - len(str(n)) - 1]}_{n}"
        ws = Sheet(clean, widths, freeze_header)
        self.sheets.append(ws)
        return ws

    def to_bytes(self) -> bytes:
        n = len(self.sheets)
        ct = "application/vnd.openxmlformats-officedocument."
        types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct}spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1)
        )
        content_types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f"{types}</Types>"
        )
        root_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>'
        )
        core = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.creator)}</dc:creator>"
            "</cp:coreProperties>"
        )
        sheets = "".join(
            f'<sheet name="{_attr(s.name)}" sheetId="{i}" r:id="rId{i}"/>' for i, s in enumerate(self.sheets, 1)
        )
        workbook = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets></workbook>"
        )
        wb_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_REL}">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, n + 1)
            )
            + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        )
        buf = io.BytesIO()
        # level 1: the sheets are repetitive XML, so the file is still small, in a fraction of the default's time
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("[Content_Types].xml", content_types)
            z.writestr("_rels/.rels", root_rels)
            z.writestr("docProps/core.xml", core)
            z.writestr("xl/workbook.xml", workbook)
            z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
            z.writestr("xl/styles.xml", _STYLES)
            for i, s in enumerate(self.sheets, 1):
                z.writestr(f"xl/worksheets/sheet{i}.xml", s.xml(i == 1))
        return buf.getvalue()
