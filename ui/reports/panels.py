"""One panel per counter: its charts of the month above, the numbers behind them below (a table with its totals row;
clicking a bar selects its row). The statistics page shows the four; each counter's own page shows its one
(`ui.reports.section`). Figures are read off the UI thread (`ui.common.loading.Loader`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports import figures as F
from app.reports import pack as P
from ui.common import export as list_export
from ui.common.layout import size_columns
from ui.common.loading import Loader
from ui.common.steps import Steps
from ui.context import AppContext
from ui.reports.charts import bar_chart, chart_view, line_chart
from ui.reports.models import FiguresTableModel

CHART_HEIGHT = 220  # px, a chart view's least height


class FigurePanel(QWidget):
    """A counter's figures for one month: `fetch` (worker thread) → `charts` and `tables` (UI thread)."""

    COUNTER = ""
    CHARTS = 1
    loaded = Signal()  # the month's figures are on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.COUNTER}Statistics")
        self.ctx = ctx
        self.figures: Any = None
        self.loader = Loader(self)  # the month's figures read on a worker, the newest answer only
        self.month: tuple[int, int] | None = None
        self._tables: list[P.Table] = []
        self._pending: Any = None  # figures arrived while out of sight
        self._steps: list[Callable[[], None]] = []  # what is left to draw, a step per turn of the event loop
        self._step_queued = False
        self.model = FiguresTableModel(self)
        self.views: list[QChartView] = []
        self.table: QTableView | None = None
        self._shown = False  # figures for a panel never shown wait for its first show
        self._load_queued = False  # a load waits for the panel's first paint (`load`)
        self._build_body()
        # Shown for the first time (ui/common/steps.py), the panel is painted with its table alone: the month's read
        # starts in the step after that paint (`load`; the worker's Python shares the interpreter with the painting
        # thread), and the chart views, each a graphics scene (about half of a panel's first show), are made when
        # the month's charts are drawn (`_draw_chart`), in the place kept for them above the table (`_charts`).
        self.steps = Steps(self)
        self._painted = False

    def _build_body(self) -> None:
        """The table and the splitter with the charts' place above it, made with the panel (before it is shown:
        widgets made inside a widget on screen each get their own show and polish events). The panel itself is made
        when its sub-tab is first shown (ui.common.lazy), so a statistics page or a counter's section opens with only
        the panel on screen built; its chart views follow with the month's charts (`view`)."""
        if self.table is not None:
            return
        # Top-down, each widget made inside its parent: a widget made elsewhere and moved in is styled again whole
        # (the splitter's two halves moved in cost about 20 ms of the panel's first show).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName(f"{self.COUNTER}StatisticsSplitter")
        layout.addWidget(self.splitter)
        self._charts = QWidget(self.splitter)
        self._charts.setMinimumHeight(CHART_HEIGHT)  # the charts' place, so the table does not jump when they come
        self.splitter.addWidget(self._charts)
        self._chart_row = QHBoxLayout(self._charts)
        self._chart_row.setContentsMargins(0, 0, 0, 0)
        below = QWidget(self.splitter)
        self.splitter.addWidget(below)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        # made in their place (moved there, each was styled again: ~15 ms of the first show)
        self.mode = QComboBox(below)
        self.mode.setObjectName(f"{self.COUNTER}StatisticsMode")
        self.mode.setAccessibleName(self.tr("Table"))
        self.mode.setVisible(False)  # shown with the month's tables when there are several (`_draw_tables`)
        self.mode.currentIndexChanged.connect(self._show_table)
        self.status = QLabel(below)
        self.status.setObjectName(f"{self.COUNTER}StatisticsStatus")
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.status, 1)
        column.addLayout(top)
        self.table = QTableView(below)
        self.table.setObjectName(f"{self.COUNTER}StatisticsTable")
        self.table.setAccessibleName(self.tr("The numbers behind the chart"))
        self.table.setModel(self.model)
        list_export.install(
            self.table,
            "figures",
            ctx=self.ctx,
            filter_text=lambda: (
                f"{self.COUNTER} {getattr(self.figures, 'year', '')}-{getattr(self.figures, 'month', '')}"
            ),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # measured from the header and the first rows each time a table is set, not on every layout (nor now: the
        # model is empty until the month's figures arrive, and measuring an empty table cost ~15 ms of the first show)
        self.model.modelReset.connect(lambda: size_columns(self.table, stretch=0))
        self.table.setAlternatingRowColors(True)
        column.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

    def view(self, i: int) -> QChartView:
        """Chart `i`'s view, made (with the ones before it, an empty chart each) when first needed, in its place
        above the table."""
        while len(self.views) <= i:
            n = len(self.views)
            view = chart_view(QChart(), self._charts, f"{self.COUNTER}Chart{n}", self.tr("Chart"))
            self._chart_row.addWidget(view)
            self.views.append(view)
        return self.views[i]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self._painted = True
        super().paintEvent(event)

    # --- per counter --------------------------------------------------------------------------------------------
    @staticmethod
    def fetch(db, actor, year: int, month: int) -> Any:  # worker thread
        raise NotImplementedError

    def tables(self, figures: Any) -> list[P.Table]:
        raise NotImplementedError

    def charts(self, figures: Any) -> list[QChart]:
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------------------------------------
    def load(self, year: int, month: int) -> None:
        """Read the month's figures off the UI thread, then show them. Only the newest load's answer is shown: an
        older one arriving after it (the clerk picked another month meanwhile) is dropped."""
        self.month = (year, month)
        self.status.setText(self.tr("Counting…"))
        if self.steps.deferred and not self._painted:
            # the panel is being shown for the first time: the read starts in the step after its first paint (the
            # newest month asked for by then)
            if not self._load_queued:
                self._load_queued = True
                self.steps.then(self._load_queued_month)
            return
        self._fetch(year, month)

    def _load_queued_month(self) -> None:
        self._load_queued = False
        if self.month is not None:
            self._fetch(*self.month)

    def _fetch(self, year: int, month: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        fetch = self.fetch

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            self.loader.show_error(exc)

        self.loader.run(lambda: fetch(db, actor, year, month), self.show, on_error=failed)

    def show(self, figures: Any) -> None:  # noqa: A003 - reads as "show these figures"
        """The month's figures arrived: drawn a step per turn of the event loop (the numbers first, then the charts),
        so a clerk's key or tab switch never waits for more than one step — also when the clerk has switched away
        meanwhile, so that the next show of the panel has nothing left to draw (the drawing used to wait for it and
        made that show cost 60–100 ms). A panel never shown yet draws them when first shown. `loaded` follows the last step."""
        self.figures = figures
        self.status.setText("")
        self._steps = []
        self._pending = figures
        if self._shown:
            self._draw_soon()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._shown = True
        super().showEvent(event)
        if self._pending is not None:
            self._draw_soon()

    def _draw_soon(self) -> None:
        figures, self._pending = self._pending, None
        charts: list[QChart] = []
        steps: list[Callable[[], None]] = [
            lambda: self._draw_tables(figures),
            lambda: charts.extend(self.charts(figures)),
        ]
        steps += [lambda i=i: self._draw_chart(i, charts[i]) for i in range(self.CHARTS)]
        steps.append(self.loaded.emit)
        self._steps = steps  # newer figures replace what is left of an older drawing
        self._step_soon()

    def _step_soon(self) -> None:
        if not self._step_queued:  # one chain of steps at a time
            self._step_queued = True
            QTimer.singleShot(0, self, self._step)

    def _step(self) -> None:
        """One step of the drawing per turn of the event loop."""
        self._step_queued = False
        if not self._steps:
            return
        self._steps.pop(0)()
        if self._steps:
            self._step_soon()

    def _draw_chart(self, i: int, chart: QChart) -> None:
        view = self.view(i)
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _draw_tables(self, figures: Any) -> None:
        keep = max(self.mode.currentIndex(), 0)
        self._tables = self.tables(figures)
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItems([t.title for t in self._tables])
        self.mode.setCurrentIndex(min(keep, len(self._tables) - 1))
        self.mode.blockSignals(False)
        if len(self._tables) > 1:
            self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode.setVisible(len(self._tables) > 1)
        FigurePanel._show_table(self)  # the charts follow in their own steps

    def _show_table(self) -> None:
        i = self.mode.currentIndex()
        if 0 <= i < len(self._tables):
            self.model.set_table(self._tables[i])
            if len(self._tables) == 1:
                self.status.setText(self._tables[i].title)

    def select(self, table: int, row: int) -> None:
        """Show table `table` with row `row` selected (a bar was clicked)."""
        self._build_body()
        if self.mode.currentIndex() != table:
            self.mode.setCurrentIndex(table)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))


