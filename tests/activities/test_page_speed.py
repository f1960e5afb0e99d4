"""Issue 15 (speed users feel) on the activities counter: each sub-tab shown for the first time shows its frame at
once and queries on a worker (the courses with the chosen course's people; the sessions and tick list with the
courses); shown again it queries nothing and makes no widget; an answer overtaken by the clerk's own change is
dropped."""

import threading

import pytest
from PySide6.QtWidgets import QWidget

from app.activities import attendance as T
from app.activities import service as A
from ui.activities.page import create_page

SERVICES = ((A, "list_courses"), (A, "list_enrolments"), (A, "list_sessions"), (T, "attendance_list"))


def _shown(qtbot, ctx):
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def calls(monkeypatch):
    """Every call of the services the page queries with: (function name, thread)."""
    seen: list[tuple[str, threading.Thread]] = []
    for module, name in SERVICES:
        real = getattr(module, name)

        def spy(*args, _real=real, _name=name, **kw):
            seen.append((_name, threading.current_thread()))
            return _real(*args, **kw)

        monkeypatch.setattr(module, name, spy)
    return seen


def test_each_sub_tab_shows_at_once_and_fills_from_a_worker(qtbot, ctx, make_course, calls):
    cid = make_course("书法班")
    page = _shown(qtbot, ctx)
    courses = page.courses
    assert courses.model.rowCount() == 0 and courses.loader.pending
    qtbot.waitUntil(lambda: not courses.loader.pending)
    assert courses.course().id == cid
    assert {n for n, _t in calls} == {"list_courses", "list_enrolments"}  # the chosen course's people came along
    assert all(t is not threading.main_thread() for _n, t in calls)

    calls.clear()
    page.tabs.setCurrentIndex(1)
    attendance = page.attendance
    assert attendance.course.count() == 0 and attendance.loader.pending
    qtbot.waitUntil(lambda: not attendance.loader.pending)
    assert attendance.course.currentData() == cid and attendance.session() is not None
    assert {n for n, _t in calls} == {"list_courses", "list_sessions", "attendance_list"}
    assert all(t is not threading.main_thread() for _n, t in calls)

    calls.clear()
    page.tabs.setCurrentIndex(2)
    events = page.events
    assert events.loader.pending
    qtbot.waitUntil(lambda: not events.loader.pending)
    assert events.group.findData(cid) >= 0
    assert calls and all(t is not threading.main_thread() for _n, t in calls)


def test_shown_again_queries_nothing_and_makes_no_widget(qtbot, ctx, make_course, calls):
    make_course("书法班")
    page = _shown(qtbot, ctx)
    for index in (1, 2, 0):
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
    qtbot.wait(200)
    assert calls == []
    assert {id(w) for w in page.findChildren(QWidget)} == widgets


def test_an_answer_overtaken_by_a_reload_is_dropped(qtbot, ctx, make_course):
    make_course("书法班")
    page = _shown(qtbot, ctx)
    tab = page.courses
    assert tab.loader.pending
    second = make_course("太极拳")
    tab.reload()  # the clerk's own change: queried at once, the answer on its way is stale
    assert tab.model.rowCount() == 2
    qtbot.waitUntil(lambda: tab.loader.dropped == 1)
    assert tab.model.rowCount() == 2 and any(tab.model.row_at(i).id == second for i in range(2))
