"""A4 sheets: the center's header, a title, a table whose long cells wrap, page numbers."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from app.documents.fonts import ensure_fonts
from app.documents.text import draw_text, is_plain, text_block, text_ops, text_width, tidy, wrap_text
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
    # Draw the table straight on the canvas (own wrapping and paging, see `_render_direct`) instead of platypus
    # Tables: several times faster for hundreds of rows. Cells: str/int (wrapped), None, an object with
    # `width`, `height` and `draw_at(canvas, x, y)` (lower-left corner), or any flowable.
    direct: bool = False
    running_title: str = ""  # direct sheets: a line above the table on every page after the first


def text_styles(size: float = 9) -> dict[str, tuple[float, float, str]]:
    """(font size, leading, align) of each kind of text on a sheet, for `app.documents.text.text_block`."""
    return {
        "cell": (size, size * 1.3, "LEFT"),
        "cell_r": (size, size * 1.3, "RIGHT"),
        "cell_c": (size, size * 1.3, "CENTER"),
        "head": (size, size * 1.3, "CENTER"),
        "title": (16, 22, "CENTER"),
        "subtitle": (10, 14, "CENTER"),
        "body": (10, 15, "LEFT"),
    }


def block(text: object, style: tuple[float, float, str]):
    """A flowable of plain `text` in one of `text_styles`' styles (wrapped by the shared CJK rule)."""
    size, leading, align = style
    return text_block(text, size, leading, align)


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


def _page_frame(canvas, font: str, center: CenterInfo, pagesize: tuple[float, float], page: int) -> None:
    """What every page of a sheet carries, whichever engine lays it out: the center's name, address and phone
    above a rule, and the page number at the foot."""
    w, h = pagesize
    canvas.saveState()
    draw_text(canvas, 12 * MM, h - 11 * MM, center.name, 9, font=font)
    address = " ".join(p for p in (center.address, center.phone) if p)
    if address:
        draw_text(canvas, w - 12 * MM, h - 11 * MM, address, 9, "RIGHT", font)
    canvas.setLineWidth(0.5)
    canvas.line(12 * MM, h - 13 * MM, w - 12 * MM, h - 13 * MM)
    draw_text(canvas, w / 2, 8 * MM, translate("Documents", "Page {n}").format(n=page), 9, "CENTER", font)
    canvas.restoreState()


def render_sheet(sheet: Sheet, center: CenterInfo) -> bytes:
    if sheet.direct:
        return _render_direct(sheet, center)
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

    font = ensure_fonts()
    styles = text_styles(sheet.font_size)
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
    story: list[object] = [block(sheet.title, styles["title"])]
    if sheet.subtitle:
        story.append(block(sheet.subtitle, styles["subtitle"]))
    story.append(Spacer(1, 4 * MM))
    if sheet.columns:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        align_style = {"LEFT": styles["cell"], "RIGHT": styles["cell_r"], "CENTER": styles["cell_c"]}
        data: list[list[object]] = [[block(c.title, styles["head"]) for c in sheet.columns]]
        # A text that fits its cell on one line in the main font is drawn as a plain string: a flowable per cell
        # was most of the time of a 300-row sheet. Longer texts, and texts with characters only the fallback
        # font has, go through the shared text block.
        room = [c.width_mm * MM - 4.5 for c in sheet.columns]
        size = sheet.font_size
        plain_cols: set[int] = set()  # columns with plain strings get the column's ALIGN (flowables keep theirs)
        for row in sheet.rows:
            cells: list[object] = []
            for i, (col, value) in enumerate(zip(sheet.columns, row, strict=False)):
                if isinstance(value, str | int):
                    text = str(value)
                    if "\n" not in text and is_plain(text) and stringWidth(text, font, size) <= room[i]:
                        cells.append(text)
                        plain_cols.add(i)
                    else:
                        cells.append(block(text, align_style[col.align]))
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
        story.append(block(line, styles["body"]))

    def decorate(canvas, doc_) -> None:
        _page_frame(canvas, font, center, pagesize, doc_.page)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


# --- the direct engine: the same page, drawn straight on the canvas ---------------------------------------------

PAD_X = 2.0  # points inside a cell, left and right
PAD_Y = 3.0  # top and bottom
GRID_WIDTH = 0.5