class RequestsPanel(FigurePanel):
    """Requests by category (or channel) and the three rates against the months before."""

    COUNTER = "requests"
    CHARTS = 2

    @staticmethod
    def fetch(db, actor, year: int, month: int) -> F.RequestFigures:
        return F.request_figures(db, actor, year, month)

    def tables(self, figures: F.RequestFigures) -> list[P.Table]:
        return P.request_tables(figures)

    def charts(self, f: F.RequestFigures) -> list[QChart]:
        channel = self.mode.currentIndex() == 1
        rows = f.by_channel if channel else f.by_category
        title = self.tr("Requests by channel") if channel else self.tr("Requests by category")
        table = 1 if channel else 0

        def rate(x: float | None) -> float | None:
            return None if x is None else round(x * 100, 1)

        return [
            bar_chart(
                title,
                [r.name for r in rows],
                [(self.tr("Requests"), [r.requests for r in rows])],
                horizontal=True,
                on_click=lambda row: self.select(table, row),
            ),
            line_chart(
                self.tr("The three rates, month by month"),
                [r.name for r in f.trend],
                [
                    (self.tr("Response rate"), [rate(r.response_rate) for r in f.trend]),
                    (self.tr("Resolution rate"), [rate(r.resolution_rate) for r in f.trend]),
                    (self.tr("Satisfaction rate"), [rate(r.satisfaction_rate) for r in f.trend]),
                ],
            ),
        ]

    def _show_table(self) -> None:
        super()._show_table()
        # what every figure of a row counts (app.requests.reports), said where the numbers are
        self.status.setText(
            self.tr(
                "Each row counts the requests received in its month (cancelled ones left out) as they stand today, "
                "their follow-up calls whenever made: answered ones rated, the others not reached."
            )
        )
        self.status.setWordWrap(True)
        if self.figures is not None and self.mode.currentIndex() in (0, 1):
            view = self.view(0)
            old = view.chart()
            view.setChart(self.charts(self.figures)[0])
            old.deleteLater()


