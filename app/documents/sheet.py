"""A4 sheets: the center's header, a title, a table whose long cells wrap, page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.documents.fonts import ensure_fonts
from app.i18n import translate
from app.settings import CenterInfo

MM = 72 / 25.4


@dataclass
class Column:
    title: str
    width_mm: float
    align: str = "LEFT"  # LEFT | CENTER | RIGHT


@dataclass
class Sheet:
    title: str
    subtitle: str = ""
    columns: list[Column] = field(default_factory=list)
    rows: list[Sequence[object]] = field(default_factory=list)  # str, or a flowable (e.g. a QR drawing)
    landscape: bool = False
    footer_lines: list[str] = field(default_factory=list)  # under the table: totals, signature lines
    row_height_mm: float | None = None  # minimum row height (signature boxes)
    font_size: float = 9


def paragraph_styles(size: float = 9):
    from reportlab.lib.styles import ParagraphStyle

    font = ensure_fonts()
    return {
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.3, wordWrap="CJK"),
        "cell_r": ParagraphStyle(
            "cell_r", fontName=font, fontSize=size, leading=size * 1.3, wordWrap="CJK", alignment=2
        ),
        "cell_c": ParagraphStyle(
            "cell_c", fontName=font, fontSize=size, leading=size * 1.3, wordWrap="CJK", alignment=1
        ),
        "head": ParagraphStyle("head", fontName=font, fontSize=size, leading=size * 1.3, wordWrap="CJK", alignment=1),
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1, wordWrap="CJK"),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=10, leading=14, alignment=1, wordWrap="CJK"),
        "body": ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap="CJK"),
    }


def escape(text: object) -> str:
    from xml.sax.saxutils import escape as xml_escape

    return xml_escape(str(text)).replace("\n", "<br/>")


CHUNK_FROM = 60  # rows; smaller tables are left to reportlab's own splitting


def _paged(table, style, data: list[list[object]], before: list[object], doc, heights) -> list[object]:
    """A long table as one table per page (header repeated), cut where reportlab would cut it.

    reportlab splits a long table page by page, rebuilding the rest of the table at every page: quadratic in
    the rows (most of a 300-row sheet's time). Measuring the rows once and cutting them here is linear.
    """
    from reportlab.platypus import PageBreak, Table

    if len(data) <= CHUNK_FROM:
        return [table]
    width, height = doc.width, doc.height - 12  # the frame's inner size (6 pt padding each side)
    table.wrap(width, height)
    rows = list(table._rowHeights)
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in before)
    room = height - used - 2  # the first page has the title above the table
    chunks: list[tuple[int, int]] = []
    start = 1
    while start < len(data):
        fill = rows[0]
        end = start
        while end < len(data) and fill + rows[end] <= room:
            fill += rows[end]
            end += 1
        end = max(end, start + 1)  # a row taller than a page still goes somewhere (reportlab splits it)
        chunks.append((start, end))
        start = end
        room = height - 2
    out: list[object] = []
    for i, (a, b) in enumerate(chunks):
        part = Table(
            [data[0], *data[a:b]],
            colWidths=table._argW,
            rowHeights=[rows[0], *rows[a:b]] if heights is None else [heights[0], *heights[a:b]],
            repeatRows=1,
        )
        part.setStyle(style)
        if i:
            out.append(PageBreak())
        out.append(part)
    return out


def render_sheet(sheet: Sheet, center: CenterInfo) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = ensure_fonts()
    styles = paragraph_styles(sheet.font_size)
    pagesize = landscape(A4) if sheet.landscape else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=12 * MM,
        rightMargin=12 * MM,
        topMargin=18 * MM,
        bottomMargin=15 * MM,
        title=sheet.title,
        author=center.name,
    )
    story: list[object] = [Paragraph(escape(sheet.title), styles["title"])]
    if sheet.subtitle:
        story.append(Paragraph(escape(sheet.subtitle), styles["subtitle"]))
    story.append(Spacer(1, 4 * MM))
    if sheet.columns:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        align_style = {"LEFT": styles["cell"], "RIGHT": styles["cell_r"], "CENTER": styles["cell_c"]}
        data: list[list[object]] = [[Paragraph(escape(c.title), styles["head"]) for c in sheet.columns]]
        # A text that fits its cell on one line is drawn as a plain string: a Paragraph per cell (wrap, then
        # draw word by word) was most of the time of a 300-row sheet. Longer texts still wrap.
        room = [c.width_mm * MM - 4.5 for c in sheet.columns]
        size = sheet.font_size
        plain_cols: set[int] = set()  # columns with plain strings get the column's ALIGN (flowables keep theirs)
        for row in sheet.rows:
            cells: list[object] = []
            for i, (col, value) in enumerate(zip(sheet.columns, row, strict=False)):
                if isinstance(value, str | int):
                    text = str(value)
                    if "\n" not in text and stringWidth(text, font, size) <= room[i]:
                        cells.append(text)
                        plain_cols.add(i)
                    else:
                        cells.append(Paragraph(escape(value), align_style[col.align]))
                elif value is None:
                    cells.append("")
                else:
                    cells.append(value)
            data.append(cells)
        heights = None
        if sheet.row_height_mm:
            heights = [None] + [sheet.row_height_mm * MM] * len(sheet.rows)
        table = Table(data, colWidths=[c.width_mm * MM for c in sheet.columns], rowHeights=heights, repeatRows=1)
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, sheet.font_size),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                *[
                    ("ALIGN", (i, 1), (i, -1), c.align)
                    for i, c in enumerate(sheet.columns)
                    if c.align != "LEFT" and i in plain_cols
                ],
            ]
        )
        table.setStyle(style)
        story += _paged(table, style, data, story, doc, heights)
    for line in sheet.footer_lines:
        story.append(Spacer(1, 3 * MM))
        story.append(Paragraph(escape(line), styles["body"]))

    def decorate(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        w, h = pagesize
        canvas.drawString(12 * MM, h - 11 * MM, center.name)
        right = " ".join(p for p in (center.address, center.phone) if p)
        if right:
            canvas.drawRightString(w - 12 * MM, h - 11 * MM, right)
        canvas.setLineWidth(0.5)
        canvas.line(12 * MM, h - 13 * MM, w - 12 * MM, h - 13 * MM)
        canvas.drawCentredString(w / 2, 8 * MM, translate("Documents", "Page {n}").format(n=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
