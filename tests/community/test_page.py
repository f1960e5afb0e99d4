"""The 楼栋与走访 page as the front desk uses it: type "6栋2单元301", see who lives there, record a visit whose need
becomes a request, link a party member, the board coloured by the last visit, councils and meetings with a task
done; the profile section. Every table model passes qtmodeltester."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.community import service as C
from app.requests import service as R
from app.residents.service import archive_resident
from app.residents.tags import PARTY_MEMBER
from tests.helpers import type_text
from tests.shown_in_tabs import shown_in_tabs
from ui.community import page as P
from ui.community.models import NEVER, band_colour
from ui.community.profile import create_profile_section

NOW = dt.datetime(2026, 11, 30, 10, 0)


@pytest.fixture
def home(db, admin, make_resident, frozen):
    frozen(NOW)
    return {
        "old": make_resident("王秀英", birth=dt.date(1940, 3, 1)),
        "son": make_resident("王强", birth=dt.date(1970, 3, 1)),
        "member": make_resident("李党员", room="101", birth=dt.date(1975, 1, 1), tags={PARTY_MEMBER: "第一支部"}),
        "alone": make_resident("赵独居", room="402", birth=dt.date(1938, 1, 1)),
    }


def _wait_loaded(qtbot, tab):
    """Until the tab's background reads have answered (the board's follows the buildings')."""
    loaders = [x for x in (getattr(tab, "loader", None), getattr(tab, "board_loader", None)) if x is not None]
    qtbot.waitUntil(lambda: all(x.runs and not x.pending for x in loaders[:1]) and not any(x.pending for x in loaders))


def _submit(monkeypatch, fill):
    """Replace the modal run with: fill the dialog, press OK; True when it was accepted."""

    def run(dialog):
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(P, "run_dialog", run)


def test_household_search_visit_with_request_and_link(qtbot, qtmodeltester, ctx, home, monkeypatch, no_dialogs):
    dep = R.create_department(ctx.db, ctx.actor, "民政科")
    cat = R.create_category(ctx.db, ctx.actor, "养老服务", default_department_id=dep)
    page = P.create_page(ctx)
    qtbot.addWidget(page)
    tab = page.households
    type_text(qtbot, tab.search, "6栋2单元301")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.household is not None and tab.household.room == "301"
    assert [o.name for o in tab.household.occupants] == ["王秀英", "王强"]
    for model in (tab.list_model, tab.occupants_model, tab.links_model, tab.visits_model):
        qtmodeltester.check(model)

    def fill_visit(d):
        d.day.setDate(QDate(2026, 11, 29))
        d.met.setCurrentIndex(d.met.findData(home["old"]))
        d.findings.setPlainText("老人想要助餐")
        d.need_box.setChecked(True)
        assert d.category.currentData() is None  # no silent default category
        assert d.need_for.currentData() == home["old"]  # the resident met
        d.category.setCurrentIndex(d.category.findData(cat))
        assert d.outcome.currentData() == "need_found" and d.need_text.text() == "老人想要助餐"

    _submit(monkeypatch, fill_visit)
    qtbot.mouseClick(tab.visit_btn, Qt.MouseButton.LeftButton)
    visit = tab.visits_model.row_at(0)
    assert visit.request_number and visit.result == "need_found"
    assert visit.request_number in no_dialogs.messages[-1][1]

    _submit(monkeypatch, lambda d: d.member.setCurrentIndex(d.member.findData(home["member"])))
    qtbot.mouseClick(tab.link_btn, Qt.MouseButton.LeftButton)
    assert [k.party_member_name for k in tab.household.links] == ["李党员"]
    assert "李党员" in tab.summary.text()