class CanteenPanel(FigurePanel):
    """Meals sold and subsidy by funder per day; the tiers in the table."""

    COUNTER = "canteen"
    CHARTS = 2

    @staticmethod
    def fetch(db, actor, year: int, month: int) -> F.CanteenFigures:
        return F.canteen_figures(db, actor, year, month)

    def tables(self, figures: F.CanteenFigures) -> list[P.Table]:
        by_tier, by_day = P.canteen_tables(figures)
        return [by_day, by_tier]

    def charts(self, f: F.CanteenFigures) -> list[QChart]:
        days = [str(int(d.name[8:])) for d in f.days]
        return [
            bar_chart(
                self.tr("Subsidy by funder per day (yuan)"),
                days,
                [(f.funder_names.get(k, k), [d.funders.get(k, 0) / 100 for d in f.days]) for k in f.funders],
                stacked=True,
                on_click=lambda row: self.select(0, row),
            ),
            bar_chart(
                self.tr("Meals sold per day"),
                days,
                [(self.tr("Meals sold"), [d.meals for d in f.days])],
                on_click=lambda row: self.select(0, row),
            ),
        ]


class ChildcarePanel(FigurePanel):
    """Attendance per program: child-days and children, and the days of the month."""

    COUNTER = "childcare"
    CHARTS = 2

    @staticmethod
    def fetch(db, actor, year: int, month: int) -> F.ChildcareFigures:
        return F.childcare_figures(db, actor, year, month)

    def tables(self, figures: F.ChildcareFigures) -> list[P.Table]:
        return P.childcare_tables(figures)

    def charts(self, f: F.ChildcareFigures) -> list[QChart]:
        names = [p.name for p in f.programs]
        return [
            bar_chart(
                self.tr("Childcare attendance by program"),
                names,
                [
                    (self.tr("Child-days"), [p.child_days for p in f.programs]),
                    (self.tr("Children"), [p.children for p in f.programs]),
                ],
                horizontal=True,
                on_click=lambda row: self.select(0, row),
            ),
            bar_chart(
                self.tr("Children signed in per day"),
                [str(d.day) for d, _ in f.daily],
                [(name, [counts[i] for _, counts in f.daily]) for i, name in enumerate(names)],
                stacked=True,
            ),
        ]


class VolunteersPanel(FigurePanel):
    """Approved hours by kind of volunteer, by where they were earned."""

    COUNTER = "volunteers"
    CHARTS = 1

    @staticmethod
    def fetch(db, actor, year: int, month: int) -> F.VolunteerFigures:
        return F.volunteer_figures(db, actor, year, month)

    def tables(self, figures: F.VolunteerFigures) -> list[P.Table]:
        return P.volunteer_tables(figures)

    def charts(self, f: F.VolunteerFigures) -> list[QChart]:
        return [
            bar_chart(
                self.tr("Approved volunteer hours by kind"),
                [k.name for k in f.kinds],
                [
                    (f.source_names[src], [round(k.by_source.get(src, 0) / 60, 1) for k in f.kinds])
                    for src in f.source_names
                ],
                stacked=True,
                horizontal=True,
                on_click=lambda row: self.select(0, row),
            )
        ]


PANELS: dict[str, type[FigurePanel]] = {
    "requests": RequestsPanel,
    "canteen": CanteenPanel,
    "childcare": ChildcarePanel,
    "volunteers": VolunteersPanel,
}
