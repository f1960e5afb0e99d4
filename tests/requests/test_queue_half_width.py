"""The request list beside the detail at 1366×768 in Chinese (a clerk works from the list: it was squeezed to a
third of the window, status, deadline and the start of the resident's name showing, while the detail's five columns
of buttons and its two wide rows of fields took the rest). The list now gets at least half of the window, its
columns up to the start of the description showing; the detail's buttons and fields flow into the columns its pane
holds: no horizontal scroll bar, every button and field wholly in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget

from app.requests import service as S
from tests.ui.chinese import chinese
from tests.ui.test_screen_fit import ROOM
from tests.volunteers.test_small_screen import CONTROLS, _hidden_in_part
from ui.main_window import MainWindow


def test_the_list_takes_half_the_window_and_the_detail_fits_its_pane(qtbot, ctx, clerk, catalogue, monday):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了，晚上看不见路"))
    with chinese("queue"):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(*ROOM)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("requestsPage")
        page = window.page("requestsPage")
        page.open_request(r.id)
        qtbot.wait(50)
        queue, detail = page.queue, page.queue.detail
        table = queue.table
        assert table.width() * 2 >= window.width(), (table.width(), window.width())
        header = table.horizontalHeader()
        keys = [c.key for c in queue.model.COLUMNS]
        for key in ("status", "deadline", "resident", "category"):
            right = header.sectionViewportPosition(keys.index(key)) + header.sectionSize(keys.index(key))
            assert right <= table.viewport().width(), key
        start = header.sectionViewportPosition(keys.index("description"))
        assert start + 60 <= table.viewport().width()  # the description's first words
        area = queue.findChild(QScrollArea, "requestDetailScroll")
        assert area.widget() is detail
        assert not area.horizontalScrollBar().isVisible() and area.horizontalScrollBar().maximum() == 0
        assert detail.width() <= area.viewport().width()
        assert _hidden_in_part(detail) == []  # every button and field in view: cut by no side, not scrolled away
        boxes = [b.geometry() for b in (*detail.buttons.values(), detail.reprint)]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (a, b)
        area.ensureWidgetVisible(detail.timeline, 0, 0)  # the history below them: the detail scrolls down to it
        qtbot.wait(20)
        assert detail.timeline.visibleRegion().boundingRect().height() == detail.timeline.height()
        # the clerk's own split stays through another request and a visit to another page (set on first show only)
        queue.splitter.setSizes([900, 412])
        moved = queue.splitter.sizes()
        page.open_request(r.id)
        window.show_page("canteenPage")
        qtbot.wait(20)
        window.show_page("requestsPage")
        qtbot.wait(20)
        assert queue.splitter.sizes() == moved
        # a narrower pane: the buttons and fields flow into fewer columns, none cut at a side, nothing sideways
        assert not area.horizontalScrollBar().isVisible() and area.horizontalScrollBar().maximum() == 0
        for w in detail.findChildren(QWidget):
            if isinstance(w, CONTROLS) and w.isVisible() and w.objectName() != "qt_spinbox_lineedit":
                left = w.mapTo(area.viewport(), QPoint(0, 0)).x()
                assert 0 <= left and left + w.width() <= area.viewport().width(), w.objectName()
