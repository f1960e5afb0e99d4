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
        align_style = {"LEFT": styles["cell"], "RIGHT": styles["cell_r"], "CENTER": styles["cell_c"]}
        data: list[list[object]] = [[Paragraph(escape(c.title), styles["head"]) for c in sheet.columns]]
        for row in sheet.rows:
            cells: list[object] = []
            for col, value in zip(sheet.columns, row, strict=False):
                if isinstance(value, str | int):
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
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, sheet.font_size),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story.append(table)
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
