"""The health page shown as in the app (`deferred_steps`, ui/common/steps.py): the first paint carries the finder
and the record's name line; the record's groups come after it, and the page works with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLineEdit, QListWidget, QTableView, QTabWidget

from tests.shown_in_tabs import shown_in_tabs
from ui.common import steps
from ui.context import AppContext


@pytest.mark.deferred_steps
def test_the_record_is_painted_first_then_its_groups_and_takes_readings(qtbot, db, health, consented):
    from ui.health.page import HealthPage, RecordsTab

    _window, page = shown_in_tabs(qtbot, lambda parent: HealthPage(AppContext(db, health), parent), active=True)
    records = page.tabs.currentWidget()
    assert isinstance(records, RecordsTab)
    panel = records.panel
    # the first paint: the finder and the name line; no group of the record yet, nor the matches' list (issue 15)
    assert records.search.isVisible() and panel.title.isVisible()
    assert panel.findChildren(QGroupBox) == [] and panel.findChild(QLineEdit, "healthSystolic") is None
    assert records.findChild(QListWidget, "healthResults") is None
    assert not panel.steps.finished
    top = records.search.mapTo(records, records.search.rect().topLeft()).y()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    qtbot.waitUntil(lambda: records.results.isVisible())
    assert records.search.mapTo(records, records.search.rect().topLeft()).y() == top  # the box stayed on top
    assert records.results.geometry().top() > records.search.geometry().bottom()
    assert panel.findChild(QTabWidget, "healthRecordTabs") is not None
    qtbot.waitUntil(lambda: panel.systolic.isVisible() and panel.consent_state.isVisible())
    assert all(not g.isEnabled() for g in panel.groups)  # greyed until a resident is found
    assert len(panel.groups) == 5 and panel.sections.count() == 3
    # the page works with the groups made later: find, open, take a reading by keyboard
    qtbot.keyClicks(records.search, "zsq")
    qtbot.keyClick(records.search, Qt.Key.Key_Return)
    assert panel.title.text() == "赵善庆" and panel.readings_box.isEnabled()
    qtbot.waitUntil(panel.systolic.hasFocus)
    panel.systolic.setText("142")
    panel.diastolic.setText("88")
    qtbot.keyClick(panel.weight, Qt.Key.Key_Return)
    assert panel.reading_error.text() == "" and panel.readings_model.rowCount() == 1


@pytest.mark.deferred_steps
def test_a_record_opened_before_the_later_steps_finishes_them(qtbot, db, health, consented):
    from ui.health.page import HealthPage

    _window, page = shown_in_tabs(qtbot, lambda parent: HealthPage(AppContext(db, health), parent))
    panel = page.tabs.currentWidget().panel
    assert not panel.steps.finished
    page.open_record(consented)  # e.g. from the due list or a profile, before the groups were made
    assert panel.steps.finished and panel.title.text() == "赵善庆"
    assert panel.consent_btn.isHidden() and not panel.withdraw_btn.isHidden()  # consent on file


@pytest.mark.deferred_steps
def test_the_due_list_paints_its_filters_first_then_the_list_that_opens_a_record(qtbot, db, health, consented):
    """Issue 15: the due tab's first paint carries its filters and the count; the list's view comes in a later step
    (its rows are read on a worker anyway), under the filters, and Enter on a row opens the record."""
    import datetime as dt

    from app.health import service as H
    from ui.health.page import HealthPage

    cond = H.add_condition(db, health, consented, "I10", "高血压")
    H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 6, 1))  # overdue
    _window, page = shown_in_tabs(qtbot, lambda parent: HealthPage(AppContext(db, health), parent))
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(1)
    due = page.lazy.built_page("healthDueTab")
    assert due.within.isVisible() and due.findChild(QTableView, "healthDueList") is None
    top = due.within.mapTo(due, due.within.rect().topLeft()).y()
    qtbot.waitUntil(lambda: steps.pending() == 0 and not due.loader.pending)
    qtbot.waitUntil(lambda: due.view.isVisible() and due.model.rowCount() == 1)
    assert due.within.mapTo(due, due.within.rect().topLeft()).y() == top
    assert due.view.geometry().top() > due.within.geometry().bottom()
    due.view.setCurrentIndex(due.model.index(0, 0))
    due.view.setFocus()
    qtbot.keyClick(due.view, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 0 and page.records.panel.title.text() == "赵善庆"


def test_start_plan_follows_the_selected_condition(qtbot, db, health, consented):
    """「开始随访」 on the form: for the selected condition, or a general plan with none selected (it raised before:
    the panel looked for a list it does not have)."""
    from app.health import service as H
    from ui.health.page import RecordsTab

    cond = H.add_condition(db, health, consented, "I10", "高血压")
    tab = RecordsTab(AppContext(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(consented)
    panel = tab.panel
    panel.care.selectRow(0)
    panel.plan_months.setValue(2)
    panel.plan_btn.click()
    rows = [panel.care_model.row_at(i) for i in range(panel.care_model.rowCount())]
    planned = [r for r in rows if r.plan is not None]
    assert len(planned) == 1 and planned[0].condition is not None and planned[0].condition.id == cond
    panel.care.clearSelection()
    panel.care.setCurrentIndex(panel.care_model.index(-1, -1))
    panel.plan_btn.click()
    rows = [panel.care_model.row_at(i) for i in range(panel.care_model.rowCount())]
    assert len([r for r in rows if r.plan is not None]) == 2
    assert any(r.plan is not None and r.condition is None for r in rows)  # the general plan
