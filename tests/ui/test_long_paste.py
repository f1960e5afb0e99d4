"""An over-long paste is never cut silently (clerk: 课程名称 300 characters pasted kept 100 and the message said
"现在100字"; 地点 500 → 100 and 紧急联系人 200 → 50 with no message at all). Every line edit of the course and
resident forms keeps a paste of limit+N characters whole, the field's message names the field with the true
count, and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import func, select

PASTED = 321  # longer than any of these fields' limits


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def _messages(form) -> str:
    """Each error line's whole message (the line shows it elided to its width; the tooltip keeps it whole)."""
    return "\n".join(
        label.toolTip() or label.text() for label in form.findChildren(QLabel) if label.property("role") == "error"
    )


def _course(ctx):
    from ui.activities.course_form import CourseDialog

    d = CourseDialog(ctx, None)
    d.name.setText("书法班")
    d.place.setText("二楼教室")
    d.weekdays.boxes[0].setChecked(True)
    d.starts.setText("2026-12-07")
    d.ends.setText("2026-12-31")
    d.start.setText("09:00")
    return d


def _resident(ctx):
    from ui.residents.form import ResidentForm

    f = ResidentForm(ctx, None)
    f.name.setText("赵善庆")
    return f


# (form, the line edit's attribute, the field's label as shown)
TEXT_FIELDS = [
    (_course, "name", "Course name"),
    (_course, "place", "Place"),
    (_course, "teacher_name", "Teacher"),
    (_resident, "name", "Name"),
    (_resident, "building", None),
    (_resident, "unit", None),
    (_resident, "room", None),
    (_resident, "household", None),
    (_resident, "emergency_contact", "Emergency contact"),
]


@pytest.mark.parametrize("make,attr,label", TEXT_FIELDS, ids=[f"{m.__name__[1:]}-{a}" for m, a, _ in TEXT_FIELDS])
def test_a_long_paste_is_kept_and_its_true_length_shown(qtbot, ctx, no_dialogs, make, attr, label):
    from db.models import Resident
    from db.models.activities import ActivityCourse

    form = make(ctx)
    qtbot.addWidget(form)
    form.show()
    if attr == "teacher_name":
        form.teacher_kind.setCurrentIndex(form.teacher_kind.findData("partner"))
    edit: QLineEdit = getattr(form, attr)
    edit.clear()
    edit.insert("长" * PASTED)  # as a paste: QLineEdit.insert obeys maxLength the way Ctrl+V does
    assert len(edit.text()) == PASTED, "cut silently"
    form.save_button.click()
    shown = _messages(form)
    assert f"{PASTED}" in shown, shown
    if label:
        assert label in shown, shown
    assert _count(ctx.db, ActivityCourse) == 0 and _count(ctx.db, Resident) == 0


def test_no_line_edit_of_these_forms_cuts_a_paste(qtbot, ctx):
    """The sweep: every line edit of both forms keeps whatever is pasted."""
    for make in (_course, _resident):
        form = make(ctx)
        qtbot.addWidget(form)
        for edit in form.findChildren(QLineEdit):
            if edit.objectName() == "qt_spinbox_lineedit":
                continue  # a spin box's own editor: numbers only
            edit.clear()
            edit.insert("1" * PASTED)
            assert len(edit.text()) == PASTED, (make.__name__, edit.objectName())


def test_an_over_long_search_in_the_resident_picker_says_so(qtbot, ctx):
    """The picker's search box: a long paste was an uncaught ValidationError (Search text: at most 100 characters)."""
    from ui.common.resident_picker import ResidentPicker

    picker = ResidentPicker(ctx, "picker", "Find", None)
    qtbot.addWidget(picker)
    picker.findChild(QLineEdit).insert("长" * PASTED)
    shown = [picker.results.item(i).text() for i in range(picker.results.count())]
    assert any(str(PASTED) in t for t in shown), shown
    picker._pick(picker.results.item(0))
    assert picker.resident_id is None
