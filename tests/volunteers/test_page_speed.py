"""Issue 15 (speed users feel) on the volunteers counter: a sub-tab shown for the first time shows its frame at once
and queries on a worker; shown again it queries nothing and makes no widget; an answer for a week or search no
longer shown is dropped; a busy roster cell lays out only the lines that fit."""

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from app.volunteers import roster
from tests.volunteers.conftest import MONDAY
from ui.volunteers.models import LINE, WeekCellDelegate
from ui.volunteers.page import create_page


def _shown(qtbot, ctx):
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _tab_order(start: QWidget, names: tuple[str, ...]) -> list[str]:
    """The widgets named `names` in the order Tab reaches them from `start` (the window's focus chain)."""
    seen, widget = [], start
    for _ in range(2000):
        if widget.objectName() in names and widget.objectName() not in seen:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return seen


@pytest.fixture
def calls(monkeypatch):
    """Every call of the volunteers services the page queries with: (function name, thread)."""
    seen: list[tuple[str, threading.Thread]] = []
    for name in ("week_roster", "list_posts", "pending_hours", "list_volunteers"):
        real = getattr(roster, name)

        def spy(*args, _real=real, _name=name, **kw):
            seen.append((_name, threading.current_thread()))
            return _real(*args, **kw)

        monkeypatch.setattr(roster, name, spy)
    return seen


def test_first_show_answers_before_the_query_and_fills_from_a_worker(qtbot, ctx, make_shift, frozen, calls):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_shift()
    page = _shown(qtbot, ctx)
    tab = page.roster  # built now, on screen
    assert tab.model.week is None and tab.loader.pending  # the frame first: nothing queried on the UI thread
    assert tab.week_label.text().startswith(MONDAY.isoformat())
    qtbot.waitUntil(lambda: tab.model.week is not None)
    assert tab.model.rowCount() == len(tab.model.week.posts) > 0
    assert tab.post_combo.count() == len(roster.list_posts(ctx.db))
    assert {name for name, _t in calls} >= {"week_roster", "list_posts"}
    assert all(t is not threading.main_thread() for _n, t in calls[:2])

    for index, attribute in ((1, "hours"), (2, "volunteers")):
        calls.clear()
        page.tabs.setCurrentIndex(index)
        sub = getattr(page, attribute)
        assert sub.model.rowCount() == 0 and sub.loader.pending
        qtbot.waitUntil(lambda s=sub: not s.loader.pending)
        assert calls and all(t is not threading.main_thread() for _n, t in calls)


def test_shown_again_queries_nothing_and_makes_no_widget(qtbot, ctx, make_shift, frozen, calls):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_shift()
    page = _shown(qtbot, ctx)
    for index in (1, 2, 0):  # every sub-tab built and loaded once
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.currentWidget()
        qtbot.waitUntil(lambda t=tab: not t.loader.pending)
    widgets = {id(w) for w in page.findChildren(QWidget)}
    calls.clear()
    for _round in range(2):
        for index in (1, 2, 0):
            page.tabs.setCurrentIndex(index)
            qtbot.wait(20)
        page.hide()
        page.show()
        qtbot.waitExposed(page)
    qtbot.wait(200)  # longer than the live feed's coalescing: a refresh would have run
    assert calls == []
    assert {id(w) for w in page.findChildren(QWidget)} == widgets


def test_an_answer_for_a_week_no_longer_shown_is_dropped(qtbot, ctx, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_shift()
    page = _shown(qtbot, ctx)
    tab = page.roster
    assert tab.loader.pending
    tab.move_week(7)  # the clerk goes to next week before this week's answer came
    assert tab.model.week.monday == MONDAY + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: tab.loader.dropped == 1)
    assert tab.model.week.monday == MONDAY + dt.timedelta(days=7)
    assert tab.week_label.text().startswith((MONDAY + dt.timedelta(days=7)).isoformat())


