"""The request detail keeps its buttons where they are: every action always in its place, one the state does not
allow disabled with the reason as its tooltip; the splitter does not move after a step; the list and history columns
hold their texts whole (issue 16, items 3 and 4)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.requests import service as S
from app.requests import workflow as W
from ui.requests.page import RequestsPage


def settle() -> None:
    """Let Qt finish the layouts that the last change asked for, so positions are measured as drawn."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _geometry(detail):
    settle()
    return {a: (b.mapTo(detail.window(), QPoint(0, 0)), b.size()) for a, b in detail.buttons.items()}


def _page(qtbot, ctx):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 16, 600)
    page.show()
    qtbot.waitExposed(page)
    page.setCurrentWidget(page.queue)
    return page


def test_action_buttons_and_splitter_stay_put_through_the_steps(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了，晚上看不见路"))
    page = _page(qtbot, ctx)
    queue, detail = page.queue, page.queue.detail
    nothing = _geometry(detail)
    assert all(not b.isEnabled() and b.toolTip() for b in detail.buttons.values())  # no request: says so
    page.open_request(r.id)
    before, splitter = _geometry(detail), queue.splitter.sizes()
    assert before == nothing
    assert {a for a, b in detail.buttons.items() if b.isEnabled()} == {W.CANCEL}
    assert detail.buttons[W.DISPATCH].toolTip()  # no department chosen yet: says so
    detail.department.setCurrentIndex(detail.department.findData(catalogue.department_id))
    assert _geometry(detail) == before
    assert {a for a, b in detail.buttons.items() if b.isEnabled()} == {W.DISPATCH, W.CANCEL}
    assert "new" in detail.buttons[W.ACCEPT].toolTip()  # why not: the request's state, in words
    steps = (W.DISPATCH, W.ACCEPT, W.CLAIM, W.START, W.PAUSE, W.RESUME)
    for action in steps:
        if action == W.CLAIM:
            detail.member.setCurrentIndex(0)  # the claimer is chosen explicitly
        qtbot.mouseClick(detail.buttons[action], Qt.MouseButton.LeftButton)
        assert all(kind == "confirm" for kind, _text in no_dialogs.messages), no_dialogs.messages
        assert _geometry(detail) == before, action
        assert queue.splitter.sizes() == splitter, action
        assert all(b.isVisible() for b in detail.buttons.values())
        for a, b in detail.buttons.items():
            assert b.isEnabled() or b.toolTip(), a  # a disabled action says why
    assert S.get_request(ctx.db, ctx.actor, r.id).status == W.IN_PROGRESS
    # inputs of the actions that are not possible now are disabled too, never hidden
    assert not detail.department.isEnabled() and detail.department.isVisible() and detail.department.toolTip()


def test_request_list_and_history_columns_hold_their_texts(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "加装扶手"))
    S.dispatch(ctx.db, clerk, r.id, catalogue.department_id)
    page = _page(qtbot, ctx)
    queue = page.queue
    queue.refresh_keep_selection()
    page.open_request(r.id)
    table, model = queue.table, queue.model
    header = table.horizontalHeader()
    keys = [c.key for c in model.COLUMNS]
    # the important columns first, where the eye starts
    assert [keys[header.logicalIndex(i)] for i in range(3)] == ["number", "status", "deadline"]
    metrics = table.fontMetrics()
    for key in ("number", "status", "deadline", "resident", "category", "department", "due"):
        column = keys.index(key)
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
        texts += [model.index(row, column).data() or "" for row in range(model.rowCount())]
        assert table.columnWidth(column) >= max(metrics.horizontalAdvance(t) for t in texts), key
    timeline = queue.detail.timeline
    when = timeline.model().index(0, 0).data()
    assert len(when) == len("2026-11-30 10:00")
    assert timeline.columnWidth(0) >= timeline.fontMetrics().horizontalAdvance(when) + 8  # not "2026-11-3…"


def test_catalogue_headers_are_whole(qtbot, ctx, catalogue):
    page = _page(qtbot, ctx)
    panel = page.catalogue
    page.setCurrentWidget(panel)
    for table in (panel.table, panel.dep_table):
        model, header = table.model(), table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(model.columnCount() - 1):  # the last one stretches
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert table.columnWidth(column) >= metrics.horizontalAdvance(title) + 8, title
