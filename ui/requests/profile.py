"""The requests section of a resident's profile: their requests, newest first, with status and deadline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.requests import listing as L
from ui.context import AppContext
from ui.requests.models import RequestListModel

PROFILE_COLUMNS = ("number", "category", "status")


class ResidentRequestsModel(RequestListModel):
    """The same paged list, filtered to one resident, in the columns a profile's narrow pane has room for (the
    resident is this one; department, channel, dates and deadline are on the Requests page; an overdue one is still coloured): at 1366×768 all nine were cut
    off, "2026-000…" with a horizontal scroll bar."""

    COLUMNS = tuple(next(c for c in RequestListModel.COLUMNS if c.key == key) for key in PROFILE_COLUMNS)


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
    # Sized to the pane: the number and the status whole, the category takes the rest (eliding if it must).
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column, c in enumerate(model.COLUMNS):
        fixed = c.key != "category"
        mode = QHeaderView.ResizeMode.ResizeToContents if fixed else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setMinimumHeight(160)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    box.model = model  # type: ignore[attr-defined]
    return box