class _Text:
    """Text for one canvas, each distinct (text, size) measured and encoded once: its width (`app.documents.text`'s
    runs per font) and its text operators (runs per font, the fonts' subsets, escaped: `text_ops`). A text the main
    font sets alone (the usual name or number) is measured straight by the font; anything else goes through the
    shared text module."""

    def __init__(self, canvas, font: str) -> None:
        from reportlab.pdfbase.pdfmetrics import getFont

        self.canvas = canvas
        self.name = font
        self.cache: dict[tuple[str, float], str] = {}
        self.widths: dict[tuple[str, float], float] = {}
        self.font = getFont(font)
        face = self.font.face
        self.glyphs = face.charToGlyph
        self.mid = (face.ascent + face.descent) / 2000  # the glyph box's middle above the baseline, per point

    def _main_only(self, text: str) -> bool:
        """Set in the main font alone, as it is (no fallback run, no space between Chinese to drop)."""
        if text.isascii():
            return True
        glyphs = self.glyphs
        return all(ord(ch) in glyphs for ch in text) and tidy(text) == text

    def ops(self, text: str, size: float) -> str:
        hit = self.cache.get((text, size))
        if hit is None:
            hit = " ".join(f"{font_op} {show}" for font_op, show in text_ops(self.canvas, text, size, self.name))
            self.cache[(text, size)] = hit
        return hit

    def width(self, text: str, size: float) -> float:
        hit = self.widths.get((text, size))
        if hit is None:
            if self._main_only(text):
                hit = self.font.stringWidth(text, size)
            else:
                hit = text_width(text, size, self.name)
            self.widths[(text, size)] = hit
        return hit

    def lines(self, text: str, size: float, room: float) -> list[str]:
        """`wrap_text(text, …, room)`: a text that fits on one line as it is is measured once here and kept."""
        if "\n" not in text and self._main_only(text) and self.width(text, size) <= room:
            return [text]
        return wrap_text(text, self.name, size, room)

    def block(self, out: list[str], lines, size, leading, left, right, top, align) -> None:
        """Lines set in slots of `leading` from `top` down, each aligned between `left` and `right`."""
        for i, line in enumerate(lines):
            if not line:
                continue
            if align == "LEFT":
                x = left
            else:
                w = self.width(line, size)
                x = right - w if align == "RIGHT" else (left + right - w) / 2
            y = top - (i + 0.5) * leading - self.mid * size
            out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {self.ops(line, size)}")


def _graphic_size(value, canvas, avail_w: float) -> tuple[float, float]:
    if hasattr(value, "draw_at"):
        return value.width, value.height
    return value.wrapOn(canvas, avail_w, 10_000)


def _draw_graphic(value, canvas, x: float, y: float) -> None:
    if hasattr(value, "draw_at"):
        value.draw_at(canvas, x, y)
    else:
        value.drawOn(canvas, x, y)


