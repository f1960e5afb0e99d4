"""The district report pack as an A4 PDF: a summary, then each counter's charts (reportlab.graphics.charts) and tables,
each table with its totals row. Every text, the charts' labels included, is drawn through `app.documents.text`.
Deterministic (reportlab's `invariant` mode): the same pack gives the same bytes, so a re-issue is the first issue.
"""

from __future__ import annotations

import io

from app.i18n import translate
from app.reports import figures as F
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

MM = 72 / 25.4

COLOURS = ((0.16, 0.38, 0.66), (0.85, 0.45, 0.13), (0.30, 0.60, 0.30), (0.60, 0.25, 0.55), (0.55, 0.55, 0.55))


def _renderer_class():
    from reportlab.graphics import renderPDF

    from app.documents.text import draw_text

    class ChartRenderer(renderPDF._PDFRenderer):
        """reportlab's PDF renderer with every string drawn by `app.documents.text.draw_text` (the font per run,
        the fallback font for rare characters), so a chart's Chinese labels print like the rest of the page."""

        def drawString(self, stringObj) -> None:  # noqa: N802, N803 - reportlab's API
            if not self._fill:
                return
            state = self._tracker.getState()
            anchor = {"middle": "CENTER", "end": "RIGHT"}.get(state["textAnchor"], "LEFT")
            draw_text(self._canvas, stringObj.x, stringObj.y, stringObj.text, state["fontSize"], anchor)

    return ChartRenderer


