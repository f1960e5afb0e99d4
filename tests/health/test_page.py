"""The health page as the health corner uses it, and the resident profile as a cashier sees it (nothing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from app.health import record as HR
from app.health import service as H
from tests.health.conftest import TODAY
from ui.context import AppContext


def _ctx(db, actor) -> AppContext:
    return AppContext(db, actor)


def test_find_open_and_take_readings_by_keyboard(qtbot, db, health, consented, clinic, qtmodeltester):
    from ui.health.page import HealthPage
    from ui.pages import PAGES, create_page

    spec = next(p for p in PAGES if p.object_name == "healthPage")
    page = create_page(spec, _ctx(db, health))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert isinstance(page, HealthPage)
    records = page.records
    qtbot.keyClicks(records.search, "zsq")
    qtbot.keyClick(records.search, Qt.Key.Key_Return)  # one match: opened
    panel = records.panel
    assert panel.title.text() == "赵善庆" and "110105********0014" in panel.facts.text()
    assert panel.systolic.hasFocus()
    for text in ("142", "88", "72"):
        qtbot.keyClicks(panel.focusWidget(), text)
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(panel.glucose, "6.1")
    qtbot.keyClicks(panel.weight, "62.5")
    qtbot.keyClick(panel.weight, Qt.Key.Key_Return)  # the last field saves
    assert panel.reading_error.text() == ""
    assert panel.readings_model.rowCount() == 1
    assert panel.readings_model.data(panel.readings_model.index(0, 1)) == "142/88"
    assert panel.readings_model.data(panel.readings_model.index(0, 3)).startswith("6.1")
    for model in (panel.readings_model, panel.care_model, panel.referrals_model):
        qtmodeltester.check(model)


def test_a_bad_reading_is_refused_on_the_form(qtbot, db, health, consented):
    from ui.health.page import RecordsTab

    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(consented)
    panel = tab.panel
    panel.systolic.setText("400")
    panel.diastolic.setText("90")
    panel.reading_btn.click()
    assert "300" in panel.reading_error.text() and panel.readings_model.rowCount() == 0
    panel.systolic.setText("abc")
    panel.reading_btn.click()
    assert panel.reading_error.text() and panel.readings_model.rowCount() == 0


def test_the_record_without_consent_asks_for_it_first(qtbot, db, health, resident, no_dialogs):
    from ui.health.page import RecordsTab

    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(resident)
    panel = tab.panel
    assert not panel.recording[2].isEnabled()  # readings wait for the consent
    panel.consent_by.setText("赵善庆")
    panel.consent_btn.click()
    assert panel.record.consent is not None and panel.recording[2].isEnabled()


def test_the_due_list_opens_the_record(qtbot, db, health, consented, qtmodeltester):
    from ui.health.page import HealthPage

    cond = H.add_condition(db, health, consented, "I10", "高血压")
    H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 6, 1))
    page = HealthPage(_ctx(db, health))
    qtbot.addWidget(page)
    due = page.due
    qtbot.waitUntil(lambda: not due.loader.pending)  # read on a worker
    assert due.model.rowCount() == 1 and "Overdue" in due.model.data(due.model.index(0, 1))
    qtmodeltester.check(due.model)
    due._open(0)
    assert page.tabs.currentWidget() is page.records and page.records.panel.resident_id == consented


def test_the_profile_shows_a_cashier_nothing_of_health(qtbot, db, health, cashier, consented):
    from ui.health.profile import create_profile_section
    from ui.residents.profile import ResidentProfile

    H.add_condition(db, health, consented, "I10", "高血压")
    assert create_profile_section(_ctx(db, cashier), consented) is None
    profile = ResidentProfile(_ctx(db, cashier))
    qtbot.addWidget(profile)
    profile.show_resident(consented)
    texts = " ".join(w.text() for w in profile.findChildren(QLabel)) + " ".join(
        g.title() for g in profile.findChildren(QGroupBox)
    )
    assert "高血压" not in texts and "Health" not in texts and profile.findChild(QGroupBox, "healthProfile") is None

    before = len(HR.due_list(db, health, TODAY))
    profile = ResidentProfile(_ctx(db, health))
    qtbot.addWidget(profile)
    profile.show_resident(consented)
    box = profile.findChild(QGroupBox, "healthProfile")
    assert box is not None and box.findChild(QLabel, "healthProfileConditions").text() == "高血压"
    assert before == 0


def test_the_tab_is_for_the_health_role_and_administrators_only(db, health, cashier, desk, admin):
    from ui.pages import PAGES, page_allowed

    spec = next(p for p in PAGES if p.object_name == "healthPage")
    assert page_allowed(spec, health) and page_allowed(spec, admin)
    assert not page_allowed(spec, cashier) and not page_allowed(spec, desk)


def test_a_long_pasted_reading_is_judged_whole_not_cut_to_a_valid_one(qtbot, db, health, consented):
    """The reading boxes cut a paste at 6 characters: "6.10009" became "6.1000", a valid glucose, saved silently."""
    from ui.health.page import RecordsTab

    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(consented)
    panel = tab.panel
    for edit, pasted in ((panel.glucose, "6.10009"), (panel.weight, "65.0001"), (panel.systolic, "120/80x")):
        for other in (panel.systolic, panel.diastolic, panel.pulse, panel.glucose, panel.weight):
            other.clear()
        edit.insert(pasted)  # as a paste
        assert edit.text() == pasted, "cut silently"
        panel.reading_btn.click()
        assert panel.reading_error.text() and panel.readings_model.rowCount() == 0, pasted


def test_one_click_on_a_match_shows_the_record(qtbot, db, admin, health, consented):
    """The residents tab shows a resident on a single selection; the health corner does the same (polish1, item 4):
    a click left "Find a resident on the left." on screen until a double click or Enter."""
    from app.residents.service import ResidentInput, create_resident
    from ui.health.page import RecordsTab

    other = create_resident(db, admin, ResidentInput(name="赵善英", birth_date=dt.date(1950, 1, 1)))
    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.search.setText("赵善")
    tab.find()
    results = tab.results
    assert results.count() == 2
    row = next(i for i in range(2) if results.item(i).data(Qt.ItemDataRole.UserRole) == other)
    rect = results.visualItemRect(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.panel.title.text() == "赵善英"
    assert results.hasFocus() or not tab.panel.systolic.hasFocus()  # browsing: the focus stays in the list
    qtbot.keyClick(results, Qt.Key.Key_Up if row else Qt.Key.Key_Down)
    assert tab.panel.title.text() == "赵善庆"


def test_recording_the_consent_keeps_the_readings_still(qtbot, db, health, resident, no_dialogs):
    """After 登记授权 the consent form hides; the readings row below it stays where it was (polish1, item 5)."""
    from PySide6.QtCore import QPoint

    from ui.health.page import RecordsTab

    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.open_resident(resident)
    panel = tab.panel
    qtbot.wait(20)
    before = panel.systolic.mapTo(tab, QPoint(0, 0))
    panel.consent_by.setText("赵善庆")
    panel.consent_btn.click()
    assert panel.record.consent is not None
    qtbot.wait(20)
    assert panel.systolic.mapTo(tab, QPoint(0, 0)) == before


def test_an_implausible_pair_of_pressures_is_refused_on_the_form(qtbot, db, health, consented):
    from ui.health.page import RecordsTab

    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(consented)
    panel = tab.panel
    panel.systolic.setText("300")
    panel.diastolic.setText("20")
    panel.reading_btn.click()
    assert "300/20" in panel.reading_error.text() and panel.readings_model.rowCount() == 0


def test_readings_typed_for_one_resident_are_not_left_for_the_next(qtbot, db, admin, health, consented):
    from app.residents.service import ResidentInput, create_resident
    from ui.health.page import RecordsTab

    other = create_resident(db, admin, ResidentInput(name="赵善英", birth_date=dt.date(1950, 1, 1)))
    tab = RecordsTab(_ctx(db, health))
    qtbot.addWidget(tab)
    tab.open_resident(consented)
    panel = tab.panel
    panel.systolic.setText("142")
    panel.diastolic.setText("88")
    tab.open_resident(other)
    assert panel.systolic.text() == "" and panel.diastolic.text() == ""
    panel.systolic.setText("150")
    panel.reload()  # the same resident again (a change from another desk): what is typed stays
    assert panel.systolic.text() == "150"
