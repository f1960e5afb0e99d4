"""The requests section of a resident's profile: their requests, newest first, with status and deadline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget

from app.requests import listing as L
from ui.context import AppContext
from ui.requests.models import RequestListModel


class ResidentRequestsModel(RequestListModel):
    """The same paged list, filtered to one resident."""


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    if not L.page_requests(ctx.db, L.RequestFilter(resident_id=resident_id), limit=1):
        return None
    box = QGroupBox(QCoreApplication.translate("RequestsProfile", "Requests"))
    box.setObjectName("requestsProfile")
    model = ResidentRequestsModel(ctx.db, box)
    model.PAGE = 20
    model.set_filter(L.RequestFilter(resident_id=resident_id))
    table = QTableView(box)
    table.setObjectName("requestsProfileTable")
    table.setAccessibleName(QCoreApplication.translate("RequestsProfile", "Requests of this resident"))
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(160)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    box.model = model  # type: ignore[attr-defined]
    return box
