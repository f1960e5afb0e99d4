"""The intake form is made in steps when its tab is shown (ui/common/steps.py): the resident search first, the
rest of the form after the first paint, in place; keys that come meanwhile act on the whole form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton

from app.requests import listing as L
from tests.helpers import type_text
from ui.common import steps


@pytest.fixture
def printed(monkeypatch):
    from ui.common import documents

    out = []
    monkeypatch.setattr(documents, "print_silently", lambda path: out.append(path) or False)
    return out


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.widgets_at_paint: list[str] | None = None

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.widgets_at_paint is None:
            self.widgets_at_paint = [w.objectName() for w in watched.findChildren(QObject) if w.objectName()]
        return False


def _shown_page(qtbot, ctx):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    intake = page.lazy.built_page("requestsIntake")  # not page.intake: that would make every step now
    assert intake is not None
    return page, intake


@pytest.mark.deferred_steps
def test_the_search_is_painted_first_and_the_form_follows_in_place(qtbot, ctx, catalogue, monday):
    page, intake = _shown_page(qtbot, ctx)
    assert intake.findChild(QPlainTextEdit, "description") is None or steps.pending() == 0
    watch = _FirstPaint()
    if steps.pending():
        assert intake.findChild(QComboBox, "category") is None
        assert intake.findChild(QPushButton, "saveRequest") is None
        intake.installEventFilter(watch)
    search_x = intake.search.mapTo(intake, intake.search.rect().topLeft()).x()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    intake.removeEventFilter(watch)
    assert intake.steps.finished and intake.steps.done == 3
    for name in ("contactName", "channel", "receivedOn", "category", "urgency", "description", "saveRequest"):
        widget = intake.findChild(QObject, name)
        assert widget is not None, name
        qtbot.waitUntil(widget.isVisible)
    assert [intake.category.itemText(i) for i in range(intake.category.count())] == ["社会保障", "政策咨询"]
    # the labels' column was as wide from the first paint: the search field did not move
    assert intake.search.mapTo(intake, intake.search.rect().topLeft()).x() == search_x
    # the keyboard order is the form's order
    order, widget = [], intake.search
    while widget is not None and len(order) < 200 and widget is not intake.window():
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    for before, after in (("residentSearch", "contactName"), ("contactName", "channel"), ("category", "description")):
        assert order.index(before) < order.index(after)


@pytest.mark.deferred_steps
def test_a_name_and_enter_typed_before_the_form_is_complete_go_on_to_the_description(
    qtbot, ctx, catalogue, no_dialogs, printed, monday
):
    page, intake = _shown_page(qtbot, ctx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    intake.search.setFocus()
    qtbot.keyClicks(intake.search, "zsq")
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)  # the rest of the form is made at once, the cursor moves on
    assert intake.steps.finished and intake.resident.currentData() == catalogue.resident_id
    assert intake.description.hasFocus()
    type_text(qtbot, intake.description, "咨询医保报销")
    qtbot.keyClick(intake.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "2026-000001" in intake.result.text() and len(printed) == 1
    assert [r.number for r in L.page_requests(ctx.db, L.RequestFilter())] == ["2026-000001"]
    qtbot.waitUntil(lambda: steps.pending() == 0)
    assert intake.steps.done == 3  # not made twice


@pytest.mark.deferred_steps
def test_ctrl_enter_before_the_form_is_complete_makes_it_and_refuses_an_empty_request(
    qtbot, ctx, catalogue, no_dialogs, printed, monday
):
    page, intake = _shown_page(qtbot, ctx)
    intake.save()
    assert intake.steps.finished
    assert no_dialogs.messages[-1][0] == "error" and printed == []
    assert L.page_requests(ctx.db, L.RequestFilter()) == []
