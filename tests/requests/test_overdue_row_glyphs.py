"""An overdue request's row (drawn bold in red) shows a rare resident name as glyphs, not black blobs
(tests/ui/glyph_ink.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from app.requests import service as S
from db.models import Resident
from tests.ui.glyph_ink import NAME, assert_no_blobs, blob_share, draw


def test_an_overdue_row_shows_the_rare_name(qtbot, ctx, catalogue, monday, frozen):
    with ctx.db.write() as s:
        resident = Resident(name=NAME, name_pinyin="", name_initials="")
        s.add(resident)
        s.flush()
        resident_id = resident.id
    S.take_in(
        ctx.db,
        ctx.actor,
        S.IntakeInput(
            channel="walk_in", category_id=catalogue.category_id, description="咨询", resident_id=resident_id
        ),
    )
    frozen(dt.datetime(2026, 12, 7, 9, 0))  # due Thursday 12-03: overdue now
    from ui.requests.queue import RequestQueue

    queue = RequestQueue(ctx)
    qtbot.addWidget(queue)
    queue.resize(1366, 700)
    queue.show()
    qtbot.waitExposed(queue)
    table = queue.findChild(QTableView, "requestTable")
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    column = next(c for c in range(model.columnCount()) if model.index(0, c).data() == NAME)
    assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole) is not None  # the delegate draws it bold
    table.setColumnWidth(column, 200)
    table.scrollTo(model.index(0, column))  # the list is narrow beside the detail: the resident is further right
    shot = table.viewport().grab().toImage()
    rect = table.visualRect(model.index(0, column))
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    text_left = rect.left() + table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    shares = {}
    for i, ch in enumerate(NAME):
        left = text_left + metrics.horizontalAdvance(NAME[:i])
        cell = shot.copy(left - 1, rect.top() + 1, metrics.horizontalAdvance(ch) + 2, rect.height() - 2)
        shares[ch] = blob_share(cell, draw(table.font(), ch))
    assert_no_blobs(shares)
