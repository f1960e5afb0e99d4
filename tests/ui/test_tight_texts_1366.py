"""Texts a new clerk found cut or broken at 1366×768 in Chinese (the default), with the first-run wizard's demo data:
the classes page's course summary broke "60岁以上" across two lines and cut the 授课老师 (teacher) column at the list's
edge; the health page's search hint was cut; the childcare day's figures were cut at the window's edge; the
volunteers' shift form showed its place field cut at the pane's foot (and the rest below it). Each now fits, and the
window's minimum size is still within the screen.

The main window is opened at the client area a 1366×768 screen leaves (tests/ui/test_screen_fit.ROOM), in Chinese
with this branch's new translations over the shipped ones (tests/ui/chinese.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from app.activities import service as A
from app.requests import service as requests
from tests.ui.chinese import chinese
from tests.ui.test_screen_fit import ROOM
from tests.volunteers.test_small_screen import _hidden_in_part, _settle
from ui.activities.models import CoursesModel
from ui.common.steps import finish_under
from ui.main_window import MainWindow

TEACHER = "周玉芳"
COUNTY_TROUPE = "县京剧团（红色合伙人）"

pytestmark = pytest.mark.deferred_steps  # the pages made as the app makes them: their later steps after the first paint


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    if request.param == "en":
        yield "en"
        return
    with chinese("polish3"):
        yield "zh_CN"


def _window(qtbot, ctx, page_name: str):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*ROOM)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_name)
    page = window.page(page_name)
    _settle(qtbot, page)
    return window, page


def _lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label breaks its text into at its present width."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()].replace("\u2060", ""))
    layout.endLayout()
    return lines


def _fits_the_screen(window) -> None:
    need = window.minimumSizeHint()
    assert need.width() <= ROOM[0] and need.height() <= ROOM[1], need.toTuple()
    assert window.size().toTuple() == ROOM


def test_the_course_summary_keeps_60_and_over_whole_and_the_teacher_column_shows(qtbot, ctx, db, admin, language):
    partner = requests.create_department(db, admin, COUNTY_TROUPE, is_partner=True, phone="0512-65881234")
    A.save_course(
        db,
        admin,
        A.CourseInput(
            name="老年大学·书法班（秋季）",
            kind=A.SENIOR_COLLEGE,
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2026, 12, 31),
            weekdays=0b0010101,
            start_min=15 * 60,
            duration_min=90,
            capacity=24,
            place="一楼多功能厅",
            teacher_kind="partner",
            teacher_department_id=partner,
            teacher_name=TEACHER,
            min_age=60,
            fee_fen=10000,
        ),
    )
    window, page = _window(qtbot, ctx, "activitiesPage")
    title = page.findChild(QLabel, "activitiesCourseTitle")
    age = "60岁以上" if language == "zh_CN" else "60+"
    qtbot.waitUntil(lambda: age in title.text().replace("\u2060", ""))
    # the right pane as narrow as the splitter lets it be: the summary wraps, never inside "60岁以上"
    for width in range(title.width(), 120, -7):
        title.setFixedWidth(width)
        for line in _lines(title):
            assert line.endswith(age) or not any(line.endswith(age[:n]) for n in range(1, len(age))), (width, line)
    view = page.findChild(QTableView, "activitiesCourses")
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(CoursesModel.TEACHER) + header.sectionSize(CoursesModel.TEACHER)
    assert right <= view.viewport().width(), (right, view.viewport().width())
    row = next(
        r for r in range(view.model().rowCount()) if TEACHER in view.model().index(r, CoursesModel.TEACHER).data()
    )
    cell = view.model().index(row, CoursesModel.TEACHER)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()  # the whole name, when the column elides it
    _fits_the_screen(window)


def test_the_health_search_hint_fits_its_box(qtbot, ctx, language):
    window, page = _window(qtbot, ctx, "healthPage")
    box = page.findChild(QLineEdit, "healthSearch")
    hint = box.placeholderText()
    assert box.fontMetrics().horizontalAdvance(hint) + 16 <= box.width(), (hint, box.width())
    assert len(box.toolTip()) > len(hint)  # the whole hint, with "then Enter", in the tooltip
    _fits_the_screen(window)


def test_the_childcare_figures_show_whole(qtbot, ctx, language):
    window, page = _window(qtbot, ctx, "childcarePage")
    label = page.headcount
    # a long day: every figure, staff short
    label.setText(
        "在园 58 / 名额 60 · 未到 2 · 缺勤 12 · 已离开 40 · 需工作人员 10 名 ⚠"
        if language == "zh_CN"
        else "In now: 58 / capacity 60 · expected 2 · absent 12 · gone 40 · staff needed 10 ⚠"
    )
    qtbot.wait(20)
    finish_under(page)
    shown = label.visibleRegion().boundingRect()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), (label.text(), label.width())
    assert shown.width() == label.width() and label.geometry().right() <= page.width()
    _fits_the_screen(window)


def test_the_whole_shift_form_shows_without_scrolling(qtbot, ctx, language):
    window, page = _window(qtbot, ctx, "volunteersPage")
    roster = page.roster
    form = roster.form_scroll.widget()
    assert _hidden_in_part(form) == []
    for box in form.findChildren(QLineEdit):  # and every hint in it (the skills' was cut after "急…")
        hint = box.placeholderText()
        assert box.fontMetrics().horizontalAdvance(hint) + 16 <= box.width(), (hint, box.width())
    assert form.height() <= roster.form_scroll.viewport().height()  # nothing below the pane's foot
    _fits_the_screen(window)
