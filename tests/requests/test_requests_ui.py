"""The counter as a front-desk worker uses it: keys and clicks from intake to closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.requests import listing as L
from app.requests import service as S
from app.requests import workflow as W
from tests.helpers import type_text
from tests.pdfcheck import assert_pdf_ok


@pytest.fixture
def printed(monkeypatch):
    from ui.common import documents

    out = []
    monkeypatch.setattr(documents, "print_silently", lambda path: out.append(path) or False)
    return out


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_walk_in_from_intake_to_closed(qtbot, ctx, catalogue, clerk, no_dialogs, printed, monday):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)  # a page's size hint counts only the sub-tabs built so far
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    intake = page.intake

    # Ctrl+Enter on an empty description: refused with a message, nothing saved.
    intake.description.setFocus()
    qtbot.keyClick(intake.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert no_dialogs.messages[-1][0] == "error"
    assert L.page_requests(ctx.db, L.RequestFilter()) == []

    intake.search.setFocus()
    qtbot.keyClicks(intake.search, "zsq")
    qtbot.keyClick(intake.search, Qt.Key.Key_Return)  # first match, cursor moves on to the description
    assert intake.resident.currentData() == catalogue.resident_id
    from PySide6.QtWidgets import QApplication

    assert intake.description.hasFocus(), (QApplication.focusWidget(), page.isActiveWindow())
    type_text(qtbot, intake.description, "咨询医保报销")
    qtbot.keyClick(intake.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert "2026-000001" in intake.result.text()
    assert len(printed) == 1
    assert_pdf_ok(printed[0].read_bytes(), "2026-000001", "社会保障")
    assert intake.search.hasFocus() and intake.description.text() == ""

    # The list: the new request is at the top; select it as a worker would.
    page.setCurrentWidget(page.queue)
    table = page.queue.table
    assert page.queue.model.rowCount() == 1
    rect = table.visualRect(page.queue.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.queue.detail
    assert detail.detail is not None and detail.detail.number == "2026-000001"
    buttons = detail.buttons
    # Nothing is dispatched before a department is chosen; every action in its place, the others disabled.
    assert {a for a, b in buttons.items() if b.isEnabled()} == {W.CANCEL}
    assert buttons[W.DISPATCH].toolTip()
    assert all(b.isVisible() for b in buttons.values())

    detail.department.setCurrentIndex(detail.department.findData(catalogue.department_id))
    assert {a for a, b in buttons.items() if b.isEnabled()} == {W.DISPATCH, W.CANCEL}
    click(qtbot, buttons[W.DISPATCH])
    click(qtbot, buttons[W.ACCEPT])
    assert not buttons[W.DISPATCH].isEnabled() and buttons[W.DISPATCH].toolTip()
    detail.member.setCurrentIndex(0)
    click(qtbot, buttons[W.CLAIM])
    click(qtbot, buttons[W.START])
    no_dialogs.text_answers.append("已协助办理医保报销")
    click(qtbot, buttons[W.RESOLVE])
    assert detail.detail.status == W.RESOLVED

    # The handler may not record the rating: told before typing anything (the button says why).
    assert buttons[W.FOLLOW_UP].isVisible() and not buttons[W.FOLLOW_UP].isEnabled()
    assert "colleague" in buttons[W.FOLLOW_UP].toolTip()
    assert detail.detail.status == W.RESOLVED
    # …a colleague calls back.
    ctx.set_actor(clerk)
    detail.show_request(detail.detail.id)
    no_dialogs.text_answers.append("很满意")
    click(qtbot, buttons[W.FOLLOW_UP])
    d = S.get_request(ctx.db, ctx.actor, detail.detail.id)
    assert d.status == W.CLOSED and d.satisfaction == W.SATISFIED
    assert [e.to_status for e in d.events] == [
        W.NEW, W.DISPATCHED, W.ACCEPTED, W.CLAIMED, W.IN_PROGRESS, W.RESOLVED, W.CLOSED
    ]  # fmt: skip
    assert not any(b.isEnabled() for b in buttons.values())
    assert detail.timeline_model.rowCount() == 7
    assert page.queue.model.row_at(0).status == W.CLOSED


def test_on_the_spot_filters_and_station(qtbot, ctx, catalogue, no_dialogs, printed, monday, qtmodeltester):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)  # a page's size hint counts only the sub-tabs built so far
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    intake = page.intake
    intake.on_spot.setChecked(True)
    intake.channel.setCurrentIndex(intake.channel.findData("phone"))
    type_text(qtbot, intake.description, "问办证时间")
    type_text(qtbot, intake.on_spot_note, "当场答复")
    qtbot.keyClick(intake.on_spot_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "handled on the spot" in intake.result.text()
    assert intake.channel.currentData() == "phone"  # the channel stays for the next caller
    intake.channel.setCurrentIndex(intake.channel.findData("walk_in"))
    type_text(qtbot, intake.description, "路灯坏了")
    qtbot.keyClick(intake.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    q = page.queue
    assert q.model.rowCount() == 2
    q.status.setCurrentIndex(q.status.findData(W.CLOSED))
    assert q.model.rowCount() == 1 and q.model.row_at(0).status == W.CLOSED
    q.status.setCurrentIndex(0)
    q.channel.setCurrentIndex(q.channel.findData("phone"))
    assert q.model.rowCount() == 1
    q.channel.setCurrentIndex(0)
    q.mine.setChecked(True)
    assert q.model.rowCount() == 1  # the closed one is out of the queue
    q.mine.setChecked(False)
    qtmodeltester.check(q.model)
    q.select_request(q.model.row_at(0).id)
    qtmodeltester.check(q.detail.timeline_model)

    st = page.station
    page.setCurrentWidget(st)
    water = next(iter(st.buttons.values()))
    click(qtbot, water)
    click(qtbot, water)
    assert "2" in water.text()
    click(qtbot, st.undo)
    assert "1" in water.text()
    qtmodeltester.check(st.month_model)


def test_profile_section_and_report_tab(qtbot, ctx, catalogue, no_dialogs, previews, monday, qtmodeltester):
    from ui.requests.page import RequestsPage
    from ui.requests.profile import create_profile_section

    assert create_profile_section(ctx, catalogue.resident_id) is None
    S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "修水管", catalogue.resident_id))
    S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "别人的事"))
    box = create_profile_section(ctx, catalogue.resident_id)
    qtbot.addWidget(box)
    assert box.model.rowCount() == 1 and box.model.row_at(0).resident == "赵善庆"
    qtmodeltester.check(box.model)

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.setCurrentWidget(page.report)
    page.report.button.click()
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert page.report.button.isEnabled()
    page.report.month.setDate(page.report.month.date().addMonths(1))  # a month not begun: refused
    page.report.button.click()
    qtbot.waitUntil(lambda: bool(no_dialogs.messages) and page.report.button.isEnabled())
    assert no_dialogs.messages[-1][0] == "error" and len(previews) == 1
    assert_pdf_ok(previews[0].read_bytes(), "社会保障")


def test_every_interactive_widget_is_named(qtbot, ctx, catalogue, monday):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QWidget

    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    missing = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
            continue
        if w.objectName() in ("qt_spinbox_lineedit", "qt_tableview_cornerbutton") or isinstance(
            w.parent(), QTabBar | QComboBox
        ):
            continue
        if isinstance(w.parent(), QAbstractSpinBox):
            continue
        if not w.objectName() or not w.accessibleName():
            missing.append((type(w).__name__, w.objectName()))
    assert not missing, missing


def test_departments_and_categories_are_added_in_the_page(qtbot, ctx, no_dialogs, qtmodeltester):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    cat = page.catalogue
    qtbot.keyClick(cat.dep_name, Qt.Key.Key_Return)  # empty name: refused
    assert no_dialogs.messages[-1][0] == "error"
    type_text(qtbot, cat.dep_name, "社区医院")
    cat.dep_partner.setChecked(True)
    qtbot.keyClick(cat.dep_name, Qt.Key.Key_Return)
    assert [d.name for d in S.departments(ctx.db)] == ["社区医院"]
    type_text(qtbot, cat.cat_name, "医疗健康")
    cat.cat_days.setValue(3)
    cat.cat_department.setCurrentIndex(1)
    qtbot.mouseClick(cat.cat_add, Qt.MouseButton.LeftButton)
    c = S.categories(ctx.db)[0]
    assert (c.name, c.deadline_days, c.default_department_id) == ("医疗健康", 3, S.departments(ctx.db)[0].id)
    assert page.intake.category.findText("医疗健康") >= 0 and page.queue.department.findText("社区医院") >= 0
    qtmodeltester.check(cat.model)


def test_the_profile_request_table_fits_its_pane_at_1366(qtbot, ctx, catalogue, monday, zh):
    """Clerk: at 1366×768 the profile's 诉求 table showed 「2026-000…」, a fifth column clipped and a scroll bar."""
    from PySide6.QtWidgets import QTableView

    from ui.residents.page import ResidentsPage

    S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "修水管", catalogue.resident_id))
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 690)  # the page's share of a maximised main window on 1366×768
    page.show()
    qtbot.waitExposed(page)
    page.profile.show_resident(catalogue.resident_id)
    table = page.profile.findChild(QTableView, "requestsProfileTable")
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 1)
    qtbot.wait(50)
    header = table.horizontalHeader()
    model = table.model()
    assert [model.COLUMNS[c].key for c in range(model.columnCount())] == ["number", "category", "status"]
    assert header.length() <= table.viewport().width()  # nothing past the right edge, no scroll bar
    assert not table.horizontalScrollBar().isVisible()
    for column in range(model.columnCount()):  # each cell shown whole: its column as wide as its text needs
        text = model.index(0, column).data()
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), (column, text)