def test_search_that_finds_nothing_clears_the_household(qtbot, ctx, home):
    """Issue: after 6-2-301 was found, a search finding nothing left 301 on screen and 记录走访… enabled for it."""
    page = P.create_page(ctx)
    qtbot.addWidget(page)
    tab = page.households
    type_text(qtbot, tab.search, "6-2-301")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.household.room == "301" and tab.visit_btn.isEnabled()
    tab.search.clear()
    type_text(qtbot, tab.search, "6栋2单元305")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.list_model.rowCount() == 0
    assert tab.household is None
    assert "301" not in tab.heading.text() and tab.summary.text() == ""
    assert tab.occupants_model.rowCount() == 0 and tab.visits_model.rowCount() == 0
    assert not tab.visit_btn.isEnabled() and not tab.void_btn.isEnabled() and not tab.link_btn.isEnabled()
    tab.search.clear()
    type_text(qtbot, tab.search, "6栋")  # several found: the one shown is the one selected
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    selected = tab.list.selectionModel().selectedRows()
    assert len(selected) == 1 and tab.list_model.row_at(selected[0].row()).key == (
        tab.household.building,
        tab.household.unit,
        tab.household.room,
    )


def test_visit_need_asks_whom_the_request_is_for(qtbot, ctx, home, no_dialogs):
    """Issue: the need became an anonymous request with the default category; now the clerk must choose both."""
    from app.community.households import get_household
    from ui.community.dialogs import VisitDialog

    cat = R.create_category(ctx.db, ctx.actor, "房屋维修")
    d = VisitDialog(ctx, None, get_household(ctx.db, ctx.actor, "6", "2", "301"))
    qtbot.addWidget(d)
    d.need_box.setChecked(True)
    d.need_text.setText("卫生间扶手松动，请安排上门维修")
    assert d.need_for.currentData() is None and d.category.currentData() is None
    d.category.setCurrentIndex(d.category.findData(cat))
    d.buttons.accepted.emit()
    assert (
        d.saved is None and no_dialogs.messages[-1][1] == "Several residents live here: choose who the request is for."
    )
    d.need_for.setCurrentIndex(d.need_for.findData(home["son"]))
    d.buttons.accepted.emit()
    assert d.saved.request_number and R.saved_request(ctx.db, d.saved.request_id).resident_name == "王强"
    one = VisitDialog(ctx, None, get_household(ctx.db, ctx.actor, "6", "2", "402"))
    qtbot.addWidget(one)
    assert one.need_for.currentData() == home["alone"]  # the only resident there


def test_dialog_refusals_keep_the_dialog_open(qtbot, ctx, home, make_resident, no_dialogs):
    from app.community.households import get_household
    from ui.community.dialogs import LinkDialog, VisitDialog

    h = get_household(ctx.db, ctx.actor, "6", "2", "301")
    other = make_resident("钱党员", room="102", tags={PARTY_MEMBER: "第一支部"})
    link = LinkDialog(ctx, None, h)
    qtbot.addWidget(link)
    link.member.setCurrentIndex(link.member.findData(other))
    archive_resident(ctx.db, ctx.actor, other, "搬走")  # archived while the dialog was open
    link.buttons.accepted.emit()
    assert link.result() != link.DialogCode.Accepted and link.saved is None
    assert no_dialogs.messages[-1][1] == "钱党员 is archived: an archived resident cannot be linked."
    visit = VisitDialog(ctx, None, h)
    qtbot.addWidget(visit)
    assert visit.day.maximumDate() == QDate(2026, 11, 30)  # the editor offers no future day


