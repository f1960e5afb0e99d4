"""The requests counter's page: intake, the request list with its detail, the service station, reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.common.lazy import LazyTabs
from ui.context import AppContext
from ui.requests.intake import IntakeForm

if TYPE_CHECKING:
    from ui.requests.catalogue import CataloguePanel
    from ui.requests.queue import RequestQueue
    from ui.requests.report import ReportPanel
    from ui.requests.station import StationPanel


class RequestsPage(QTabWidget):
    """Intake first; the other sub-tabs are built the first time they are shown (ui/common/lazy.py)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.setAccessibleName(self.tr("Requests"))
        self.ctx = ctx
        self.lazy = LazyTabs(self)
        self.lazy.add("requestsIntake", self._make_intake, self.tr("Intake"))
        self.lazy.add("requestsQueue", self._make_queue, self.tr("Requests"))
        self.lazy.add("requestsStation", self._make_station, self.tr("Service station"))
        self.lazy.add("requestsReport", self._make_report, self.tr("Monthly report"))
        self.lazy.add("requestsCatalogue", self._make_catalogue, self.tr("Departments and categories"))
        from ui.reports.section import add_statistics_tab  # the counter's month in figures, built when first shown

        add_statistics_tab(self, ctx, "requests")

    def _make_intake(self, parent: QWidget) -> IntakeForm:
        intake = IntakeForm(self.ctx, parent)
        intake.saved.connect(self._saved)
        return intake

    def _make_queue(self, parent: QWidget) -> RequestQueue:
        from ui.requests.queue import RequestQueue

        return RequestQueue(self.ctx, parent)

    def _make_station(self, parent: QWidget) -> StationPanel:
        from ui.requests.station import StationPanel

        return StationPanel(self.ctx, parent)

    def _make_report(self, parent: QWidget) -> ReportPanel:
        from ui.requests.report import ReportPanel

        return ReportPanel(self.ctx, parent)

    def _make_catalogue(self, parent: QWidget) -> CataloguePanel:
        from ui.requests.catalogue import CataloguePanel

        return CataloguePanel(self.ctx, self._catalogue_changed, parent)

    @property
    def intake(self) -> IntakeForm:
        return self.lazy.page("requestsIntake")

    @property
    def queue(self) -> RequestQueue:
        return self.lazy.page("requestsQueue")

    @property
    def station(self) -> StationPanel:
        return self.lazy.page("requestsStation")

    @property
    def report(self) -> ReportPanel:
        return self.lazy.page("requestsReport")

    @property
    def catalogue(self) -> CataloguePanel:
        return self.lazy.page("requestsCatalogue")

    def _catalogue_changed(self) -> None:
        # Only what was built needs telling: a sub-tab built later reads the catalogue as it is then.
        if (intake := self.lazy.built_page("requestsIntake")) is not None:
            intake.reload_categories()
        if (queue := self.lazy.built_page("requestsQueue")) is not None:
            queue.reload_catalogue()

    def _saved(self, request_id: int) -> None:
        """A request just taken in is the one the clerk acts on next (派单 with Ctrl+D from the intake screen):
        the request list, built now if it was not yet, selects it."""
        queue = self.queue
        queue.model.reload()
        if not queue.select_request(request_id):
            queue.detail.show_request(request_id)

    def open_request(self, request_id: int) -> None:
        self.setCurrentWidget(self.queue)
        if not self.queue.select_request(request_id):
            self.queue.detail.show_request(request_id)


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return RequestsPage(ctx, parent)
