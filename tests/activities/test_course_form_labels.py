"""The course form's boxes each have words (the age boxes had none): a label whose buddy is the box, read by the
screen reader and reached with Alt+letter; Tab goes through the form from top to bottom; the form fits 1366×768."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.activities.course_form import CourseDialog


def _dialog(qtbot, ctx):
    dialog = CourseDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.teacher_kind.setCurrentIndex(dialog.teacher_kind.findData("partner"))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_box_of_the_course_form_has_a_label(qtbot, ctx, today):
    dialog = _dialog(qtbot, ctx)
    boxes = {
        "name": dialog.name,
        "kind": dialog.kind,
        "term starts": dialog.starts,
        "term ends": dialog.ends,
        "start time": dialog.start,
        "length": dialog.duration,
        "place": dialog.place,
        "capacity": dialog.capacity,
        "fee": dialog.fee,
        "lowest age": dialog.min_age,
        "highest age": dialog.max_age,
        "category": dialog.tag,
        "teacher": dialog.teacher_kind,
        "partner": dialog.partner,
        "outside teacher": dialog.teacher_name,
    }
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    unlabelled = [k for k, box in boxes.items() if box not in labels or not labels[box].text().strip()]
    assert unlabelled == []
    assert all(labels[box].isVisible() for box in boxes.values())
    assert labels[dialog.min_age].text() == "Age (whole years)" and labels[dialog.max_age].text() == "to"
    assert dialog.min_age.text() == "no limit"
    dialog.min_age.setValue(60)
    assert dialog.min_age.text() == "60 years"


def test_tab_goes_down_the_course_form_in_order(qtbot, ctx, today):
    dialog = _dialog(qtbot, ctx)
    order = [
        dialog.name,
        dialog.kind,
        dialog.starts,
        dialog.ends,
        *dialog.weekdays.boxes,
        dialog.start,
        dialog.duration,
        dialog.place,
        dialog.capacity,
        dialog.fee,
        dialog.min_age,
        dialog.max_age,
        dialog.tag,
        dialog.teacher_kind,
        dialog.partner,
        dialog.teacher_name,
        dialog.save_button,
    ]
    seen, w = [], dialog.name
    for _ in range(200):
        if w in order and w not in seen:
            seen.append(w)
        w = w.nextInFocusChain()
        if w is dialog.name:
            break
    assert seen == order


def test_the_course_form_fits_the_screen_with_its_labels(qtbot, ctx, today, tmp_path):
    dialog = _dialog(qtbot, ctx)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40
    assert dialog.minimumSizeHint().width() <= dialog.width()
