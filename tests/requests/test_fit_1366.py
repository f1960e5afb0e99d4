"""The request detail at 1366×768 (polish1, item 3): the step buttons never run over each other ("CLAIM BY PARTY
MEMBER…" over "START WORK"), the dispatch picker shows "社会事务办 (suggested)" whole, a usual request's summary
needs no scroll bar, and table headers are measured in the capitals the theme draws them in."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QScrollArea, QTableView

from app.requests import service as S
from ui.common.layout import size_columns, text_width
from ui.requests.page import RequestsPage


def _page(qtbot, ctx, width):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitExposed(page)
    page.setCurrentWidget(page.queue)
    return page


def test_detail_fits_at_1366(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了，晚上看不见路"))
    page = _page(qtbot, ctx, 1366 - 16)
    page.open_request(r.id)
    detail = page.queue.detail
    qtbot.wait(20)
    boxes = [b.geometry() for b in (*detail.buttons.values(), detail.reprint)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)
    for b in (*detail.buttons.values(), detail.reprint):
        assert b.width() >= b.minimumWidth()
    detail.department.setCurrentIndex(detail.department.findData(catalogue.department_id))
    shown = detail.department.currentText()
    assert "社会事务办" in shown
    assert detail.department.width() >= text_width(detail.department, shown) + 40, shown
    area = detail.findChild(QScrollArea, "requestSummaryScroll")
    assert area.verticalScrollBar().maximum() == 0  # six facts and a one-line description: no scroll bar


_ROOT = QModelIndex()


class _Rates(QAbstractTableModel):
    def rowCount(self, parent=_ROOT):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 1

    def columnCount(self, parent=_ROOT):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "50.0%" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Resolution rate", "Satisfaction rate")[section]
        return None


def test_headers_are_measured_in_capitals(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = _Rates(view)
    view.setModel(model)
    widths = size_columns(view, stretch_last=False)
    metrics = view.horizontalHeader().fontMetrics()
    for column, title in enumerate(("RESOLUTION RATE", "SATISFACTION RATE")):
        assert widths[column] >= metrics.horizontalAdvance(title) + 12, title