def test_board_colours_and_opens_the_household(qtbot, qtmodeltester, ctx, home):
    C.record_visit(ctx.db, ctx.actor, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20)))
    page = P.create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.tabs.setCurrentIndex(1)
    board = page.board
    _wait_loaded(qtbot, board)
    assert board.building == "6"
    model = board.board_model
    qtmodeltester.check(model)
    qtmodeltester.check(board.buildings_model)
    cells = {
        model.cell(r, c).room: (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.cell(r, c)
    }
    assert set(cells) == {"101", "301", "402"}
    r, c = cells["301"]
    assert model.index(r, c).data(Qt.ItemDataRole.BackgroundRole).color() == band_colour(10)
    r2, c2 = cells["402"]
    assert model.index(r2, c2).data(Qt.ItemDataRole.BackgroundRole).color() == NEVER
    assert "★" in model.index(r2, c2).data()  # 80+ living alone
    assert model.headerData(r, Qt.Orientation.Vertical) == "F3"
    board.board.setCurrentIndex(model.index(r, c))
    qtbot.keyClick(board.board, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.households
    assert page.households.household.room == "301"
    assert QApplication.focusWidget() in (page.households.visit_btn, None)


def test_councils_meeting_and_task_done(qtbot, qtmodeltester, ctx, home, monkeypatch, no_dialogs):
    council = C.create_council(ctx.db, ctx.actor, "6栋自治理事会", "6")
    C.add_council_member(ctx.db, ctx.actor, council, home["member"], "chair")
    page = P.create_page(ctx)
    qtbot.addWidget(page)
    tab = page.councils
    _wait_loaded(qtbot, tab)
    assert tab.council().id == council

    def fill(d):
        d.title_edit.setText("加装电梯")
        d.decisions.setPlainText("同意")
        d.task_rows[0].text.setText("收集签名")
        d.task_rows[0].who.setCurrentIndex(d.task_rows[0].who.findData(home["member"]))

    _submit(monkeypatch, fill)
    qtbot.mouseClick(tab.meeting_btn, Qt.MouseButton.LeftButton)
    assert tab.meetings_model.row_at(0).attendees == ["李党员"]
    assert [t.description for t in tab.tasks_model._rows] == ["收集签名"]
    for model in (tab.councils_model, tab.seats_model, tab.meetings_model, tab.tasks_model):
        qtmodeltester.check(model)
    tab.tasks.selectRow(0)
    no_dialogs.text_answers.append("已收齐")
    qtbot.mouseClick(tab.done_btn, Qt.MouseButton.LeftButton)
    task = tab.tasks_model.row_at(0)
    assert task.done_at is not None and task.done_note == "已收齐"


def test_profile_section_shows_household_caretaker_and_places(qtbot, ctx, home):
    C.add_link(ctx.db, ctx.actor, home["member"], "household", "6", "2", "301")
    C.record_visit(ctx.db, ctx.actor, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20)))
    box = create_profile_section(ctx, home["old"])
    qtbot.addWidget(box)
    assert box.findChild(QLabel, "communityProfileCaretaker").text() == "李党员"
    assert box.findChild(QLabel, "communityProfileLastVisit").text() == "2026-11-20"
    member_box = create_profile_section(ctx, home["member"])
    qtbot.addWidget(member_box)
    assert member_box.links_model.rowCount() == 1


@pytest.mark.deferred_steps
def test_households_paint_the_search_first_then_the_household_panels(qtbot, ctx, home):
    from PySide6.QtWidgets import QTableView

    from ui.common import steps

    _window, page = shown_in_tabs(qtbot, lambda parent: P.CommunityPage(ctx, parent))
    tab = page.lazy.built_page("communityHouseholds")
    assert tab is not None and tab.search.isVisible()
    assert not tab.steps.finished  # the first paint carries the search box only (issue 15)
    assert tab.findChild(QTableView, "communityHouseholdList") is None
    assert tab.findChild(QTableView, "communityOccupants") is None
    assert tab.findChild(QTableView, "communityHouseholdVisits") is None
    top = tab.search.mapTo(tab, tab.search.rect().topLeft()).y()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    made = [
        tab.findChild(QTableView, name)
        for name in ("communityHouseholdList", "communityOccupants", "communityLinks", "communityHouseholdVisits")
    ]
    qtbot.waitUntil(lambda: all(view.isVisible() for view in made) and tab.visit_btn.isVisible())
    assert not tab.visit_btn.isEnabled()
    assert tab.search.mapTo(tab, tab.search.rect().topLeft()).y() == top  # the search box stayed where it was
    assert made[0].geometry().top() > tab.search.geometry().bottom()  # the list under it
    type_text(qtbot, tab.search, "6栋2单元301")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.household is not None and tab.household.room == "301"
    assert [o.name for o in tab.occupants_model._rows] == ["王秀英", "王强"]
    assert tab.visit_btn.isEnabled()


