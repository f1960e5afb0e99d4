"""Issue 15: the desk's first show paints the find box, the day's list and Sign in / out first (ui/common/steps.py);
the release row and the day's papers are made after the first paint, the programs and the day read on a worker.
Keys typed into the find box meanwhile all arrive, and the desk then signs a child in through the later widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTabWidget

from app.childcare import service as cc
from tests.helpers import human_pause
from tests.shown_in_tabs import FirstPaint, main_window_on, post_keys
from ui.childcare.page import ChildcarePage
from ui.common import steps


def _shown_desk(qtbot, ctx) -> tuple[QTabWidget, ChildcarePage]:
    """The main window at 1366 wide, then a switch to the childcare tab, built to be seen (its steps wait)."""
    window, page = main_window_on(qtbot, ctx, "childcarePage")
    assert isinstance(page, ChildcarePage)
    return window.tabs, page


@pytest.mark.deferred_steps
def test_the_desk_paints_first_and_keys_typed_while_its_steps_run_all_arrive(
    qapp, qtbot, ctx, db, admin, world, monkeypatch
):
    log: list[str] = []
    for name in ("_build_release_row", "_build_papers"):
        real = getattr(ChildcarePage, name)

        def step(self, real=real, name=name):
            log.append(name)
            real(self)
            post_keys(self.find, name[7])  # the clerk types on while the desk is being finished: "r", then "p"

        monkeypatch.setattr(ChildcarePage, name, step)
    watch = FirstPaint(log, "childcarePage")
    qapp.installEventFilter(watch)
    try:
        _tabs, page = _shown_desk(qtbot, ctx)
        # the first part: the find box, the list, Sign in / out; nothing of the later steps yet
        assert log == [] and page.steps.done == 0 and not page.steps.finished
        assert page.findChild(QComboBox, "childcareAdult") is None
        assert page.findChild(QPushButton, "childcareBlankSheet") is None
        assert page.findChild(QPushButton, "childcareSignIn") is page.sign_in_button
        assert page.headcount.text() == "Loading the day…"  # the programs and the day: read on a worker
        post_keys(page.find, "王小")
        qtbot.waitUntil(lambda: steps.pending() == 0 and not page.day_loader.pending)
        assert log == ["paint", "_build_release_row", "_build_papers"]
        qtbot.wait(20)
        assert page.find.text() == "王小rp"  # every key, in the order typed
        qtbot.waitUntil(lambda: page.find.hasFocus())
    finally:
        qapp.removeEventFilter(watch)
    # all there and working: the program read, the sheet's groups, the release row
    assert page.program_id() == world["program"] and page.model.rowCount() == 1
    assert [page.sheet_group.itemText(i) for i in range(page.sheet_group.count())] == ["All groups", "一年级", "二年级"]
    assert page.adult.isVisible() and page.absent_button.isVisible() and page.week_button.isVisible()
    page.find.setText("王小明")
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert page.current_child() == world["child"] and page.adult.hasFocus()
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    human_pause()  # the clerk's own Enter, not a scanner's echo
    qtbot.keyClick(page.adult, Qt.Key.Key_Return)  # Enter signs in
    assert page.model.row_at(0).state == "in" and "signed in" in page.status.text()
    assert cc.day_rows(db, admin, world["program"], page._session)[0].state == "in"


@pytest.mark.deferred_steps
def test_enter_in_the_find_box_before_the_steps_and_the_read_finishes_them_and_finds_the_child(
    qtbot, ctx, world, no_dialogs
):
    _tabs, page = _shown_desk(qtbot, ctx)
    assert not page.steps.finished
    page.find.setText("王小明")
    page.find.returnPressed.emit()  # at once, before the first paint's later steps and the worker's answer
    assert page.steps.finished and page.program_id() == world["program"]
    assert page.current_child() == world["child"] and page.adult.hasFocus()  # the next key picks the adult
    assert page.adult.findData(world["contacts"]["guardian"]) > 0  # the adults of the child, in the later widget
    assert no_dialogs.messages == []  # no "not enrolled today": the day was read first
    qtbot.waitUntil(lambda: steps.pending() == 0 and not page.day_loader.pending)
    assert page.current_child() == world["child"]  # the worker's older answer did not reset the desk


@pytest.mark.deferred_steps
def test_staff_typed_before_the_first_read_answered_are_kept_and_saved(qtbot, ctx, db, world):
    _tabs, page = _shown_desk(qtbot, ctx)
    page.staff.setText("刘老师")
    page.staff.editingFinished.emit()
    assert page.staff.text() == "刘老师"
    qtbot.waitUntil(lambda: steps.pending() == 0 and not page.day_loader.pending)
    assert page.staff.text() == "刘老师"
    assert cc.staff_on_duty(db, world["program"], page._session) == ["刘老师"]


@pytest.mark.deferred_steps
def test_the_desk_made_in_steps_keeps_its_keyboard_order(qtbot, ctx, world):
    _tabs, page = _shown_desk(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0 and page.week_button.isVisible())
    names, widget = [], page.find
    while len(names) < 13:  # what Tab goes through (the rows' containers and the labels take no focus)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert names == [
        "childcareFind",
        "childcareSheetGroup",
        "childcareBlankSheet",
        "childcareFilledSheet",
        "childcareWeek",
        "childcareDay",
        "childcareAdult",
        "childcareTime",
        "childcareSignIn",
        "childcareSignOut",
        "childcareOverride",
        "childcareAbsenceReason",
        "childcareAbsent",
    ]


@pytest.mark.deferred_steps
def test_the_programs_tab_is_painted_before_its_list_is_read_and_works_after(qapp, qtbot, ctx, db, admin, world):
    """The Programs sub-tab's first show reads nothing on the UI thread: its frame is painted, the programs are
    read on a worker after the paint; the list then works as before (edited, read again)."""
    from tests.childcare.test_switch_speed import statements

    _tabs, page = _shown_desk(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0 and not page.day_loader.pending)
    index = [i for i in range(page.tabs.count()) if page.tabs.widget(i).objectName() == "childcarePrograms"][0]
    with statements(db) as seen:
        page.tabs.setCurrentIndex(index)
    panel = page.tabs.currentWidget()
    assert panel.objectName() == "childcarePrograms"
    assert seen == []  # nothing read while the tab was built: the programs come from a worker, after the paint
    assert panel.model.rowCount() == 0 and panel.loader.pending
    qtbot.waitUntil(lambda: not panel.loader.pending)
    assert [panel.model.row_at(i).name for i in range(panel.model.rowCount())] == ["四点半课堂"]
    cc.create_program(db, admin, cc.ProgramInput(name="寒假托管", kind="daycare", starts_on=dt.date(2027, 1, 21),
                      ends_on=dt.date(2027, 2, 20), open_min=8 * 60, close_min=17 * 60, capacity=20))  # fmt: skip
    panel.reload()  # read at once (after a save): the answer of the first show's read, if late, is dropped
    assert sorted(panel.model.row_at(i).name for i in range(panel.model.rowCount())) == ["四点半课堂", "寒假托管"]
