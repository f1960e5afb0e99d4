"""The requests counter's page: intake, the request list with its detail, the service station, reports."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.requests.catalogue import CataloguePanel
from ui.requests.intake import IntakeForm
from ui.requests.queue import RequestQueue
from ui.requests.report import ReportPanel
from ui.requests.station import StationPanel


class RequestsPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.setAccessibleName(self.tr("Requests"))
        self.ctx = ctx
        self.intake = IntakeForm(ctx, self)
        self.queue = RequestQueue(ctx, self)
        self.station = StationPanel(ctx, self)
        self.addTab(self.intake, self.tr("Intake"))
        self.addTab(self.queue, self.tr("Requests"))
        self.addTab(self.station, self.tr("Service station"))
        self.report = ReportPanel(ctx, self)
        self.addTab(self.report, self.tr("Monthly report"))
        self.catalogue = CataloguePanel(ctx, self._catalogue_changed, self)
        self.addTab(self.catalogue, self.tr("Departments and categories"))
        from ui.reports.section import add_statistics_tab  # the counter's month in figures, built when first shown

        add_statistics_tab(self, ctx, "requests")
        self.intake.saved.connect(self._saved)

    def _catalogue_changed(self) -> None:
        self.intake.reload_categories()
        self.queue.reload_catalogue()

    def _saved(self, request_id: int) -> None:
        self.queue.model.reload()

    def open_request(self, request_id: int) -> None:
        self.setCurrentWidget(self.queue)
        if not self.queue.select_request(request_id):
            self.queue.detail.show_request(request_id)


def create_page(ctx: AppContext) -> QWidget:
    return RequestsPage(ctx)