def _chart_flowable(drawing):
    from reportlab.graphics.renderbase import renderScaledDrawing
    from reportlab.platypus import Flowable

    renderer = _renderer_class()

    class Chart(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = drawing.width, drawing.height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            renderer().draw(renderScaledDrawing(drawing), self.canv, 0, 0, showBoundary=False)

    return Chart()


def _colour(i: int):
    from reportlab.lib.colors import Color

    return Color(*COLOURS[i % len(COLOURS)])


def _legend(drawing, x: float, y: float, names: list[str]) -> None:
    from reportlab.graphics.charts.legends import Legend

    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 72
    legend.dx = legend.dy = 6
    legend.boxAnchor = "ne"
    legend.colorNamePairs = [(_colour(i), name) for i, name in enumerate(names)]
    drawing.add(legend)


def _title(drawing, title: str) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(String(0, drawing.height - 9, title, fontSize=8.5))


def _nice_max(value: float) -> float:
    """A round top for a value axis (1, 2, 5 × 10ⁿ), at least 1."""
    if value <= 1:
        return 1
    step = 1.0
    while step * 10 < value:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= value:
            return m * step
    return 10 * step


def _value_axis(axis, top: float) -> None:
    axis.labels.fontSize = 7
    axis.valueMin = 0
    axis.valueMax = _nice_max(top)
    axis.valueStep = axis.valueMax / 5
    axis.labelTextFormat = "%d" if axis.valueMax >= 5 else "%.1f"


def _top(series: list[list[float]], stacked: bool) -> float:
    if stacked:
        return max([sum(col) for col in zip(*series, strict=True)] or [0])
    return max([max(s) for s in series if s] or [0])


def bar_chart(
    width: float,
    height: float,
    title: str,
    categories: list[str],
    series: list[list[float]],
    names: list[str],
    stacked: bool = False,
):
    """Vertical bars (a Drawing) for short category labels (days, months); one list of numbers per series."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    from app.documents.fonts import ensure_fonts

    ensure_fonts()
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 16
    chart.width, chart.height = width - 36, height - 36
    chart.data = [tuple(s) for s in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    _value_axis(chart.valueAxis, _top(series, stacked))
    chart.barSpacing = 1
    chart.groupSpacing = 3
    for i in range(len(series)):
        chart.bars[i].fillColor = _colour(i)
        chart.bars[i].strokeColor = None
    d.add(chart)
    _title(d, title)
    if len(names) > 1:
        _legend(d, width, height - 1, names)
    return d


def hbar_chart(
    width: float,
    height: float,
    title: str,
    categories: list[str],
    series: list[list[float]],
    names: list[str],
    stacked: bool = False,
):
    """Horizontal bars (a Drawing) for named categories (a category, a program, a kind of volunteer), the names on
    the left, the first category at the top."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    from app.documents.fonts import ensure_fonts
    from app.documents.text import text_width

    ensure_fonts()
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    label_w = min(max([text_width(c, 7) for c in categories] or [0]) + 6, width * 0.4)
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 10, height - 34
    # reportlab draws the first category at the bottom: reversed, the table's order reads from the top
    chart.data = [tuple(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    _value_axis(chart.valueAxis, _top(series, stacked))
    chart.barSpacing = 1
    chart.groupSpacing = 3
    for i in range(len(series)):
        chart.bars[i].fillColor = _colour(i)
        chart.bars[i].strokeColor = None
    d.add(chart)
    _title(d, title)
    if len(names) > 1:
        _legend(d, width, height - 1, names)
    return d


def line_chart(
    width: float, height: float, title: str, categories: list[str], series: list[list[float | None]], names: list[str]
):
    """Lines of percentages (0–100) over the categories; None (nothing to count that month) leaves a gap."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics.widgets.markers import makeMarker

    from app.documents.fonts import ensure_fonts

    ensure_fonts()
    d = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 16
    chart.width, chart.height = width - 36, height - 48
    chart.data = [tuple(s) for s in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    # a line joins the months that have a rate; a series with fewer than two shows its point alone (reportlab
    # cannot draw a one-point line)
    chart.joinedLines = 0
    for i, s in enumerate(series):
        if sum(v is not None for v in s) >= 2:
            chart.lines[i].lineStyle = "joinedLine"
        chart.lines[i].strokeColor = _colour(i)
        chart.lines[i].strokeWidth = 1.5
        chart.lines[i].symbol = makeMarker("FilledCircle", size=5, fillColor=_colour(i), strokeColor=_colour(i))
    d.add(chart)
    _title(d, title)
    _legend(d, width, height - 14, names)
    return d


def _rates(rows: list[F.RateRow]) -> list[list[float | None]]:
    def p(rate: float | None) -> float | None:
        return None if rate is None else round(rate * 100, 1)

    return [
        [p(x.response_rate) for x in rows],
        [p(x.resolution_rate) for x in rows],
        [p(x.satisfaction_rate) for x in rows],
    ]


def charts_of(p: DistrictPack, width: float) -> dict[str, list]:
    """The pack's charts as reportlab Drawings, by counter: the same figures as the statistics page."""
    r, c, k, v = p.requests, p.canteen, p.childcare, p.volunteers
    half = (width - 12) / 2
    none = translate("Reports", "(none)")
    cats = r.by_category or [F.RateRow(name=none)]
    days = [str(int(x.name[8:])) for x in c.days]
    programs = k.programs or [F.ProgramRow(none)]
    sources = list(v.source_names)
    rate_names = [
        translate("Reports", "Response rate"),
        translate("Reports", "Resolution rate"),
        translate("Reports", "Satisfaction rate"),
    ]
    tall = max(150, 34 + 14 * len(cats))
    return {
        "requests": [
            hbar_chart(
                half, tall, translate("Reports", "Requests by category"), [x.name for x in cats],
                [[x.requests for x in cats]], [""],
            ),
            line_chart(
                half, tall, translate("Reports", "The three rates, month by month"),
                [x.name for x in r.trend], _rates(r.trend), rate_names,
            ),
        ],
        "canteen": [
            bar_chart(
                width, 150, translate("Reports", "Subsidy by funder per day (yuan)"), days,
                [[x.funders.get(f, 0) / 100 for x in c.days] for f in c.funders],
                [c.funder_names.get(f, f) for f in c.funders], stacked=True,
            ),
            bar_chart(
                width, 120, translate("Reports", "Meals sold per day"), days, [[x.meals for x in c.days]],
                [translate("Reports", "Meals sold")],
            ),
        ],
        "childcare": [
            hbar_chart(
                width, max(90, 40 + 22 * len(programs)), translate("Reports", "Childcare attendance by program"),
                [x.name for x in programs],
                [[x.child_days for x in programs], [x.children for x in programs]],
                [translate("Reports", "Child-days"), translate("Reports", "Children")],
            )
        ],
        "volunteers": [
            hbar_chart(
                width, 110, translate("Reports", "Approved volunteer hours by kind"), [x.name for x in v.kinds],
                [[x.by_source.get(src, 0) / 60 for x in v.kinds] for src in sources],
                [v.source_names[src] for src in sources], stacked=True,
            )
        ],
    }  # fmt: skip


def render_pdf(p: DistrictPack) -> bytes:
    """The pack as an A4 PDF: a summary, then each counter's charts and tables (each with its totals row).
    Deterministic: the same pack gives the same bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as PdfTable

    from app.documents.fonts import ensure_fonts
    from app.documents.text import draw_text, is_plain, text_block, text_width

    font = ensure_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=14 * MM,
        rightMargin=14 * MM,
        topMargin=18 * MM,
        bottomMargin=15 * MM,
        title=title_of(p),
        author=p.center_name,
        creator="Community Desk",
        invariant=1,
    )
    width = doc.width
    size = 8

    def heading(text: str, big: bool = False):
        return text_block(text, 13 if big else 10.5, 18 if big else 15)

    def table(t: Table) -> list:
        data: list[list[object]] = []
        col_w = [width * w / sum(t.widths) for w in t.widths]
        for r, row in enumerate([t.headings, *t.rows, *([t.total] if t.total else [])]):
            cells: list[object] = []
            for i, value in enumerate(row):
                align = "CENTER" if r == 0 else t.align[i]
                if is_plain(value) and text_width(value, size) <= col_w[i] - 4:
                    cells.append(value)
                else:
                    cells.append(text_block(value, size, size * 1.3, align))
            data.append(cells)
        pdf_table = PdfTable(data, colWidths=col_w, repeatRows=1)
        last = len(data) - 1
        totals = [
            ("BACKGROUND", (0, last), (-1, last), colors.Color(0.94, 0.94, 0.94)),
            ("LINEABOVE", (0, last), (-1, last), 1.0, colors.black),
        ]
        pdf_table.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                *(totals if t.total else []),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                *[("ALIGN", (i, 1), (i, -1), a) for i, a in enumerate(t.align)],
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
        # a table starts where its title, headings and a few rows fit, never as a lone title at a page's foot
        return [
            CondPageBreak(min(40 * MM, (len(data) + 2) * 5 * MM)),
            KeepTogether([heading(t.title), Spacer(1, 1.5 * MM)]),
            pdf_table,
            Spacer(1, 4 * MM),
        ]

    def side_by_side(drawings: list) -> object:
        if len(drawings) == 1:
            return _chart_flowable(drawings[0])
        row = PdfTable([[_chart_flowable(d) for d in drawings]], colWidths=[width / len(drawings)] * len(drawings))
        # the table's own font even with no text in it: reportlab sets a cell's font before drawing its content
        row.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return row

    charts = charts_of(p, width)
    story: list[object] = [
        text_block(title_of(p), 16, 22, "CENTER"),
        text_block(p.center_name, 10, 14, "CENTER"),
        text_block(issued_line(p), 8.5, 12, "CENTER"),
        Spacer(1, 4 * MM),
    ]
    summary = Table(
        translate("Reports", "The month in figures"),
        [translate("Reports", "Figure"), translate("Reports", "Value")],
        [[a, b] for a, b in summary_lines(p)],
        None,
        ["LEFT", "RIGHT"],
        [3, 1],
    )
    story += table(summary)
    sections = (
        (translate("Reports", "1. Residents' requests"), "requests", request_tables(p.requests)),
        (translate("Reports", "2. Elderly canteen"), "canteen", canteen_tables(p.canteen)),
        (translate("Reports", "3. Childcare"), "childcare", childcare_tables(p.childcare)),
        (translate("Reports", "4. Volunteer service"), "volunteers", volunteer_tables(p.volunteers)),
    )
    for title, key, tables in sections:
        story.append(CondPageBreak(90 * MM))
        story.append(heading(title, big=True))
        drawings = charts[key]
        if key == "requests":
            story.append(side_by_side(drawings))
        else:
            story += [_chart_flowable(d) for d in drawings]
        story.append(Spacer(1, 3 * MM))
        for t in tables:
            story += table(t)

    for n, section in enumerate(p.sections, start=len(sections) + 1):
        story.append(CondPageBreak(90 * MM))
        story.append(heading(f"{n}. {section.title}", big=True))
        for label, value in section.lines:
            line = translate("Reports", "{label}: {value}").format(label=label, value=value)
            story.append(text_block(line, 9, 13))
        if section.lines:
            story.append(Spacer(1, 2 * MM))
        for t in section.tables:
            story += table(t)

    story += [
        CondPageBreak(30 * MM),
        Spacer(1, 8 * MM),
        text_block(
            translate("Reports", "Prepared by: ____________    Person in charge: ____________    (Seal of the center)"),
            10,
            16,
        ),
    ]

    def decorate(canvas, doc_) -> None:
        w, h = A4
        canvas.saveState()
        draw_text(canvas, 14 * MM, h - 11 * MM, p.center_name, 8.5)
        address = " ".join(x for x in (p.center_address, p.center_phone) if x)
        if address:
            draw_text(canvas, w - 14 * MM, h - 11 * MM, address, 8.5, "RIGHT")
        canvas.setLineWidth(0.5)
        canvas.line(14 * MM, h - 13 * MM, w - 14 * MM, h - 13 * MM)
        footer = translate("Reports", "{title} — page {n}").format(title=title_of(p), n=doc_.page)
        draw_text(canvas, w / 2, 8 * MM, footer, 8, "CENTER")
        if p.draft:  # every page says so: in the header, and across the page
            draw_text(canvas, w / 2, h - 11 * MM, draft_mark(), 10, "CENTER")
            canvas.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.18)
            canvas.translate(w / 2, h / 2)
            canvas.rotate(35)
            draw_text(canvas, 0, 0, draft_mark(), 110, "CENTER")
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