def _render_direct(sheet: Sheet, center: CenterInfo) -> bytes:
    """The sheet of `render_sheet`, laid out here: every cell measured once, long texts wrapped by hand, rows
    placed page by page under a repeated header row, each page's grid one path and its text one text object.

    A platypus Table builds an object per cell and a style entry per cell and page; for a few hundred rows with a
    QR code each that was nearly all of the time. Same page: the center's header, title, subtitle, table (grey
    header row, 0.5 pt grid, cells wrapped and vertically centred), footer lines, page numbers."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    font = ensure_fonts()
    pagesize = landscape(A4) if sheet.landscape else A4
    page_w, page_h = pagesize
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pagesize)
    c.setTitle(sheet.title)
    c.setAuthor(center.name)
    text = _Text(c, font)
    left, right = 12 * MM + 6, page_w - 12 * MM - 6  # the frame of render_sheet's template, inside its padding
    top, bottom = page_h - 18 * MM - 6, 15 * MM + 6
    size = sheet.font_size
    leading = size * 1.3

    widths = [col.width_mm * MM for col in sheet.columns]
    table_w = sum(widths)
    x0 = left + (right - left - table_w) / 2
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)

    def height(laid: list[tuple], min_h: float) -> float:
        h = min_h
        for cell in laid:
            if cell:
                h = max(h, (len(cell[1]) * leading if cell[0] == "t" else cell[3]) + 2 * PAD_Y)
        return h

    def measure(cells: Sequence[object], min_h: float) -> tuple[float, list[tuple]]:
        laid: list[tuple] = []
        for i in range(len(sheet.columns)):
            value = cells[i] if i < len(cells) else None
            room = widths[i] - 2 * PAD_X
            if value is None or value == "":
                laid.append(())
            elif isinstance(value, str | int | float):
                laid.append(("t", text.lines(str(value), size, room)))
            else:
                laid.append(("g", value, *_graphic_size(value, c, room)))
        return height(laid, min_h), laid

    running: list[str] = wrap_text(sheet.running_title, font, size, right - left) if sheet.running_title else []
    running_h = len(running) * leading + 2 * MM if running else 0
    head_h, head = measure([col.title for col in sheet.columns], 0)
    min_h = sheet.row_height_mm * MM if sheet.row_height_mm else 0
    body_room = top - bottom - running_h - head_h  # the most a row can have: a later page, under the header row

    def laid_rows() -> Iterator[tuple[float, list[tuple]]]:
        """Each row measured when its page is filled (few objects alive at a time: a long sheet stays light on the
        garbage collector)."""
        for cells in sheet.rows:
            h, laid = measure(cells, min_h)
            if h <= body_room:
                yield h, laid
                continue
            # taller than a page: its lines go on over several pages (graphics stay with the first part)
            per_part = max(1, int((body_room - 2 * PAD_Y) // leading))
            longest = max((len(cell[1]) for cell in laid if cell and cell[0] == "t"), default=1)
            for k in range(0, longest, per_part):
                part = []
                for cell in laid:
                    if cell and cell[0] == "t":
                        part.append(("t", cell[1][k : k + per_part]) if cell[1][k : k + per_part] else ())
                    else:
                        part.append(cell if k == 0 else ())
                yield height(part, min_h), part

    page = 0
    pending: list[str] = []  # this page's text operators
    graphics: list[tuple[object, float, float]] = []
    shapes: list[str] = []  # this page's fills and strokes

    def start_page() -> float:
        nonlocal page
        page += 1
        y = top
        if page == 1:
            for txt, sz, lead in ((sheet.title, 16, 22), (sheet.subtitle, 10, 14)):
                if txt:
                    lines = wrap_text(txt, font, sz, right - left)
                    text.block(pending, lines, sz, lead, left, right, y, "CENTER")
                    y -= len(lines) * lead
            y -= 4 * MM
        elif running:
            text.block(pending, running, size, leading, left, right, y, "CENTER")
            y -= running_h
        return y

    def finish_page() -> None:
        _page_frame(c, font, center, (page_w, page_h), page)
        code = c._code
        code.append("q")
        code.extend(shapes)
        if pending:
            code.append("0 g BT")
            code.extend(pending)
            code.append("ET")
        code.append("Q")
        for value, gx, gy in graphics:
            _draw_graphic(value, c, gx, gy)
        pending.clear()
        graphics.clear()
        shapes.clear()
        c.showPage()

    def place(y: float, h: float, laid: list[tuple], header: bool = False) -> None:
        for i, cell in enumerate(laid):
            if not cell:
                continue
            align = "CENTER" if header else sheet.columns[i].align
            lo, hi = xs[i] + PAD_X, xs[i + 1] - PAD_X
            if cell[0] == "t":
                block_h = len(cell[1]) * leading
                text.block(pending, cell[1], size, leading, lo, hi, y - (h - block_h) / 2, align)
            else:
                _, value, gw, gh = cell
                gx = lo if align == "LEFT" else hi - gw if align == "RIGHT" else (lo + hi - gw) / 2
                graphics.append((value, gx, y - (h + gh) / 2))

    def draw_table_part(y_top: float, heights: list[float]) -> None:
        """Grid and header background of the rows placed on this page, the header row first."""
        y_bottom = y_top - sum(heights)
        shapes.append(f"0.9 g {x0:.2f} {y_top - heights[0]:.2f} {table_w:.2f} {heights[0]:.2f} re f 0 g")
        path = [f"{GRID_WIDTH} w 0 G"]
        y = y_top
        for h in [0.0, *heights]:
            y -= h
            path.append(f"{x0:.2f} {y:.2f} m {xs[-1]:.2f} {y:.2f} l")
        for x in xs:
            path.append(f"{x:.2f} {y_top:.2f} m {x:.2f} {y_bottom:.2f} l")
        path.append("S")
        shapes.append(" ".join(path))

    y = start_page()
    # a later page with nothing on it yet: every row fits there (parts of a too-tall row included); on the
    # first page the title may leave too little room, and the table then starts on the next
    fresh = False
    if sheet.columns:
        rows = laid_rows()
        row = next(rows, None)
        while True:
            # one page of the table: the header row (never alone at a page's foot), then as many rows as fit
            if not fresh and head_h + (row[0] if row else 0) > y - bottom:
                finish_page()
                y = start_page()
            y_top = y
            heights = [head_h]
            place(y, head_h, head, header=True)
            y -= head_h
            while row is not None and (row[0] <= y - bottom or len(heights) == 1):
                h, laid = row
                place(y, h, laid)
                heights.append(h)
                y -= h
                row = next(rows, None)
            draw_table_part(y_top, heights)
            fresh = False
            if row is None:
                break
            finish_page()
            y = start_page()
            fresh = True
    for line in sheet.footer_lines:
        lines = wrap_text(line, font, 10, right - left)
        if not fresh and y - 3 * MM - len(lines) * 15 < bottom:
            finish_page()
            y = start_page()
        fresh = False
        y -= 3 * MM
        text.block(pending, lines, 10, 15, left, right, y, "LEFT")
        y -= len(lines) * 15
    finish_page()
    c.save()
    return buf.getvalue()
