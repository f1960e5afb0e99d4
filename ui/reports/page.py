"""The 统计 page: the month at a glance for every counter (charts and the numbers behind them), and the button that
makes the district report pack (PDF and Excel) for the street office."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app import clock
from app.accounts.permissions import ISSUE_DISTRICT_REPORT, may
from app.errors import UserError
from ui.common import dialogs, documents
from ui.common.lazy import LazyTabs
from ui.common.tasks import run_task
from ui.context import AppContext
from ui.reports.panels import PANELS, FigurePanel

MONTHS_SHOWN = 24
TOPICS = {
    "requests": ("requests",),
    "canteen": ("canteen.tickets",),
    "childcare": ("childcare.attendance", "childcare.children"),
    "volunteers": ("volunteers.roster", "volunteers"),
}


def month_choices(count: int = MONTHS_SHOWN) -> list[tuple[int, int]]:
    """This month and the ones before it, newest first."""
    today = clock.today()
    n = today.year * 12 + today.month - 1
    return [((n - i) // 12, (n - i) % 12 + 1) for i in range(count)]


class MonthPicker(QComboBox):
    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Month"))
        self._months = month_choices()
        label = self.tr("{year}-{month:02d}")  # translated once, not once per month
        self.addItems([label.format(year=year, month=month) for year, month in self._months])

    def month(self) -> tuple[int, int]:
        """(year, month) chosen."""
        return self._months[self.currentIndex()]


class CounterFigures(QWidget):
    """One counter's panel with a month picker: the section in each counter's own page."""

    def __init__(self, ctx: AppContext, counter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{counter}Figures")
        self.ctx = ctx
        self.picker = MonthPicker(self, f"{counter}FiguresMonth")
        self.panel = PANELS[counter](ctx, self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month"), self))
        row.addWidget(self.picker)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.panel, 1)
        self.picker.currentIndexChanged.connect(self.refresh)
        self.live_watch = ctx.live.watch(self, TOPICS[counter], self.refresh)
        self._shown = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()

    def refresh(self) -> None:
        self.panel.load(*self.picker.month())


class StatisticsPage(QWidget):
    """Every counter's month, one sub-tab each, read when the sub-tab is first shown (and again when the month
    changes or another workstation records something)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Statistics"))
        self.picker = MonthPicker(self, "statisticsMonth")
        self.district_button = QPushButton(self.tr("District report (PDF and Excel)…"), self)
        self.district_button.setObjectName("districtReportButton")
        self.district_button.setAccessibleName(self.tr("Make the district monthly report"))
        self.district_button.setToolTip(
            self.tr(
                "The month's report for the street office. A month already sent is printed again exactly as it "
                "was first issued."
            )
        )
        self.district_button.setVisible(may(ctx.actor, ISSUE_DISTRICT_REPORT))
        self.district_button.clicked.connect(self.make_district_report)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month"), self))
        row.addWidget(self.picker)
        row.addStretch(1)
        self.files_label = QLabel(self)
        self.files_label.setObjectName("districtReportFiles")
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.files_label)
        row.addWidget(self.district_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.tabs.setAccessibleName(self.tr("Counters"))
        titles = {
            "requests": self.tr("Requests"),
            "canteen": self.tr("Canteen"),
            "childcare": self.tr("Childcare"),
            "volunteers": self.tr("Volunteers"),
        }
        # Each counter's panel is built when its sub-tab is first shown (ui.common.lazy).
        self._lazy = LazyTabs(self.tabs)
        for counter, panel_class in PANELS.items():
            self._lazy.add(f"{counter}Statistics", lambda parent, c=panel_class: c(ctx, parent), titles[counter])
        self.panels = _Panels(self.tabs)
        self._loaded: dict[str, tuple[int, int]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self.picker.currentIndexChanged.connect(self.refresh)
        self.setFocusProxy(self.picker)  # the first field (ui/common/lazy.py first_field): the month
        self.tabs.currentChanged.connect(lambda _i: self.refresh(stale_only=True))
        self.live_watch = ctx.live.watch(self.tabs, sum(TOPICS.values(), ()), self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh(stale_only=True)

    def current_counter(self) -> str:
        return list(self.panels)[self.tabs.currentIndex()]

    def refresh(self, *_args, stale_only: bool = False) -> None:
        """Read the shown counter's figures for the chosen month (only if not on screen already, when `stale_only`).
        Hidden counters read theirs when shown."""
        counter, month = self.current_counter(), self.picker.month()
        if stale_only and self._loaded.get(counter) == month:
            return
        if not stale_only:
            self._loaded.clear()
        self._loaded[counter] = month
        panel = self._lazy.built_page(f"{counter}Statistics")  # as it is: its read waits for its first paint (steps)
        (panel if panel is not None else self.panels[counter]).load(*month)

    def make_district_report(self) -> None:
        year, month = self.picker.month()
        db, actor = self.ctx.db, self.ctx.actor
        self.district_button.setEnabled(False)

        def work(_progress):
            from app.reports import district

            issued = district.issue_pack(db, actor, year, month)
            district.write_files(issued)
            return issued

        def done(issued) -> None:
            self.district_button.setEnabled(True)
            self.files_label.setText(self.tr("Saved: {files}").format(files="  ".join(issued.files)))
            if issued.draft:
                dialogs.inform(
                    self,
                    self.tr(
                        "{month} is not over yet: this is a draft, marked 草稿 on every page, and nothing was issued. "
                        "Make the report for the street office once the month has ended.\n{files}"
                    ).format(month=issued.label, files="\n".join(issued.files)),
                )
            elif issued.reissued and not issued.identical:
                dialogs.inform(
                    self,
                    self.tr(
                        "{month} was issued on {at} by {who}. It is printed again from the figures sent then; this "
                        "version of the program lays the pages out differently.\n{files}"
                    ).format(
                        month=issued.label, at=issued.pack.issued_at, who=issued.pack.issued_by,
                        files="\n".join(issued.files),
                    ),
                )  # fmt: skip
            elif issued.reissued:
                dialogs.inform(
                    self,
                    self.tr(
                        "{month} was issued on {at} by {who}: it is printed again exactly as it was sent.\n{files}"
                    ).format(
                        month=issued.label, at=issued.pack.issued_at, who=issued.pack.issued_by,
                        files="\n".join(issued.files),
                    ),
                )  # fmt: skip
            documents.preview(self, Path(issued.files[0]), self.tr("District monthly report"))

        def failed(exc: BaseException) -> None:
            self.district_button.setEnabled(True)
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(self, work, on_done=done, on_error=failed, label=self.tr("Preparing the district report…"))


class _Panels(Mapping[str, FigurePanel]):
    """The counters' panels by counter, in the sub-tabs' order; a panel not shown yet is built when asked for."""

    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs

    def __getitem__(self, counter: str) -> FigurePanel:
        if counter not in PANELS:
            raise KeyError(counter)
        lazy = LazyTabs.of(self._tabs)
        name = f"{counter}Statistics"
        if lazy is not None and name in lazy.names():
            return lazy.page(name)
        return self._tabs.findChild(FigurePanel, name)

    def __iter__(self) -> Iterator[str]:
        return iter(PANELS)

    def __len__(self) -> int:
        return len(PANELS)

    def built(self) -> list[FigurePanel]:
        """The panels made so far (nothing is built by asking)."""
        return [w for w in (self._tabs.widget(i) for i in range(self._tabs.count())) if isinstance(w, FigurePanel)]


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return StatisticsPage(ctx, parent)  # a plain QWidget: it takes no focus; its proxy is the month
