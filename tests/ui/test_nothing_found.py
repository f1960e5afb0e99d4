"""Every search box that can find nothing says so ("没有找到…"), where the answer would have been: a child that does
not exist in the childcare list and at the sign-in desk, residents, the resident picker of every form, requests'
intake and claimers, volunteers, health, the book room and households. The canteen's diner search said so already."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.helpers import type_text
from ui.common.nothing_found import nothing_found_text

NOBODY = "查无此人"


def _shown_over(qtbot, nothing) -> None:
    qtbot.waitUntil(nothing.is_shown, timeout=3000)
    assert nothing.label.text() == nothing_found_text(NOBODY)
    assert nothing.label.isVisible() and nothing.label.width() > 0


def test_the_childcare_children_list_says_nothing_was_found(qtbot, ctx, db, admin):
    from app.childcare import service as cc
    from ui.childcare.children import ChildrenPanel

    cc.create_child(db, admin, cc.ChildInput(name="王小明", gender="M", birth_date=dt.date(2018, 3, 1)))
    panel = ChildrenPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    assert not panel.nothing_found.is_shown()
    type_text(qtbot, panel.search, NOBODY)
    _shown_over(qtbot, panel.nothing_found)
    panel.grab().save("/tmp/polish4_children_nothing.png")
    panel.search.clear()
    qtbot.waitUntil(lambda: not panel.nothing_found.is_shown())
    assert panel.model.rowCount() == 1
    type_text(qtbot, panel.search, "小明")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert not panel.nothing_found.is_shown()


def test_the_childcare_desk_says_no_child_of_that_name(qtbot, ctx, no_dialogs, monkeypatch):
    from ui.childcare.page import ChildcarePage
    from ui.common import dialogs

    said: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, text, *a, **k: said.append(text))
    page = ChildcarePage(ctx)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.find, NOBODY)
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert said == [nothing_found_text(NOBODY)]


def test_the_residents_list_says_nothing_was_found(qtbot, ctx):
    from ui.residents.page import ResidentsPage

    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    type_text(qtbot, page.search, NOBODY)
    page.run_search()
    _shown_over(qtbot, page.nothing_found)


def test_the_resident_picker_says_nothing_was_found_and_enter_picks_nobody(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    from ui.common.resident_picker import ResidentPicker

    host = QWidget()
    qtbot.addWidget(host)
    picker = ResidentPicker(ctx, "test", "Find", host)
    entered = []
    picker.entered.connect(lambda: entered.append(True))
    host.show()
    type_text(qtbot, picker.search, NOBODY)
    assert picker.results.isVisible() and picker.results.count() == 1
    assert picker.results.item(0).text() == nothing_found_text(NOBODY)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert entered == [] and picker.resident_id is None


def test_the_request_intake_does_not_fall_silently_to_anonymous(qtbot, ctx):
    from ui.requests.intake import IntakeForm

    form = IntakeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.steps.finish()
    type_text(qtbot, form.search, NOBODY)
    form.run_search()
    assert form.resident.count() == 1 and form.resident.currentData() is None
    assert NOBODY in form.resident.currentText() and "Nothing found" in form.resident.currentText()


@pytest.mark.parametrize("finder", ["find_volunteers", "find_manual_volunteers", "find_residents"])
def test_the_volunteer_finders_say_nothing_was_found(qtbot, ctx, finder):
    from ui.volunteers.page import HoursTab, RosterTab, VolunteersTab

    cls, box, combo = {
        "find_volunteers": (RosterTab, "volunteer_search", "volunteer_choice"),
        "find_manual_volunteers": (HoursTab, "manual_search", "manual_volunteer"),
        "find_residents": (VolunteersTab, "resident_search", "resident_choice"),
    }[finder]
    tab = cls(ctx)
    qtbot.addWidget(tab)
    tab.show()
    if hasattr(tab, "steps"):
        tab.steps.finish()
    getattr(tab, box).setText(NOBODY)
    getattr(tab, finder)()
    choice = getattr(tab, combo)
    assert choice.count() == 0 and choice.placeholderText() == nothing_found_text(NOBODY)


def test_the_volunteer_list_says_nothing_was_found(qtbot, ctx):
    from ui.volunteers.page import VolunteersTab

    tab = VolunteersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    type_text(qtbot, tab.search, NOBODY)
    _shown_over(qtbot, tab.nothing_found)


def test_health_says_nothing_was_found(qtbot, ctx):
    from ui.health.page import RecordsTab

    tab = RecordsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.search.setText(NOBODY)
    tab.find()
    _shown_over(qtbot, tab.nothing_found)


def test_the_book_room_catalogue_says_nothing_was_found(qtbot, ctx):
    from ui.library.catalogue import LibraryCatalogueTab

    tab = LibraryCatalogueTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    type_text(qtbot, tab.search, NOBODY)
    _shown_over(qtbot, tab.nothing_found)


def test_households_say_nothing_was_found(qtbot, ctx):
    from ui.community.page import HouseholdsTab

    tab = HouseholdsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.search.setText(NOBODY)
    tab.find()
    _shown_over(qtbot, tab.nothing_found)


def test_a_combo_gets_its_own_placeholder_back_once_something_is_found(qtbot):
    from PySide6.QtWidgets import QComboBox

    from ui.common.nothing_found import note_empty_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setPlaceholderText("Choose a party member…")
    note_empty_combo(combo, NOBODY)
    assert combo.placeholderText() == nothing_found_text(NOBODY)
    combo.addItem("王党员 · 第一支部", 1)
    note_empty_combo(combo, "王")
    assert combo.placeholderText() == "Choose a party member…"