@pytest.mark.deferred_steps
def test_households_search_before_the_later_steps_finishes_them_first(qtbot, ctx, home):
    _window, page = shown_in_tabs(qtbot, lambda parent: P.CommunityPage(ctx, parent))
    tab = page.lazy.built_page("communityHouseholds")
    assert not tab.steps.finished
    tab.search.setText("6-2-301")
    tab.find()  # Enter pressed before the panels came: they are made at once and show the household
    assert tab.steps.finished
    assert tab.heading.text() == tab.household.label
    assert tab.occupants_model.rowCount() == 2


@pytest.mark.deferred_steps
def test_board_paints_first_then_its_legend(qtbot, ctx, home):
    from PySide6.QtWidgets import QTableView

    from ui.common import steps

    _window, page = shown_in_tabs(qtbot, lambda parent: P.CommunityPage(ctx, parent))
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(1)
    board = page.lazy.built_page("communityBoardTab")
    assert not board.steps.finished
    assert board.legend.count() == 0 and board.board.isVisible()
    # issue 15: the first paint is the board; the buildings' list comes after it, in the box kept for it
    assert board.findChild(QTableView, "communityBuildings") is None and board.buildings_box.isVisible()
    width = board.buildings_box.width()
    top = board.board.mapTo(board, board.board.rect().topLeft()).y()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    _wait_loaded(qtbot, board)
    assert board.legend.count() > 5
    qtbot.waitUntil(lambda: board.legend.itemAt(0).widget().isVisible() and board.buildings.isVisible())
    assert board.board.mapTo(board, board.board.rect().topLeft()).y() == top  # the board did not move down
    assert board.buildings.parentWidget() is board.buildings_box and board.buildings_box.width() == width
    assert board.buildings_model.rowCount() == 1 and board.buildings.currentIndex().row() == 0
    assert {board.board_model.cell(r, c).room for r, c in _cells(board.board_model)} == {"101", "301", "402"}


def _cells(model):
    return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount()) if model.cell(r, c)]


@pytest.mark.deferred_steps
def test_councils_paint_first_then_meetings_and_tasks_then_a_meeting_is_recorded(
    qtbot, ctx, home, monkeypatch, no_dialogs
):
    from PySide6.QtWidgets import QTableView

    from ui.common import steps

    council = C.create_council(ctx.db, ctx.actor, "6栋自治理事会", "6")
    C.add_council_member(ctx.db, ctx.actor, council, home["member"], "chair")
    _window, page = shown_in_tabs(qtbot, lambda parent: P.CommunityPage(ctx, parent))
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(3)
    tab = page.lazy.built_page("communityCouncilsTab")
    assert not tab.steps.finished
    assert tab.findChild(QTableView, "communityMeetings") is None and tab.councils.isVisible()
    assert tab.findChild(QTableView, "communitySeats") is None
    qtbot.waitUntil(lambda: steps.pending() == 0)
    _wait_loaded(qtbot, tab)
    qtbot.waitUntil(lambda: tab.meetings.isVisible() and tab.tasks.isVisible() and tab.done_btn.isVisible())
    assert tab.seats.isVisible() and tab.seats_model.rowCount() == 1
    assert tab.council().id == council  # the read that came before the last step is shown

    def fill(d):
        d.title_edit.setText("加装电梯")
        d.decisions.setPlainText("同意")
        d.task_rows[0].text.setText("收集签名")
        d.task_rows[0].who.setCurrentIndex(d.task_rows[0].who.findData(home["member"]))

    _submit(monkeypatch, fill)
    qtbot.mouseClick(tab.meeting_btn, Qt.MouseButton.LeftButton)
    assert [t.description for t in tab.tasks_model._rows] == ["收集签名"]
