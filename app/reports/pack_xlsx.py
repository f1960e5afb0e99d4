"""The district report pack as an Excel workbook: a summary sheet and one sheet per counter, each table with its
totals row. Deterministic: the same pack gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from app.i18n import translate
from app.reports.pack import (
    DistrictPack,
    Table,
    canteen_tables,
    childcare_tables,
    draft_mark,
    issued_line,
    request_tables,
    summary_lines,
    title_of,
    volunteer_tables,
)


def _number(text: str):
    """A printed figure as the number a spreadsheet adds up ("12.50" → Decimal, "87.5%" stays text)."""
    from decimal import Decimal, InvalidOperation

    if text.isdigit():
        return int(text)
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


def render_xlsx(p: DistrictPack) -> bytes:
    """The pack as an Excel workbook: a summary sheet and one sheet per counter, each table with its totals row;
    money in yuan with two decimals, hours with one (the same figures as the PDF). Deterministic: the workbook's
    dates are the issue's local time (as printed), and the zip entries carry it too."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    issued = dt.datetime.strptime(p.issued_at, "%Y-%m-%d %H:%M")
    wb.properties.creator = "Community Desk"
    wb.properties.title = title_of(p)
    wb.properties.created = wb.properties.modified = issued
    wb.properties.lastModifiedBy = None
    bold = Font(bold=True)

    def put(ws, t: Table) -> None:
        ws.append([t.title])
        ws.cell(ws.max_row, 1).font = bold
        ws.append(t.headings)
        for c in ws[ws.max_row]:
            c.font = bold
        for row in t.rows:
            ws.append([row[0], *[_number(x) for x in row[1:]]])
        if t.total:
            ws.append([t.total[0], *[_number(x) for x in t.total[1:]]])
            for c in ws[ws.max_row]:
                c.font = bold
        ws.append([])

    def mark(ws) -> None:
        """A draft says so at the top of every sheet, and in every printed page's header."""
        if p.draft:
            ws.append([draft_mark(), issued_line(p)])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=14, color="C62828")
            ws.oddHeader.center.text = draft_mark()
            ws.append([])

    summary = wb.active
    summary.title = translate("Reports", "Summary")
    mark(summary)
    summary.append([title_of(p)])
    summary.cell(summary.max_row, 1).font = Font(bold=True, size=13)
    summary.append([p.center_name])
    summary.append([issued_line(p)])
    summary.append([])
    for a, b in summary_lines(p):
        summary.append([a, _number(b)])
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 14
    for name, tables in (
        (translate("Reports", "Residents' requests"), request_tables(p.requests)),
        (translate("Reports", "Elderly canteen"), canteen_tables(p.canteen)),
        (translate("Reports", "Childcare service"), childcare_tables(p.childcare)),
        (translate("Reports", "Volunteer service"), volunteer_tables(p.volunteers)),
    ):
        ws = wb.create_sheet(name)
        mark(ws)
        for t in tables:
            put(ws, t)
        ws.column_dimensions["A"].width = 26
        for col in "BCDEFGHIJ":
            ws.column_dimensions[col].width = 13
    for section in p.sections:  # the further counters: one sheet each
        ws = wb.create_sheet(_sheet_name(section.title, wb.sheetnames))
        mark(ws)
        for label, value in section.lines:
            ws.append([label, _number(value)])
        if section.lines:
            ws.append([])
        for t in section.tables:
            put(ws, t)
        ws.column_dimensions["A"].width = 26
        for col in "BCDEFGHIJ":
            ws.column_dimensions[col].width = 13
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue(), issued)


def _sheet_name(title: str, taken: list[str]) -> str:
    """A worksheet name from a section's title: at most 31 characters, none of []:*?/\\, not taken yet."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Sheet"
    base, n = name, 2
    while name in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """The same zip with every entry dated `when` (the zip format keeps each file's time; openpyxl writes now)."""
    out = io.BytesIO()
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:00Z").encode() + rb"\g<2>",
                    content,
                )
            dst.writestr(fixed, content)
    return out.getvalue()
