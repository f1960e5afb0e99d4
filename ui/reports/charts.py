"""Charts of the statistics page, drawn with Qt's own charts module (PySide6.QtCharts, from the Addons).

Each builder returns a QChart; bar charts also return their bar sets, whose `clicked(index)` the panels connect to
the table beneath (the numbers behind a bar are one click away). Category index `i` of a builder's input is the
table's row `i`, whatever the chart's own drawing order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

COLOURS = ("#2a61a8", "#d97321", "#4d994d", "#99408c", "#8c8c8c")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    return chart


def _value_axis(top: float, percent: bool = False) -> QValueAxis:
    axis = QValueAxis()
    if percent:
        axis.setRange(0, 100)
        axis.setLabelFormat("%d%%")
        axis.setTickCount(6)
    else:
        axis.setRange(0, max(top, 1))
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d" if top >= 5 else "%.1f")
    return axis


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    on_click: Callable[[int], None] | None = None,
) -> QChart:
    """Bars per category, one set per (name, values). Horizontal charts list the first category at the top."""
    chart = _chart(title)
    if horizontal:
        bars = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    else:
        bars = QStackedBarSeries() if stacked else QBarSeries()
    n = len(categories)
    order = list(reversed(range(n))) if horizontal else list(range(n))  # Qt draws the first category at the bottom
    for i, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(COLOURS[i % len(COLOURS)]))
        bar_set.setBorderColor(QColor(COLOURS[i % len(COLOURS)]))
        bar_set.append([float(values[j]) for j in order])
        if on_click is not None:
            bar_set.clicked.connect(lambda index, order=order: on_click(order[index]))
        bars.append(bar_set)
    bars.setBarWidth(0.7)
    chart.addSeries(bars)
    names = QBarCategoryAxis()
    names.append([categories[j] for j in order])
    names.setTruncateLabels(False)  # a category's name in full (Qt elides it to "…" by default)
    if horizontal or n > 12:  # Qt skips labels that would overlap: smaller ones fit every category
        font = names.labelsFont()
        font.setPointSizeF(max(font.pointSizeF() - 2, 7))
        names.setLabelsFont(font)
    if stacked:
        top = max([sum(float(v[j]) for _, v in series) for j in range(n)] or [0])
    else:
        top = max([float(x) for _, v in series for x in v] or [0])
    values = _value_axis(top)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(names)
    bars.attachAxis(values)
    chart.legend().setVisible(len(series) > 1)
    return chart


def line_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]) -> QChart:
    """Percentages (0–100) over the categories (months); None leaves the month out of its line."""
    chart = _chart(title)
    names = QBarCategoryAxis()
    names.append(list(categories))
    values = _value_axis(100, percent=True)
    chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for i, (name, points) in enumerate(series):
        line = QLineSeries()
        line.setName(name)
        line.setColor(QColor(COLOURS[i % len(COLOURS)]))
        line.setPointsVisible(True)
        line.setMarkerSize(7)  # a month with a rate between months without one shows as a dot
        for x, y in enumerate(points):
            if y is not None:
                line.append(float(x), float(y))
        chart.addSeries(line)
        line.attachAxis(names)
        line.attachAxis(values)
    return chart


def chart_view(chart: QChart, parent: QWidget, name: str, accessible: str) -> QChartView:
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)  # = ui.reports.panels.CHART_HEIGHT
    return view
