"""The figures section of each counter's own page: a sub-tab "Statistics" holding that counter's panel of the
statistics page. The panel (and the charts module) is built when the sub-tab is first shown, so a counter's page
opens as fast as before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.accounts.permissions import VIEW_STATISTICS, may
from ui.common.lazy import LazyTabs
from ui.context import AppContext


class LazyFigures(QWidget):
    """Holds `ui.reports.page.CounterFigures`, made when first shown (or with it, when built to be seen)."""

    def __init__(self, ctx: AppContext, counter: str, parent: QWidget | None = None, *, now: bool = False) -> None:
        """`now`: build the figures with the stand-in (it is being built to be seen, ui.common.lazy), before it is
        shown: made inside a widget already on screen, each of their widgets would get its own show and polish."""
        super().__init__(parent)
        self.setObjectName(f"{counter}FiguresTab")
        self.ctx, self.counter = ctx, counter
        self.figures: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if now:
            self._build()

    def _build(self) -> None:
        from ui.reports.page import CounterFigures

        self.figures = CounterFigures(self.ctx, self.counter, self)
        self._layout.addWidget(self.figures)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self.figures is None:
            self._build()
        super().showEvent(event)


def add_statistics_tab(tabs: QTabWidget, ctx: AppContext, counter: str) -> None:
    """Add the counter's figures as the last sub-tab of `tabs`, for roles that may see statistics."""
    if not may(ctx.actor, VIEW_STATISTICS):
        return
    title = QCoreApplication.translate("Statistics", "Statistics")
    lazy = LazyTabs.of(tabs)
    if lazy is not None:  # one of the counter's lazily built sub-tabs, listed by name like the others
        # a parent (the tabs' stack) means it is built to be seen at once; without one, it was asked for off screen
        lazy.add(
            f"{counter}FiguresTab",
            lambda parent: LazyFigures(ctx, counter, parent, now=parent is not None),
            title,
        )
    else:
        tabs.addTab(LazyFigures(ctx, counter, tabs), title)