def test_a_search_typed_over_drops_the_background_answer(qtbot, ctx, make_volunteer, frozen):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_volunteer("李雷")
    make_volunteer("韩梅梅")
    page = _shown(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    tab = page.volunteers
    assert tab.loader.pending
    tab.search.setText("韩梅梅")  # queried at once; the unfiltered answer on its way is stale
    qtbot.waitUntil(lambda: tab.loader.dropped == 1)
    assert [tab.model.row_at(i).name for i in range(tab.model.rowCount())] == ["韩梅梅"]


def test_a_live_change_is_queried_on_a_worker_keeping_the_chosen_cell(qtbot, ctx, db, admin, posts, make_shift,
                                                                        make_volunteer, frozen, calls):  # fmt: skip
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    shift = make_shift()
    li = make_volunteer("李雷")
    page = _shown(qtbot, ctx)
    tab = page.roster
    qtbot.waitUntil(lambda: tab.model.week is not None)
    qtbot.waitUntil(ctx.live.feed.connected.is_set, timeout=5000)
    tab.select_cell(posts["canteen"], MONDAY)
    assert tab.current_shift_id() == shift and tab.people_model.rowCount() == 0
    calls.clear()
    roster.sign_up(db, admin, shift, li)  # as from another desk: the feed tells the watch
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 1, timeout=5000)
    assert tab.current_shift_id() == shift
    assert [n for n, t in calls if n == "week_roster"] and all(t is not threading.main_thread() for _n, t in calls)


def test_a_busy_cell_lays_out_only_the_lines_that_fit(qtbot, qtmodeltester, ctx, frozen):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    page = _shown(qtbot, ctx)
    grid = page.roster.grid
    qtbot.waitUntil(lambda: grid.model().week is not None)
    qtmodeltester.check(grid.model())
    delegate = grid.itemDelegate()
    assert isinstance(delegate, WeekCellDelegate)
    lines = [f"{8 + i:02d}:00-{9 + i:02d}:00 (1/3){LINE}李雷" for i in range(20)]
    spacing = grid.fontMetrics().lineSpacing()

    option = QStyleOptionViewItem()
    option.initFrom(grid)
    option.rect = QRect(0, 0, 120, spacing * 3 + 4)
    index = grid.model().index(0, 0)
    # the text the model gives for a busy cell (Qt turns "\n" into LINE), as initStyleOption sees it
    grid.model()._text[(0, 0)] = "\n".join(line.replace(LINE, "\n") for line in lines)
    delegate.initStyleOption(option, index)
    shown = option.text.split(LINE)
    assert len(shown) == 3 and shown[-1].endswith("…")
    assert grid.model().data(index, Qt.ItemDataRole.ToolTipRole).count("\n") == 39  # the whole text stays


@pytest.mark.deferred_steps
def test_the_roster_paints_its_week_first_then_makes_its_panels_and_works(
    qtbot, ctx, db, make_shift, frozen, no_dialogs
):
    """Issue 15: the roster's first paint carries the week and its buttons; the shift's people and the shift form
    are made after it (ui/common/steps.py), in their places, and the form made later adds a shift."""
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QComboBox
    from sqlalchemy import func, select

    from db.models.volunteers import Shift
    from ui.common import steps
    from ui.volunteers.page import RosterTab

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_shift()
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.tabs.currentWidget()
    assert isinstance(tab, RosterTab) and tab.steps.deferred and not tab.steps.finished
    assert tab.grid.isVisible() and tab.prev_btn.isVisible()
    assert tab.findChild(QComboBox, "rosterShift") is None and tab.findChild(QComboBox, "templatePost") is None
    assert tab.findChild(QWidget, "rosterShiftFormScroll") is None  # its scroll area comes with the form
    qtbot.waitUntil(lambda: steps.pending() == 0)
    qtbot.waitUntil(lambda: tab.model.week is not None)
    for name in ("rosterShift", "templatePost", "rosterVolunteerSearch", "rosterShiftFormScroll"):
        assert tab.findChild(QWidget, name).isVisible(), name
    assert tab.shift_combo.count() == 0 or tab.current_shift_id() is not None
    assert tab.post_combo.count() == len(roster.list_posts(db))  # the posts answered before or after the form

    def shifts() -> int:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Shift))

    before = shifts()
    tab.oneoff_day.setDate(tab.oneoff_day.date().addDays(1))
    tab.start_edit.setTime(QTime(14, 0))
    tab.end_edit.setTime(QTime(16, 0))
    tab.add_oneoff_btn.click()
    assert shifts() == before + 1


