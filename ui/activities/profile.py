"""The classes part of a resident's profile: the courses and groups they signed up for (and teach), with attendance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.activities import service as A
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    classes = A.classes_of_resident(ctx.db, resident_id)
    if not classes:
        return None
    box = QGroupBox(QCoreApplication.translate("ActivitiesProfile", "Classes and activities"))
    box.setObjectName("activitiesProfile")
    form = QFormLayout(box)
    for c in classes:
        if c.teaches:
            state = QCoreApplication.translate("ActivitiesProfile", "teaches; {held} sessions held").format(held=c.held)
        elif c.kind == A.EVENT:
            state = QCoreApplication.translate("ActivitiesProfile", "took part on {day}").format(
                day=c.starts_on.isoformat()
            )
        else:
            state = QCoreApplication.translate("ActivitiesProfile", "{status}; attended {attended} of {held}").format(
                status=A.status_label(c.status), attended=c.attended, held=c.held
            )
        label = QLabel(f"{A.kind_label(c.kind)} · {state}")
        label.setObjectName(f"activitiesProfileCourse{c.course_id}")
        label.setWordWrap(True)  # a long course name and its state wrap in the profile's pane, never widen it
        name = QLabel(c.name)
        name.setWordWrap(True)
        form.addRow(name, label)
    return box