@pytest.mark.deferred_steps
def test_the_volunteers_list_paints_first_then_its_form_which_registers(
    qtbot, ctx, db, make_volunteer, frozen, no_dialogs
):
    """The list and its search first, the cursor in that search (the tab's first field); the certificate under it and
    the registration form after the first paint, which leave the cursor there, the list keeping its height; a
    volunteer registered through it, and Tab going from the form's last button to the certificate as before."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from app.residents.service import ResidentInput, create_resident
    from ui.common import steps

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_volunteer("甲")
    page = _shown(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(2)
    tab = page.tabs.currentWidget()
    assert tab.steps.deferred and tab.findChild(QLineEdit, "volunteerResidentSearch") is None
    assert tab.findChild(QPushButton, "certIssue") is None
    assert tab.table.isVisible() and tab.search.isVisible()
    list_height = tab.table.height()
    qtbot.waitUntil(lambda: steps.pending() == 0 and not tab.loader.pending)
    assert tab.resident_search.isVisible() and tab.cert_btn.isVisible()
    qtbot.wait(10)
    assert abs(tab.table.height() - list_height) <= 12  # the certificate's room was kept for it
    names = ("volunteerSave", "certFrom", "certTo", "certFullId", "certIssue")
    assert _tab_order(tab.save_btn, names) == list(names)
    assert tab.search.hasFocus()
    rid = create_resident(ctx.db, ctx.actor, ResidentInput(name="乙丙", birth_date=dt.date(1980, 1, 1), phone=""))
    tab.resident_search.setText("乙丙")
    tab.find_residents()
    assert tab.resident_choice.currentData() == rid
    tab.save_btn.click()
    assert "乙丙" in [v.name for v in roster.list_volunteers(db, ctx.actor, "")]


@pytest.mark.deferred_steps
def test_the_hours_paint_their_list_first_then_the_report_and_the_manual_form_which_work(
    qtbot, ctx, db, make_volunteer, frozen, no_dialogs
):
    """The pending hours and the decision buttons first; the monthly report's period and buttons, then the form
    for hours served outside a shift, after the first paint, in their places and in the keyboard order they had;
    hours entered through the form made later wait for approval."""
    from PySide6.QtWidgets import QDateEdit

    from ui.common import steps

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_volunteer("李雷")
    page = _shown(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(1)
    tab = page.tabs.currentWidget()
    assert tab.steps.deferred and tab.findChild(QDateEdit, "hoursFrom") is None
    assert tab.table.isVisible() and tab.approve_btn.isVisible()
    qtbot.waitUntil(lambda: steps.pending() == 0 and not tab.loader.pending)
    assert tab.pdf_btn.isVisible() and tab.first.isVisible() and tab.manual_search.isVisible()
    assert tab.pdf_btn.x() > tab.refresh_btn.x() and abs(tab.pdf_btn.y() - tab.refresh_btn.y()) < 8  # same row
    names = ("hoursRefresh", "hoursFrom", "hoursTo", "hoursPdf", "hoursExcel", "manualVolunteerSearch", "manualAdd")
    assert _tab_order(tab.refresh_btn, names) == list(names)
    tab.manual_search.setText("李雷")
    tab.find_manual_volunteers()
    tab.manual_note.setText("整理书架")
    tab.manual_add.click()
    assert [r.name for r in roster.pending_hours(db)] == ["李雷"]
    assert tab.model.rowCount() == 1


def test_the_week_grid_titles_its_days_once_per_week(db, make_shift, frozen, monkeypatch):
    """The roster shown again repaints every header: the days' titles are worked out once per week shown (seven
    translations each time before), and follow the week when it changes."""
    from app.volunteers import reports
    from ui.volunteers.models import WeekModel

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_shift()
    asked = []
    real = reports.weekday_name
    monkeypatch.setattr(reports, "weekday_name", lambda i: asked.append(i) or real(i))
    model = WeekModel()
    model.set_week(roster.week_roster(db, MONDAY))
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    for _paint in range(3):
        assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)] == titles
    assert len(asked) == 7 and titles[0].endswith("11/23") and titles[6].endswith("11/29")
    model.set_week(roster.week_roster(db, MONDAY + dt.timedelta(days=7)))
    assert model.headerData(0, Qt.Orientation.Horizontal).endswith("11/30") and len(asked) == 14
    assert model.headerData(0, Qt.Orientation.Vertical) == model.week.posts[0].label
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
